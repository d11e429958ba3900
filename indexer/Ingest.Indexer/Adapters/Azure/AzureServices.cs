using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// Builds the cloud adapters from settings, so that hosts never touch a cloud SDK type. Without a key, each
/// service is reached with the app's managed identity (DefaultAzureCredential, AZURE_CLIENT_ID for a
/// user-assigned identity): no account or admin keys in settings.
/// </summary>
public static class AzureServices
{
    private static readonly Lazy<TokenCredential> Identity = new(() => new DefaultAzureCredential());

    /// <summary>
    /// The blob store from a connection string (account key, Azurite: "UseDevelopmentStorage=true" or its
    /// explicit form) or else the endpoint with the managed identity; creates the containers. Transient
    /// failures (408, 429, 5xx, timeouts) are retried by the SDK: exponential backoff from 0.4 s, five tries.
    /// </summary>
    public static async Task<IBlobStore> BlobStoreAsync(string? connectionString, Uri? endpoint, CancellationToken ct = default)
    {
        var store = new AzureBlobStore(BlobService(connectionString, endpoint));
        await store.EnsureContainersAsync([BlobContainers.Plans, BlobContainers.Records, BlobContainers.Failed], ct);
        return store;
    }

    /// <summary>
    /// One writer per name across the hosts on this account: leases on blobs of the locks container (created
    /// here), reached like <see cref="BlobStoreAsync"/>. <paramref name="wait"/> bounds the wait for a name
    /// another host holds (default <see cref="AzureBlobNameLock.DefaultWait"/>).
    /// </summary>
    public static async Task<INameLock> NameLockAsync(string? connectionString, Uri? endpoint, TimeSpan? wait = null, CancellationToken ct = default)
    {
        var container = BlobService(connectionString, endpoint).GetBlobContainerClient(AzureBlobNameLock.Container);
        await container.CreateIfNotExistsAsync(cancellationToken: ct);
        return new AzureBlobNameLock(container, wait);
    }

    private static BlobServiceClient BlobService(string? connectionString, Uri? endpoint)
    {
        var options = new BlobClientOptions
        {
            Retry = { Mode = RetryMode.Exponential, MaxRetries = 5, Delay = TimeSpan.FromMilliseconds(400), MaxDelay = TimeSpan.FromSeconds(20), NetworkTimeout = TimeSpan.FromSeconds(100) },
        };
        return connectionString is not null ? new BlobServiceClient(connectionString, options)
            : endpoint is not null ? new BlobServiceClient(endpoint, Identity.Value, options)
            : throw new ArgumentException("a blob store needs a connection string or an endpoint");
    }

    /// <summary>The connection string of an Azurite (or any Shared Key) blob endpoint such as http://127.0.0.1:10000/devstoreaccount1.</summary>
    public static string ConnectionString(Uri blobEndpoint, string account, string key) =>
        $"DefaultEndpointsProtocol={blobEndpoint.Scheme};AccountName={account};AccountKey={key};BlobEndpoint={blobEndpoint.ToString().TrimEnd('/')};";

    /// <summary>The search index, created or updated to the schema in code; records are kept in <paramref name="records"/>' records/ container.</summary>
    public static async Task<(ISearchIndex, IReferenceGraph, IPlanCatalog)> SearchIndexAsync(Uri endpoint, string indexName, string? key, IBlobStore records, Parsing.PlanParser parser, CancellationToken ct = default)
    {
        var index = key is null ? new AzureSearchPlanIndex(endpoint, Identity.Value, records, indexName, parser) : new AzureSearchPlanIndex(endpoint, new AzureKeyCredential(key), records, indexName, parser);
        await index.EnsureIndexAsync(ct);
        return (index, index, index);
    }

    /// <summary>The Document Intelligence extractor.</summary>
    public static ITextExtractor DocumentIntelligence(HttpClient http, Uri endpoint, string? key) =>
        key is null ? new DocumentIntelligenceExtractor(http, endpoint, credential: Identity.Value) : new DocumentIntelligenceExtractor(http, endpoint, key);
}
