namespace Ingest.Indexer.Adapters.Embedded;

public sealed partial class SqlitePlanIndex
{
    /// <summary>
    /// Moves the live bytes of mostly dead segment files (the text and records of replaced and deleted plans) to
    /// a new segment and retires the old ones (<see cref="SegmentCompactor"/>). Their files stay until
    /// <see cref="RemoveRetiredSegments"/>. Waits for the writer; cheap when there is nothing to do.
    /// </summary>
    public SegmentCompaction CompactSegments(SegmentCompactionPolicy? policy = null)
    {
        _writer.Wait();
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            var done = SegmentCompactor.Compact(connection, transaction, _segments, policy ?? SegmentCompactionPolicy.Default);
            transaction.Commit();
            return done;
        }
        finally { _writer.Release(); }
    }

    /// <summary>
    /// Deletes the files of retired segments; returns how many went. Call only when no reader, in this process or
    /// another, can hold a location read before they were retired: at a start that has the data folder to itself,
    /// or right after <see cref="CompactSegments"/> in a process that serves no reads and is alone on the folder.
    /// </summary>
    public int RemoveRetiredSegments()
    {
        _writer.Wait();
        try
        {
            using var connection = Open();
            return SegmentCompactor.RemoveRetired(connection, _segments);
        }
        finally { _writer.Release(); }
    }
}
