using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Hosting;

/// <summary>
/// Wires the adapters once at start from the settings: each of storage, index and extraction is the embedded
/// default (folder, SQLite, poppler + Tesseract) unless its cloud endpoint is set. Both hosts (the Functions worker and
/// the local host) call it. Misconfiguration fails here,
/// at start, naming the setting.
/// </summary>
public static class IngestServices
{
    public static IServiceCollection AddIngest(this IServiceCollection services, IngestSettings settings)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        // Marks the data folder as in use before anything reads it: a process that finds the marker of a live one
        // leaves the files it may read alone, and one that finds a killed one's repairs the store. Disposed with
        // the host (a clean end).
        var session = DataFolderSession.Open(settings.DataDirectory);
        services.AddSingleton(_ => session);
        var parser = new PlanParser();
        var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        IBlobStore blobs = settings.UsesBlobService
            ? AzureServices.BlobStoreAsync(settings.BlobConnection, settings.BlobEndpoint).GetAwaiter().GetResult()
            : new FileSystemBlobStore(Path.Combine(settings.DataDirectory, "blobs"));
        // One writer per name across every host on the same store: instances on one account, or the service and
        // `plans` on one data folder (which takes the same lock files).
        INameLock hosts = settings.UsesBlobService
            ? AzureServices.NameLockAsync(settings.BlobConnection, settings.BlobEndpoint).GetAwaiter().GetResult()
            : new FileSystemNameLock(Path.Combine(settings.DataDirectory, FileSystemNameLock.FolderName));
        var (index, graph, catalog) = settings.SearchEndpoint is { } searchEndpoint
            ? AzureServices.SearchIndexAsync(searchEndpoint, settings.SearchIndex, settings.SearchKey, blobs, parser).GetAwaiter().GetResult()
            : Embedded(settings, parser);
        ITextExtractor extractor = settings.Extractor switch
        {
            "local" => new LocalTextExtractor(),
            "document-intelligence" => AzureServices.DocumentIntelligence(http, settings.DocumentIntelligenceEndpoint
                ?? throw new InvalidOperationException($"{IngestSettings.ExtractorName}=document-intelligence needs {IngestSettings.DocumentIntelligenceEndpointName}"),
                settings.DocumentIntelligenceKey),
            var other => throw new InvalidOperationException($"setting {IngestSettings.ExtractorName}: unknown extractor '{other}' (local or document-intelligence)"),
        };
        services.AddSingleton(settings);
        services.AddSingleton(parser);
        services.AddSingleton(index);
        services.AddSingleton(graph);
        services.AddSingleton(catalog);
        services.AddSingleton(blobs);
        // Uploads, inbox files and trigger events all write through one batching writer (group commit).
        services.AddSingleton(new PlanIngestion(blobs, extractor, new PlanPreparer(parser), new BatchingSearchIndex(index), catalog, hosts: hosts));
        return services;
    }

    private static (ISearchIndex, IReferenceGraph, IPlanCatalog) Embedded(IngestSettings settings, PlanParser parser)
    {
        var index = new SqlitePlanIndex(Path.Combine(settings.DataDirectory, "index.db"), parser);
        return (index, index, index);
    }
}
