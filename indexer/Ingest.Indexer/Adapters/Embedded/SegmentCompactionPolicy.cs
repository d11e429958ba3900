namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>When a segment is worth compacting: enough of it dead, in bytes and as a share of the file.</summary>
/// <param name="MinDeadFraction">The share of a segment's bytes no row points at any more.</param>
/// <param name="MinDeadBytes">And at least this many of them (a small segment is not worth a rewrite).</param>
public sealed record SegmentCompactionPolicy(double MinDeadFraction = 0.5, long MinDeadBytes = 1L << 20)
{
    /// <summary>Segments at least half dead, 1 MiB or more: what the service's start and `plans compact` use.</summary>
    public static SegmentCompactionPolicy Default { get; } = new();

    /// <summary>Every segment holding any dead byte (`plans compact --all`).</summary>
    public static SegmentCompactionPolicy AnyDeadByte { get; } = new(0, 1);
}

/// <summary>What a compaction did: segments retired, plans moved and their bytes, dead bytes the retirement frees.</summary>
public sealed record SegmentCompaction(int Segments, int Plans, long MovedBytes, long FreedBytes)
{
    public static SegmentCompaction None { get; } = new(0, 0, 0, 0);
}
