using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    // The write transaction upserts left open (commitEvery above 1), with the full-text batch and segment appends
    // that go with it; null when everything written is committed. Touched only under _writer.
    private OpenWrite? _open;

    /// <summary>
    /// Commits what upserts left open (nothing to do with the default commitEvery of 1): a bulk load calls it at
    /// its end, before it reports. Thread-safe; throws what the commit throws.
    /// </summary>
    public void Flush()
    {
        _writer.Wait();
        try
        {
            CommitOpenWrite();
            // Plans whose upsert returned were lost with a commit that failed: the caller must not end as if all
            // were written (the CLI then leaves its session open, so the next start repairs from the originals).
            if (_lostWrite is { } lost) throw new IOException($"{lost.Plans} plan(s) written in an open write were not committed", lost.Error);
        }
        finally { _writer.Release(); }
    }

    private (int Plans, Exception Error)? _lostWrite;

    // Every commit rewrites the pages of the catalog's indexes it touches, spread over the whole of each B-tree (a
    // random key: a hash, a document key), so its cost grows with the catalog, not with the plans it adds: at
    // 100,000 plans in 47 commits the WAL took 1.41 bytes per input byte and its checkpoints 0.71 for a catalog
    // of 0.35 (docs/BENCHMARKS.md, run 16). A bulk load keeps one write open across many upserts and commits it
    // every commitEvery plans; its page cache is large enough to hold the indexes' pages, so a page changed by
    // many plans goes to the WAL once per commit rather than at each spill.
    private OpenWrite BeginWrite()
    {
        var lucene = _text.BeginWrite();
        SqliteConnection? connection = null;
        SqliteTransaction? transaction = null;
        try
        {
            connection = Open();
            // A savepoint keeps the original of every page its call changes in a sub-journal: in memory, since on
            // disk it wrote the pages each call touched all over again (run 16: 0.5 bytes per input byte).
            if (_commitEvery > 1) Execute(connection, $"PRAGMA cache_size=-{BulkCacheKiB}; PRAGMA temp_store=MEMORY;");
            Sync(connection, lucene);
            transaction = connection.BeginTransaction();
            return new OpenWrite(lucene, connection, transaction, new SqlitePlanWriter(connection, transaction, _parser.Value, _segments));
        }
        catch
        {
            transaction?.Dispose();
            connection?.Dispose();
            lucene.Dispose();
            throw;
        }
    }

    // 128 MiB: the catalog's randomly written indexes at 100,000 plans are about 60 MB (run 16).
    private const int BulkCacheKiB = 128 * 1024;

    private void KeepOrCommit(OpenWrite write)
    {
        if (write.Plans >= _commitEvery) Commit(write, fullText: true);
        else
        {
            _open = write;
            if (_commitWithin is not { } within) return;
            _uncommitted = true;
            if (write.Timed) return;
            write.Timed = true;
            _commitTimer!.Change(within, Timeout.InfiniteTimeSpan);
        }
    }

    // True from the return of an upsert whose plans the open write holds until that write commits (commitWithin).
    // Not _open itself: an upsert in progress takes the open write out of _open while it adds to it.
    private volatile bool _uncommitted;

    private readonly TimeSpan? _commitWithin;
    private readonly Timer? _commitTimer;

    // The timer's commit of a write left open. A failure must not escape a timer thread: Commit keeps it for Flush
    // to report, and the plans' originals are kept for the next start to ingest.
    private void CommitDue()
    {
        try
        {
            _writer.Wait();
            try { if (!_disposed) CommitOpenWrite(); }
            finally { _writer.Release(); }
        }
        catch (ObjectDisposedException) { } // the index closed meanwhile; its Dispose committed the write
        catch (Exception) { } // kept in _lostWrite (a catalog failure) or repaired at the next write (a full-text one)
    }

    // A read through this instance sees every upsert that returned: a write left open waiting for more plans
    // (commitWithin) is committed first. A bulk load's open write (commitEvery alone) is left as it is: its reads
    // are the ingestion's own duplicate checks, which the writer repeats inside its write.
    private void CommitBeforeRead()
    {
        if (!_uncommitted) return;
        _writer.Wait();
        try { CommitOpenWrite(); }
        finally { _writer.Release(); }
    }

    private SqliteReadPool.Lease OpenRead()
    {
        CommitBeforeRead();
        return _reads.Rent();
    }

    private void CommitOpenWrite()
    {
        var write = _open;
        _open = null;
        if (write is not null) Commit(write, fullText: true);
    }

    // The catalog first, then the full text tagged with the catalog's generation: a crash between the two is seen
    // at the next open or write, which rebuilds the full text from the catalog. Without the full text (its batch
    // failed), the catalog commits alone and the same check rebuilds the full text. The full text's half that costs
    // (writing out what the write indexed) is prepared on a thread of its own while the catalog commits, and
    // published only once the catalog's commit is done, so a crash sees the same order: at the end of a bulk load
    // the two had run one after the other on one core while the other waited. Not the thread pool: during a bulk
    // load it is full of the files in flight being parsed (WriterThreads says why).
    private void Commit(OpenWrite write, bool fullText)
    {
        var committed = false;
        try
        {
            write.Writer.Finish();
            var generation = write.Writer.Touch();
            var prepared = fullText
                ? Task.Factory.StartNew(() => write.Lucene.Prepare(generation), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : Task.CompletedTask;
            try { write.Transaction.Commit(); }
            catch
            {
                // The prepared full text is dropped with the write (Dispose rolls it back), once it is done.
                try { prepared.Wait(); } catch (AggregateException) { }
                throw;
            }
            committed = true;
            prepared.GetAwaiter().GetResult();
            if (fullText) write.Lucene.Commit(generation);
        }
        catch (Exception e) when (!committed && _commitEvery > 1)
        {
            _lostWrite = (write.Plans + (_lostWrite?.Plans ?? 0), e);
            throw;
        }
        finally
        {
            _uncommitted = false;
            write.Dispose();
        }
    }

    private void CommitCatalogOnly(OpenWrite write) => Commit(write, fullText: false);

    private sealed class OpenWrite(LuceneWriteBatch lucene, SqliteConnection connection, SqliteTransaction transaction, SqlitePlanWriter writer) : IDisposable
    {
        public LuceneWriteBatch Lucene { get; } = lucene;
        public SqliteTransaction Transaction { get; } = transaction;
        public SqlitePlanWriter Writer { get; } = writer;

        /// <summary>Plans upserted in this write so far.</summary>
        public int Plans { get; set; }

        /// <summary>True once the commit timer runs for this write (commitWithin).</summary>
        public bool Timed { get; set; }

        // An uncommitted transaction rolls back; an uncommitted full-text batch too. The connection goes back to
        // its pool with SQLite's default cache.
        public void Dispose()
        {
            Writer.Dispose();
            Transaction.Dispose();
            Execute(connection, "PRAGMA cache_size=-2000; PRAGMA temp_store=DEFAULT;");
            connection.Dispose();
            Lucene.Dispose();
        }
    }
}
