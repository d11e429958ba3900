using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Reports;

namespace Ingest.Cli;

/// <summary>The data folder the command shares with the local service: its blobs, its SQLite index, the ingestion path.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var parser = new PlanParser();
        Index = new SqlitePlanIndex(Path.Combine(dataDirectory, "index.db"), parser);
        var blobs = new FileSystemBlobStore(Path.Combine(dataDirectory, "blobs"));
        // Every ingestion of this process goes through one batching writer (group commit).
        Writer = new BatchingSearchIndex(Index);
        Ingestion = new PlanIngestion(blobs, new LocalTextExtractor(), new PlanPreparer(parser), Writer, Index, recordsToBlobs: false);
        Reports = new ReferenceReports(Index, Index, Index);
    }

    public SqlitePlanIndex Index { get; }
    public BatchingSearchIndex Writer { get; }
    public PlanIngestion Ingestion { get; }
    public ReferenceReports Reports { get; }

    public void Dispose()
    {
        Writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Index.Dispose();
    }
}
