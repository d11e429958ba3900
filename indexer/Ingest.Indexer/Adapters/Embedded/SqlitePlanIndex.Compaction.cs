namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    /// <summary>
    /// Reclaims what replaced and deleted plans left in the segment files (<see cref="SegmentCompactor"/>) and
    /// removes the retired files no reader can hold any more. Files retired before <paramref name="session"/>
    /// opened go when no other process uses the folder now (this process's readers never saw them); with
    /// <paramref name="removeOwn"/> (a process serving no reads: `plans compact`), so do the ones this call
    /// retires. The others wait for a later start. Takes the folder's writer lock, as every write does.
    /// </summary>
    public (SegmentCompaction Compacted, int FilesRemoved) Compact(DataFolderSession session, SegmentCompactionPolicy? policy = null, bool removeOwn = false)
    {
        _writer.Wait();
        try
        {
            CommitOpenWrite(); // a bulk load's open write holds the catalog's write lock: it goes first
            using var lucene = _text.BeginWrite(); // the cross-process writer lock: another process's batch waits, as for any write
            using var connection = Open();
            var removed = session.AloneNow() ? SegmentCompactor.RemoveRetired(connection, _segments, session.Opened) : 0;
            // Full sync for this commit: with the WAL's usual NORMAL a commit may be lost to a power cut, and the
            // files it retires could be deleted right after.
            Execute(connection, "PRAGMA synchronous=FULL;");
            SegmentCompaction done;
            using (var transaction = connection.BeginTransaction())
            {
                done = SegmentCompactor.Compact(connection, transaction, _segments, policy ?? SegmentCompactionPolicy.Default);
                transaction.Commit();
            }
            if (removeOwn && session.AloneNow()) removed += SegmentCompactor.RemoveRetired(connection, _segments, DateTimeOffset.MaxValue);
            lucene.Commit(Generation(connection)); // no change to the full text: the same generation, the lock released
            return (done, removed);
        }
        finally { _writer.Release(); }
    }
}
