using Azure;
using Azure.Core;
using Azure.Identity;
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

    /// <summary>The blob store at <paramref name="endpoint"/>, with an account key (Azurite, tools) or the managed identity.</summary>
    public static async Task<IBlobStore> BlobStoreAsync(HttpClient http, Uri endpoint, string? account, string? key, CancellationToken ct = default)
    {
        var store = key is null ? new AzureBlobStore(http, endpoint, Identity.Value) : new AzureBlobStore(http, endpoint, account ?? AccountOf(endpoint), key);
        await store.EnsureContainersAsync([BlobContainers.Plans, BlobContainers.Records, BlobContainers.Failed], ct);
        return store;
    }

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

    // "https://acct.blob.core.windows.net" → acct; "http://127.0.0.1:10000/devstoreaccount1" → devstoreaccount1.
    private static string AccountOf(Uri endpoint) =>
        endpoint.Host.Contains('.') && !System.Net.IPAddress.TryParse(endpoint.Host, out _) ? endpoint.Host.Split('.')[0] : endpoint.AbsolutePath.Trim('/').Split('/')[0];
}
