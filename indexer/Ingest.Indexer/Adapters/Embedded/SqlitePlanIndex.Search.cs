using Ingest.Indexer.Indexing;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        using var lease = OpenRead();
        var connection = lease.Connection;
        // The catalog's write generation tells the full-text half whether another writer (this process or
        // another one) has committed since its reader opened: one indexed read instead of Lucene listing and
        // reading its commit files on every search.
        return Task.FromResult(_text.Search(query, Generation(connection), ids => HitRows(connection, ids)));
    }

    // Each hit's fields and its compressed text, where its snippet is cut: the snippet decodes only as much of it
    // as it needs. A plan deleted since Lucene's last commit has no row.
    private IReadOnlyDictionary<string, CatalogHit> HitRows(SqliteConnection connection, IReadOnlyList<string> planIds)
    {
        var parameters = planIds.Select((id, i) => ("$p" + i, (object?)id)).ToDictionary(p => p.Item1, p => p.Item2);
        var sql = $"""
            SELECT p.id, p.number, p.title, p.issuer, p.level, p.province, p.year, p.issue_date, p.doc_type, s.text, {SegmentColumns}
            FROM plans p LEFT JOIN plan_source s ON s.rowid = p.rowid LEFT JOIN plan_segments g ON g.rowid = p.rowid
            WHERE p.id IN ({string.Join(',', parameters.Keys)})
            """;
        return Query(connection, sql, parameters, r => (Id: r.GetString(0), Row: new CatalogHit(
                Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.IsDBNull(6) ? null : r.GetInt32(6), Str(r, 7), Str(r, 8),
                (r.IsDBNull(9) ? SegmentText(r, 10) : (byte[])r[9]) is { } text ? new PlanTextWindow(text) : PlanTextWindow.Empty)))
            .ToDictionary(x => x.Id, x => x.Row, StringComparer.Ordinal);
    }

    internal static long Generation(SqliteConnection connection) =>
        Query(connection, "SELECT value FROM meta WHERE key = 'generation'", new Dictionary<string, object?>(), r => r.GetInt64(0)).FirstOrDefault();

    internal static List<T> Query<T>(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, Func<SqliteDataReader, T> read,
        SqliteTransaction? transaction = null)
    {
        var command = SqliteStatements.Command(connection, sql, transaction, out var owned);
        try
        {
            foreach (var (name, value) in parameters)
                if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read()) list.Add(read(reader));
            return list;
        }
        finally
        {
            if (owned) command.Dispose();
        }
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
