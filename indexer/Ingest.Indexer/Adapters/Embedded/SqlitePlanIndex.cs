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
    // Asked for only when a plan is written or a reference read: a cold `plans ingest` builds its parser (tables,
    // compiled patterns) on another core while this opens the catalog and the Lucene folder.
    private readonly Lazy<PlanParser> _parser;
    private readonly Lazy<DocumentRefParser> _refs;
    private readonly LuceneTextIndex _text;
    private readonly PlanSegmentStore _segments;
    private readonly int _commitEvery;
    private readonly SqliteReadPool _reads;

    /// <summary>
    /// Opens (creating if needed) the index file at <paramref name="path"/> and its full-text index: Lucene in the
    /// folder <c>PATH-without-extension.lucene</c>. A file written when full text lived in SQLite's FTS5 keeps its
    /// text (moved to plan_source) and loses the FTS5 tables.
    /// </summary>
    /// <param name="path">The catalog file.</param>
    /// <param name="parser">The parser whose keys the catalog files citations under.</param>
    /// <param name="commitEvery">
    /// How many plans an upsert may leave written but uncommitted (see <see cref="Flush"/>): 1, the default, commits
    /// every <see cref="UpsertAsync"/> before it returns. Only for a bulk load whose caller can redo what a crash
    /// loses: `plans ingest` keeps every original before it is indexed, and the start after a crash ingests the
    /// originals the catalog lacks.
    /// </param>
    /// <param name="commitWithin">
    /// With <paramref name="commitEvery"/> above 1, how long the open write may wait for more plans: it is committed
    /// this long after it opened at the latest, and before any read through this instance, so a read here sees
    /// every upsert that returned; another process sees them once committed. For the local service, whose uploads
    /// come in small concurrent groups: one commit per group rewrote the catalog's index pages each time (see
    /// <see cref="BeginWrite"/>). Its start ingests the originals the catalog lacks, as after a bulk load's crash.
    /// </param>
    public SqlitePlanIndex(string path, PlanParser? parser = null, int commitEvery = 1, TimeSpan? commitWithin = null)
        : this(path, Task.FromResult(parser ?? new PlanParser()), commitEvery, commitWithin) { }

    /// <summary>
    /// Opens the index as the constructor above does, with a parser still being built: the open does not wait for
    /// it; the first write or reference read does.
    /// </summary>
    public SqlitePlanIndex(string path, Task<PlanParser> parser, int commitEvery = 1, TimeSpan? commitWithin = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(commitEvery, 1);
        _commitEvery = commitEvery;
        if (commitWithin is { } within)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero, nameof(commitWithin));
            _commitWithin = within;
            _commitTimer = new Timer(_ => CommitDue(), null, Timeout.Infinite, Timeout.Infinite);
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _parser = new(() => parser.GetAwaiter().GetResult());
        _refs = new(() => new DocumentRefParser(_parser.Value));
        _reads = new SqliteReadPool(Open);
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        // A file already of this version is only read: another process may hold a long write open (a bulk load
        // commits every Workspace.CommitEvery plans), and any write here would wait for it, then fail.
        var nameKeysAdded = false;
        if (!SqliteSchema.IsCurrent(connection))
        {
            nameKeysAdded = SqliteSchema.AddNameKeys(connection);
            Execute(connection, SqliteSchema.Create);
            Execute(connection, $"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '{SqliteSchema.Version}');");
            // Versions 4 to 7 only add: a version 3 file is one whose plans all have their text in plan_source, a
            // version 4 file one that has retired no segment, a version 5 file one whose name keys are filled below,
            // a version 6 file one whose name index lacks the key column (Create replaces it).
            Execute(connection, $"UPDATE meta SET value = '{SqliteSchema.Version}' WHERE key = 'schema' AND value IN ('3', '4', '5', '6');");
            Execute(connection, "INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', 0);");
            SqliteSchema.RetireFts5(connection);
        }
        _segments = new PlanSegmentStore(Path.Combine(directory ?? ".", Path.GetFileNameWithoutExtension(path) + ".segments"));
        if (nameKeysAdded) FillNameKeys(connection);
        // An empty catalog's full text is an empty index: a new folder's is created tagged with the catalog's
        // generation, not rebuilt and committed a second time just below (a fifth of opening a new folder).
        var emptyGeneration = Query(connection, "SELECT EXISTS (SELECT 1 FROM plans)", new Dictionary<string, object?>(), r => r.GetInt64(0))[0] == 0
            ? Generation(connection) : -1;
        _text = new LuceneTextIndex(Path.Combine(directory ?? ".", Path.GetFileNameWithoutExtension(path) + ".lucene"), emptyGeneration);
        // Repair after a crash between the SQLite commit and the Lucene one (or a first open of an older file).
        if (_text.CommittedGeneration != Generation(connection)) _rebuiltAtOpen = Reindex();
    }

    // Plans the open just rebuilt the full-text index with (an index of an older shape, or behind the catalog):
    // a `plans reindex` in the same process right after would rebuild the same index a second time.
    private int? _rebuiltAtOpen;

    /// <summary>
    /// Rebuilds the full-text index from the catalog (what `plans reindex` runs); returns the number of plans
    /// indexed.
    /// </summary>
    public int Reindex()
    {
        _writer.Wait();
        try
        {
            CommitOpenWrite();
            if (_rebuiltAtOpen is { } fresh) { _rebuiltAtOpen = null; return fresh; }
            using var lucene = _text.BeginWrite();
            using var connection = Open();
            var n = lucene.Rebuild(CatalogPlans(connection));
            lucene.Commit(Generation(connection));
            return n;
        }
        finally { _writer.Release(); }
    }

    // Every plan as the catalog holds it: id, hash, record and text.
    private IEnumerable<IndexedPlan> CatalogPlans(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.id, p.content_hash, p.record_json, s.text, {SegmentColumns} FROM plans p
            LEFT JOIN plan_source s ON s.rowid = p.rowid LEFT JOIN plan_segments g ON g.rowid = p.rowid
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.IsDBNull(3) ? SegmentText(reader, 4) : (byte[])reader[3];
            yield return new IndexedPlan
            {
                Id = reader.GetString(0), ContentHash = reader.GetString(1),
                Record = StoredRecord(reader, 2, 4),
                Text = text is null ? "" : PlanSourceText.Decompress(text),
            };
        }
    }

    // Once, when a file of version 5 or older gains citations.name_key: the name keys of the plans it holds, from
    // their records (the edge table keeps no name), so the plans cataloged before are found by name too.
    private void FillNameKeys(SqliteConnection connection)
    {
        var keys = new List<(long Rowid, int Ord, string Key)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT p.rowid, p.record_json, {SegmentColumns} FROM plans p LEFT JOIN plan_segments g ON g.rowid = p.rowid";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var citations = StoredRecord(reader, 1, 2).Citations;
                for (var i = 0; i < citations.Count; i++)
                    if (PlanKeys.NameKey(_parser.Value, citations[i]) is { } key) keys.Add((reader.GetInt64(0), i, key));
            }
        }
        using var transaction = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE citations SET name_key = $k WHERE plan_rowid = $r AND ord = $o";
        var (k, r, o) = (update.Parameters.Add("$k", SqliteType.Text), update.Parameters.Add("$r", SqliteType.Integer), update.Parameters.Add("$o", SqliteType.Integer));
        foreach (var key in keys) { (k.Value, r.Value, o.Value) = (key.Key, key.Rowid, key.Ord); update.ExecuteNonQuery(); }
        transaction.Commit();
    }

    // The columns of plan_segments a reader joins (as g), in the order SegmentText and StoredRecord read them.
    internal const string SegmentColumns = "g.segment, g.at, g.text_length, g.record_length";

    // A plan's compressed text from its segment (null when it has none there: written before version 4).
    internal byte[]? SegmentText(SqliteDataReader r, int first) =>
        r.IsDBNull(first) ? null : _segments.Read(r.GetInt64(first), r.GetInt64(first + 1), r.GetInt32(first + 2));

    // A plan's record: in its row (before version 4), else in its segment right after its text.
    private Model.PlanRecord StoredRecord(SqliteDataReader r, int column, int first)
    {
        var stored = r[column];
        if (stored is not byte[] { Length: 0 } || r.IsDBNull(first)) return PlanSourceText.Record(stored);
        return PlanSourceText.Record(_segments.Read(r.GetInt64(first), r.GetInt64(first + 1) + r.GetInt64(first + 2), r.GetInt32(first + 3)));
    }

    // Before a write: a Lucene index behind the catalog (a crash after the SQLite commit) is rebuilt first.
    private void Sync(SqliteConnection connection, LuceneWriteBatch lucene)
    {
        _rebuiltAtOpen = null; // a write follows: an explicit reindex after it rebuilds
        var generation = Generation(connection);
        if (_text.CommittedGeneration == generation) return;
        lucene.Rebuild(CatalogPlans(connection));
        lucene.Commit(generation);
    }

    /// <inheritdoc />
    /// <remarks>
    /// With <c>commitEvery</c> above 1 the outcomes are of plans written in the open write, committed once it
    /// holds that many plans or at <see cref="Flush"/> (or <see cref="Dispose"/>); readers see them from then on.
    /// A plan that fails leaves the open write as it was before the call.
    /// </remarks>
    public async Task<IReadOnlyList<IngestOutcome>> UpsertAsync(IReadOnlyList<IndexedPlan> plans, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>(plans.Count);
        // What needs no catalog lookup is computed first, on every core and outside the write (a plan found
        // unchanged below wastes its share); the rows are then written one by one.
        var rows = WriterThreads.Map(plans, perThread: 16, plan => PlanRows.Of(_parser.Value, plan));
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var write = _open ?? BeginWrite();
            _open = null;
            var changed = new List<IndexedPlan>();
            // A savepoint when the open write holds earlier calls' plans: a plan that fails undoes its own call, not
            // the plans whose callers were told they were written. (A first call needs none: the whole write rolls
            // back, and a savepoint would copy every page it changes to a sub-journal.)
            var savepoint = write.Plans > 0;
            if (savepoint) write.Transaction.Save(CallSavepoint);
            try
            {
                for (var i = 0; i < plans.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var plan = plans[i];
                    var outcome = write.Writer.Upsert(plan, rows[i]);
                    outcomes.Add(outcome);
                    if (outcome != IngestOutcome.Unchanged) changed.Add(plan);
                }
            }
            catch
            {
                if (savepoint)
                {
                    write.Transaction.Rollback(CallSavepoint);
                    write.Transaction.Release(CallSavepoint);
                    KeepOrCommit(write);
                }
                else write.Dispose();
                throw;
            }
            if (savepoint) write.Transaction.Release(CallSavepoint);
            write.Plans += plans.Count;
            try { write.Lucene.UpsertAll(changed); }
            catch
            {
                // The full-text index cannot undo one call: the catalog commits without it, and the generation
                // check rebuilds the full-text index from the catalog at the next write.
                CommitCatalogOnly(write);
                throw;
            }
            KeepOrCommit(write);
        }
        finally { _writer.Release(); }
        return outcomes;
    }

    private const string CallSavepoint = "upsert";

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            CommitOpenWrite();
            using var lucene = _text.BeginWrite();
            using var connection = Open();
            Sync(connection, lucene);
            bool deleted;
            long generation;
            using (var transaction = connection.BeginTransaction())
            using (var writer = new SqlitePlanWriter(connection, transaction, _parser.Value, _segments))
            {
                deleted = writer.Delete(planId);
                generation = writer.Touch();
                transaction.Commit();
            }
            lucene.Delete(planId);
            lucene.Commit(generation);
            return deleted;
        }
        finally { _writer.Release(); }
    }

    /// <inheritdoc />
    public Task<StoredPlan?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        CommitBeforeRead();
        return GetCommittedAsync(planId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoredPlan?> GetCommittedAsync(string planId, CancellationToken cancellationToken = default)
    {
        using var lease = _reads.Rent();
        var plan = Query(lease.Connection,
            $"SELECT p.id, p.content_hash, p.doc_key, p.record_json, p.ingested_at, {SegmentColumns} FROM plans p LEFT JOIN plan_segments g ON g.rowid = p.rowid WHERE p.id = $id",
            new Dictionary<string, object?> { ["$id"] = planId },
            r => new StoredPlan(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), StoredRecord(r, 3, 5),
                DateTimeOffset.Parse(r.GetString(4), System.Globalization.CultureInfo.InvariantCulture)));
        return Task.FromResult(plan.FirstOrDefault());
    }

    /// <summary>Number of indexed plans.</summary>
    public long Count()
    {
        using var lease = OpenRead();
        return Query(lease.Connection, "SELECT count(*) FROM plans", new Dictionary<string, object?>(), r => r.GetInt64(0))[0];
    }

    /// <summary>Commits what the open write holds, then releases the index's files (see <see cref="Flush"/>).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _commitTimer?.Dispose();
        try { Flush(); }
        finally { DisposeFiles(); }
    }

    private bool _disposed;

    private void DisposeFiles()
    {
        _reads.Dispose();
        _text.Dispose();
        _writer.Dispose();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, $"PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint={CheckpointPages};");
        return connection;
    }

    // A checkpoint copies every page changed since the last one from the WAL into the file (and fsyncs both), so
    // with SQLite's default (1,000 pages, 4 MB) every bulk batch was written three times: WAL, file, and the WAL
    // again after its restart. Checkpointing once 64 MB gathered writes a page changed by several batches to the
    // file once. Crash safety is the WAL's as before; only the WAL grows larger between checkpoints.
    private const int CheckpointPages = 16_384;

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>()) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    internal static string Fold(string? s) => s is null ? "" : TextFolding.FoldLoose(s);
}
