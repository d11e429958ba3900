using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The embedded index: plans, their text, citation edges, nodes and deadlines in one SQLite file (the source of
/// truth), full text in a Lucene.Net index beside it (<c>index.lucene/</c>, rebuilt from SQLite whenever the two
/// disagree), recursive walks for traces. Writes are serialized (one writer, as SQLite and Lucene want); reads
/// run in parallel on pooled connections (WAL). A batch upsert is one SQLite transaction: a crash leaves the old
/// state or the new, and the Lucene index is repaired from it at the next open or write. Thread-safe.
/// </summary>
public sealed partial class SqlitePlanIndex : ISearchIndex, IPlanCatalog, IReferenceGraph, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly PlanParser _parser;
    private readonly DocumentRefParser _refs;
    private readonly LuceneTextIndex? _text;

    /// <summary>
    /// Opens (creating if needed) the index file at <paramref name="path"/> and its full-text index: Lucene in the
    /// folder <c>PATH-without-extension.lucene</c> (the default), or SQLite's FTS5 inside the file.
    /// </summary>
    public SqlitePlanIndex(string path, PlanParser? parser = null, FullTextEngine engine = FullTextEngine.Lucene)
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
        if (engine != FullTextEngine.Lucene) return;
        _text = new LuceneTextIndex(Path.Combine(directory ?? ".", Path.GetFileNameWithoutExtension(path) + ".lucene"));
        // Repair after a crash between the SQLite commit and the Lucene one (or a first open of an older file).
        if (_text.CommittedGeneration != Generation(connection)) Reindex();
    }

    /// <summary>The full-text engine in use.</summary>
    public FullTextEngine Engine => _text is null ? FullTextEngine.Fts5 : FullTextEngine.Lucene;

    /// <summary>
    /// Rebuilds the full-text index from the catalog (what `plans reindex` runs); returns the number of plans
    /// indexed. A no-op returning the count under FTS5, which SQLite keeps in step by itself.
    /// </summary>
    public int Reindex()
    {
        _writer.Wait();
        try
        {
            if (_text is null) return (int)Count();
            using var lucene = _text.BeginWrite();
            using var connection = Open();
            var n = lucene.Rebuild(CatalogPlans(connection));
            lucene.Commit(Generation(connection));
            return n;
        }
        finally { _writer.Release(); }
    }

    // Every plan as the catalog holds it: id, hash, record and text (compressed in plan_source; an index written
    // before Lucene kept it in FTS5's content table).
    private static IEnumerable<IndexedPlan> CatalogPlans(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.id, p.content_hash, p.record_json, s.text, t.body FROM plans p
            LEFT JOIN plan_source s ON s.rowid = p.rowid LEFT JOIN plan_text t ON t.rowid = p.rowid
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new IndexedPlan
            {
                Id = reader.GetString(0), ContentHash = reader.GetString(1),
                Record = PlanSourceText.Record(reader[2]),
                Text = !reader.IsDBNull(3) ? PlanSourceText.Decompress((byte[])reader[3]) : reader.IsDBNull(4) ? "" : reader.GetString(4),
            };
    }

    // Before a write: a Lucene index behind the catalog (a crash after the SQLite commit) is rebuilt first.
    private void Sync(SqliteConnection connection, LuceneWriteBatch lucene)
    {
        var generation = Generation(connection);
        if (_text!.CommittedGeneration == generation) return;
        lucene.Rebuild(CatalogPlans(connection));
        lucene.Commit(generation);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IngestOutcome>> UpsertAsync(IReadOnlyList<IndexedPlan> plans, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>(plans.Count);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            using var lucene = _text?.BeginWrite();
            using var connection = Open();
            if (lucene is not null) Sync(connection, lucene);
            var changed = new List<IndexedPlan>();
            long generation;
            using (var transaction = connection.BeginTransaction())
            using (var writer = new SqlitePlanWriter(connection, transaction, _parser, fts: _text is null))
            {
                foreach (var plan in plans)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var outcome = writer.Upsert(plan);
                    outcomes.Add(outcome);
                    if (outcome != IngestOutcome.Unchanged) changed.Add(plan);
                }
                generation = writer.Touch();
                transaction.Commit();
            }
            if (lucene is not null)
            {
                foreach (var plan in changed) lucene.Upsert(plan);
                lucene.Commit(generation);
            }
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
            using var lucene = _text?.BeginWrite();
            using var connection = Open();
            if (lucene is not null) Sync(connection, lucene);
            bool deleted;
            long generation;
            using (var transaction = connection.BeginTransaction())
            using (var writer = new SqlitePlanWriter(connection, transaction, _parser, fts: _text is null))
            {
                deleted = writer.Delete(planId);
                generation = writer.Touch();
                transaction.Commit();
            }
            if (lucene is not null)
            {
                lucene.Delete(planId);
                lucene.Commit(generation);
            }
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
        var record = PlanSourceText.Record(reader[3]);
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

    public void Dispose()
    {
        _text?.Dispose();
        _writer.Dispose();
    }

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
