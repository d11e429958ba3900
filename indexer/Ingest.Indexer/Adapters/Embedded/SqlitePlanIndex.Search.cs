using Ingest.Indexer.Indexing;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(_text.Search(query));

    internal static long Generation(SqliteConnection connection) =>
        Query(connection, "SELECT value FROM meta WHERE key = 'generation'", new Dictionary<string, object?>(), r => r.GetInt64(0)).FirstOrDefault();

    internal static List<T> Query<T>(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
