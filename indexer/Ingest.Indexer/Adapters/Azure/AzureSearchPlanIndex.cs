using Azure;
using Azure.Core;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using Azure.Search.Documents.Models;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Serialization;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// The index on Azure AI Search (Azure.Search.Documents 11.5.1, REST api-version 2023-11-01): one search
/// document per plan, so replacing a plan is atomic; citation keys as filterable collections for cites and
/// trace. Tested in every run against a local HTTP double of the REST API (a contract test: it checks paths,
/// api-version and bodies as documented; no live service is reachable from the build machine).
/// Differences from the embedded index: keys with an unknown year ("34-CT/TW|?") are resolved at query time
/// rather than at ingestion, and very common queries are ranked by the service over all matches.
/// Thread-safe (the SDK clients are).
/// </summary>
public sealed partial class AzureSearchPlanIndex : ISearchIndex, IPlanCatalog, IReferenceGraph
{
    private const int BatchSize = 500;
    private readonly SearchIndexClient _indexes;
    private readonly SearchClient _documents;
    private readonly string _indexName;
    private readonly PlanParser _parser;
    private readonly DocumentRefParser _refs;

    /// <summary>With a managed identity or other Microsoft Entra credential (the deployed app).</summary>
    public AzureSearchPlanIndex(Uri endpoint, TokenCredential credential, string indexName = "plans", PlanParser? parser = null, SearchClientOptions? options = null)
        : this(new SearchIndexClient(endpoint, credential, Options(options)), indexName, parser) { }

    /// <summary>With an API key (local tools, tests against the double).</summary>
    public AzureSearchPlanIndex(Uri endpoint, AzureKeyCredential key, string indexName = "plans", PlanParser? parser = null, SearchClientOptions? options = null)
        : this(new SearchIndexClient(endpoint, key, Options(options)), indexName, parser) { }

    private AzureSearchPlanIndex(SearchIndexClient indexes, string indexName, PlanParser? parser)
    {
        _indexes = indexes;
        _indexName = indexName;
        _documents = indexes.GetSearchClient(indexName);
        _parser = parser ?? new PlanParser();
        _refs = new DocumentRefParser(_parser);
    }

    // Transient failures (408, 429 with Retry-After, 5xx) are retried by the SDK's pipeline with exponential
    // backoff; the policy lives here, in one place.
    private static SearchClientOptions Options(SearchClientOptions? options)
    {
        options ??= new SearchClientOptions(SearchClientOptions.ServiceVersion.V2023_11_01);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 5;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(20);
        return options;
    }

    /// <summary>Creates the index, or updates it to the schema in <see cref="AzureSearchSchema"/>.</summary>
    public async Task EnsureIndexAsync(CancellationToken cancellationToken = default) =>
        await _indexes.CreateOrUpdateIndexAsync(AzureSearchSchema.Build(_indexName), cancellationToken: cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<IngestOutcome>> UpsertAsync(IReadOnlyList<IndexedPlan> plans, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>(plans.Count);
        var pending = new List<SearchDocument>();
        foreach (var plan in plans)
        {
            var existing = await GetDocumentAsync(plan.Id, cancellationToken);
            var existingHash = existing is null ? null : AzureSearchDocuments.Str(existing, "contentHash");
            if (existingHash == plan.ContentHash || (existing is null && await HashExistsAsync(plan.ContentHash, cancellationToken)))
            {
                outcomes.Add(IngestOutcome.Unchanged);
                continue;
            }
            outcomes.Add(existing is null ? IngestOutcome.Added : IngestOutcome.Replaced);
            pending.Add(AzureSearchDocuments.From(plan, _parser));
        }
        foreach (var batch in pending.Chunk(BatchSize))
        {
            var result = await _documents.IndexDocumentsAsync(IndexDocumentsBatch.Upload(batch), new IndexDocumentsOptions { ThrowOnAnyError = true }, cancellationToken);
            _ = result.Value;
        }
        return outcomes;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken = default)
    {
        if (await GetDocumentAsync(planId, cancellationToken) is null) return false;
        await _documents.DeleteDocumentsAsync("id", [AzureSearchDocuments.Key(planId)], new IndexDocumentsOptions { ThrowOnAnyError = true }, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<StoredPlan?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        var d = await GetDocumentAsync(planId, cancellationToken);
        if (d is null) return null;
        var record = RecordJson.Deserialize(AzureSearchDocuments.Str(d, "recordJson")!)!;
        return new StoredPlan(planId, AzureSearchDocuments.Str(d, "contentHash")!, AzureSearchDocuments.Str(d, "docKey"), record,
            DateTimeOffset.Parse(AzureSearchDocuments.Str(d, "ingestedAt")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<SearchDocument?> GetDocumentAsync(string planId, CancellationToken cancellationToken)
    {
        try
        {
            return (await _documents.GetDocumentAsync<SearchDocument>(AzureSearchDocuments.Key(planId), cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404) { return null; }
    }

    private async Task<bool> HashExistsAsync(string hash, CancellationToken cancellationToken) =>
        (await FilterAsync($"contentHash eq {Q(hash)}", 1, cancellationToken)).Count > 0;

    /// <summary>Documents passing an OData filter, all pages read, at most <paramref name="max"/>.</summary>
    private async Task<List<SearchDocument>> FilterAsync(string filter, int max, CancellationToken cancellationToken)
    {
        var options = new SearchOptions { Filter = filter, Size = Math.Min(max, 1000) };
        var found = new List<SearchDocument>();
        var response = await _documents.SearchAsync<SearchDocument>("*", options, cancellationToken);
        await foreach (var r in response.Value.GetResultsAsync())
        {
            found.Add(r.Document);
            if (found.Count >= max) break;
        }
        return found;
    }

    /// <summary>An OData string literal: quotes doubled, so no user text can change the filter.</summary>
    internal static string Q(string value) => "'" + value.Replace("'", "''") + "'";

    internal static int LevelOrder(string? level) => AdministrativeLevel.Rank(level) is var r and >= 0 ? r : 99;
}
