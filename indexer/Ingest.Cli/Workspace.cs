using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Reports;

namespace Ingest.Cli;

/// <summary>
/// The data folder the command shares with the local service: its blobs, its SQLite index, the ingestion path.
/// Opening it cleans up what a killed process left (tool processes, temporary workspaces and blobs) and, when a
/// process that held the folder died without closing it, reconciles the store like the service does at start
/// (<see cref="PlanIngestion.RepairAsync"/>): originals not indexed are ingested.
/// </summary>
public sealed class Workspace : IDisposable
{
    public Workspace(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        // The session first: from its marker on, another process knows this one may read the catalog's files.
        Session = DataFolderSession.Open(dataDirectory);
        // The catalog and the Lucene folder open (and a new folder's empty index is committed) while the parser is
        // still being built on another core: waiting for it first kept the first second of a cold `plans ingest` on
        // one core (docs/BENCHMARKS.md, run 67). The first write or reference read waits for the parser.
        Index = new SqlitePlanIndex(Path.Combine(dataDirectory, "index.db"), SharedParser.Value, commitEvery: CommitEvery);
        var blobs = new FileSystemBlobStore(Path.Combine(dataDirectory, "blobs"));
        StartupCleanup.Run(blobs, Session);
        var parser = SharedParser.Value.GetAwaiter().GetResult();
        // Every ingestion of this process goes through one batching writer (group commit). `plans ingest` is a bulk
        // load: every write rewrites the catalog's index pages it touches, so the writer waits (up to 3 s) for the
        // files in flight rather than commit a few hundred plans at a time. A group takes at most half the files in
        // flight: a file holds its place until its group is written, so groups as large as the files in flight
        // left the parsing threads idle while the writer worked alone (a third of the wall time of 10,000 plans,
        // docs/BENCHMARKS.md, perf12); with half, the other half is parsed while a group is written.
        Writer = new BatchingSearchIndex(Index, maxBatch: FilesInFlight / 2, linger: TimeSpan.FromSeconds(3));
        Ingestion = new PlanIngestion(blobs, new LocalTextExtractor(), new PlanPreparer(parser), Writer, Index, recordsToBlobs: false,
            hosts: new FileSystemNameLock(Path.Combine(dataDirectory, FileSystemNameLock.FolderName)));
        Reports = new ReferenceReports(Index, Index, Index);
        if (Session.PreviousCrashed)
        {
            Repaired = Ingestion.RepairAsync().GetAwaiter().GetResult();
            Index.Flush();
        }
    }

    /// <summary>
    /// Starts building the parser that every command on the data folder needs (its tables and compiled patterns:
    /// most of a second of one core when the process is cold) on another core, so that it is ready, or nearly, once
    /// the command line is read; the command line calls it first thing and the constructor waits for it. Before, the
    /// first file of `plans ingest` waited for both, one after the other, on one core. One parser for the process:
    /// it holds no state between texts (`plans ingest` parses on every thread with one).
    /// </summary>
    public static void StartParser() => _ = SharedParser.Value;

    private static readonly Lazy<Task<PlanParser>> SharedParser = new(() => Task.Run(() => new PlanParser()));

    /// <summary>
    /// The most plans the catalog takes before it commits (<see cref="SqlitePlanIndex.Flush"/> commits the rest at
    /// the end of a command). Every commit rewrites the pages of the catalog's indexes it touches, which are spread
    /// over the whole catalog, so a bulk load writes in few commits (docs/BENCHMARKS.md, run 16: 100,000 plans in
    /// 2 commits wrote 0.83 bytes per input byte to the catalog, its WAL and checkpoints, against 2.13 in 47). The
    /// bound is the WAL's size on disk until the commit's checkpoint: about 2.3 KB a plan (230 MB here). Safe
    /// because every original is kept before it is indexed and the session stays open until the commit: a crash
    /// before it leaves originals that the next start ingests (<see cref="PlanIngestion.RepairAsync"/>).
    /// </summary>
    public const int CommitEvery = 100_000;

    /// <summary>
    /// The most files `plans ingest` holds at once (read, parsed, waiting for their group's write). Groups of at
    /// most half this: 10,000 plans in 6–8 groups, not the 18 that 1,024 in flight gave (docs/BENCHMARKS.md, run 11).
    /// </summary>
    public const int FilesInFlight = 4_096;

    /// <summary>The most bytes of files `plans ingest` holds at once, whatever their number.</summary>
    public const long BytesInFlight = 256L << 20;

    public DataFolderSession Session { get; }
    /// <summary>The plans the start-up repair had to ingest again (empty after a clean end).</summary>
    public IReadOnlyList<IngestResult> Repaired { get; } = [];

    public SqlitePlanIndex Index { get; }
    public BatchingSearchIndex Writer { get; }
    public PlanIngestion Ingestion { get; }
    public ReferenceReports Reports { get; }

    /// <summary>
    /// Writes what is handed in, commits it and closes the session. When the commit fails the session stays open,
    /// so the next start repairs from the kept originals.
    /// </summary>
    public void Dispose()
    {
        Writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Index.Flush();
        Index.Dispose();
        Session.Dispose();
    }
}
