using System.Text.Json;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Serialization;
using Ingest.Indexer.Text;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The embedded index: plans, citation edges, nodes and deadlines in one SQLite file, FTS5 for full text,
/// recursive walks for traces. Writes are serialized (one writer, as SQLite wants); reads run in parallel on
/// pooled connections (WAL). A batch upsert is one transaction: a crash leaves the old state or the new.
/// Thread-safe.
/// </summary>
public sealed partial class SqlitePlanIndex : ISearchIndex, IPlanCatalog, IReferenceGraph, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly PlanParser _parser;
    private readonly DocumentRefParser _refs;

    /// <summary>Opens (creating if needed) the index file at <paramref name="path"/>.</summary>
    public SqlitePlanIndex(string path, PlanParser? parser = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _parser = parser ?? new PlanParser();
        _refs = new DocumentRefParser(_parser);
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, SqliteSchema.Create);
        Execute(connection, $"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '{SqliteSchema.Version}');");
        Execute(connection, "INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', 0);");
        // A word in the title or in a citation counts more than one in the body.
        Execute(connection, "INSERT INTO plan_fts(plan_fts, rank) VALUES ('rank', 'bm25(5.0, 3.0, 1.0, 0.0, 0.0)');");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IngestOutcome>> UpsertAsync(IReadOnlyList<IndexedPlan> plans, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>(plans.Count);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            using var writer = new SqlitePlanWriter(connection, transaction, _parser);
            foreach (var plan in plans)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(writer.Upsert(plan));
            }
            writer.Touch();
            transaction.Commit();
        }
        finally { _writer.Release(); }
        return outcomes;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            using var writer = new SqlitePlanWriter(connection, transaction, _parser);
            var deleted = writer.Delete(planId);
            writer.Touch();
            transaction.Commit();
            return deleted;
        }
        finally { _writer.Release(); }
    }

    /// <inheritdoc />
    public Task<StoredPlan?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_hash, doc_key, record_json, ingested_at FROM plans WHERE id = $id";
        command.Parameters.AddWithValue("$id", planId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return Task.FromResult<StoredPlan?>(null);
        var record = JsonSerializer.Deserialize<PlanRecord>(reader.GetString(3), RecordJson.Options)!;
        return Task.FromResult<StoredPlan?>(new StoredPlan(reader.GetString(0), reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2), record, DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Number of indexed plans.</summary>
    public long Count()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM plans";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _writer.Dispose();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static string Fold(string? s) => s is null ? "" : TextFolding.FoldLoose(s);
}
