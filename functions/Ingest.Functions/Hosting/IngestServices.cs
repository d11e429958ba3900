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
    /// <summary>Registers the pipeline, the index and the stores the settings name.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="settings">The settings read at start.</param>
    /// <param name="localHost">
    /// True for the local host (`./ingest.sh run` starts it with --local; its start ingests every original the catalog
    /// lacks, <see cref="Local.LocalInbox"/>):
    /// there the embedded catalog may hold a group's writes open for a moment (<see cref="LocalCommitWithin"/>),
    /// since a crash then loses only commits that the next start redoes.
    /// </param>
    public static IServiceCollection AddIngest(this IServiceCollection services, IngestSettings settings, bool localHost = false)
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
            : Embedded(settings, parser, localHost);
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
        // Records go to records/ only where nothing else keeps them beside the blobs: on Azure AI Search the index
        // writes each record there itself, before its search document (the pipeline writing it too put every
        // record twice); on the folder store the catalog (index.db, in the same data folder) holds it, as for
        // `plans ingest`, and a file per plan cost a 4 KiB page and an inode for a copy nothing reads. Blob
        // Storage with the embedded index keeps them: the catalog is one machine's, the blobs are shared.
        services.AddSingleton(new PlanIngestion(blobs, extractor, new PlanPreparer(parser), new BatchingSearchIndex(index), catalog,
            recordsToBlobs: settings.SearchEndpoint is null && settings.UsesBlobService, hosts: hosts));
        return services;
    }

    /// <summary>
    /// How long the local service's catalog may keep uploads written but uncommitted, waiting for more: uploads come
    /// in groups as large as the clients sending at once, and each commit rewrites the catalog's index pages all
    /// over (docs/BENCHMARKS.md, run 23). Reads through the service see every answered upload at once; another
    /// process on the same data folder (`plans search`) sees them within this time.
    /// </summary>
    public static readonly TimeSpan LocalCommitWithin = TimeSpan.FromSeconds(2);

    // The most plans the local service's catalog holds uncommitted (about a minute of uploads at full speed).
    private const int LocalCommitEvery = 20_000;

    private static (ISearchIndex, IReferenceGraph, IPlanCatalog) Embedded(IngestSettings settings, PlanParser parser, bool localHost)
    {
        var path = Path.Combine(settings.DataDirectory, "index.db");
        var index = localHost ? new SqlitePlanIndex(path, parser, LocalCommitEvery, LocalCommitWithin) : new SqlitePlanIndex(path, parser);
        return (index, index, index);
    }
}
