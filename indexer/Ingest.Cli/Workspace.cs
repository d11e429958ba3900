using Ingest.Indexer.Adapters.Embedded;
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
        Ingestion = new PlanIngestion(blobs, new LocalTextExtractor(), new PlanPreparer(parser), Index, Index);
        Reports = new ReferenceReports(Index, Index, Index);
    }

    public SqlitePlanIndex Index { get; }
    public PlanIngestion Ingestion { get; }
    public ReferenceReports Reports { get; }

    public void Dispose() => Index.Dispose();
}
