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
using Ingest.Indexer.Storage;
using System.Text;
using System.Text.Json;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// The index on Azure AI Search (Azure.Search.Documents 11.5.1, REST api-version 2023-11-01): one search
/// document per plan, so replacing a plan is atomic; citation keys as filterable collections for cites and
/// trace; the record itself in blob storage (records/), written before its index document so that every
/// indexed plan has one. Requests per call (docs/index.md): upsert of N plans, one lookup and one batch per
/// 1,000 plans or 16 MB; cites, one per page of 1,000 citing plans (one more first when a district is named);
/// trace, one per level; deadlines, one per page. Query text is sent in the full Lucene syntax, escaped
/// (<see cref="AzureSearchQueryText"/>), so it means what it means to the embedded index.
/// Held to the service's documented limits by a local HTTP double that enforces them (no live service is
/// reachable from the build machine). Differences from the embedded index: keys with an unknown year
/// ("34-CT/TW|?") and edges keyed without their district are resolved at query time rather than at ingestion.
/// Thread-safe (the SDK clients are).
/// </summary>
public sealed partial class AzureSearchPlanIndex : ISearchIndex, IPlanCatalog, IReferenceGraph
{
    /// <summary>Documents per indexing request: the service takes at most 1,000 actions (and 16 MB) in one batch.</summary>
    internal const int MaxBatchActions = 1000;
    /// <summary>Bytes per indexing request, below the service's 16 MB with room for the envelope.</summary>
    internal const long MaxBatchBytes = 14L * 1024 * 1024;
    /// <summary>Results per query page: the most the service returns for one request.</summary>
    internal const int PageSize = 1000;
    /// <summary>The largest <c>skip</c> the service accepts.</summary>
    internal const int MaxSkip = 100_000;

    private readonly SearchIndexClient _indexes;
    private readonly SearchClient _documents;
    private readonly IBlobStore _records;
    private readonly string _indexName;
    private readonly PlanParser _parser;
    private readonly DocumentRefParser _refs;

    /// <summary>With a managed identity or other Microsoft Entra credential (the deployed app).</summary>
    public AzureSearchPlanIndex(Uri endpoint, TokenCredential credential, IBlobStore records, string indexName = "plans", PlanParser? parser = null, SearchClientOptions? options = null)
        : this(new SearchIndexClient(endpoint, credential, Options(options)), records, indexName, parser) { }

    /// <summary>With an API key (local tools, tests against the double).</summary>
    public AzureSearchPlanIndex(Uri endpoint, AzureKeyCredential key, IBlobStore records, string indexName = "plans", PlanParser? parser = null, SearchClientOptions? options = null)
        : this(new SearchIndexClient(endpoint, key, Options(options)), records, indexName, parser) { }

    private AzureSearchPlanIndex(SearchIndexClient indexes, IBlobStore records, string indexName, PlanParser? parser)
    {
        _indexes = indexes;
        _records = records;
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
        var outcomes = new IngestOutcome[plans.Count];
        var pending = new List<(IndexedPlan Plan, SearchDocument Document)>();
        foreach (var chunk in plans.Select((plan, i) => (plan, i)).Chunk(MaxBatchActions))
        {
            // One request tells, for the whole chunk, which ids exist and which contents are already indexed.
            var ids = string.Join(',', chunk.Select(c => AzureSearchDocuments.Key(c.plan.Id)));
            var hashes = string.Join(',', chunk.Select(c => c.plan.ContentHash).Distinct());
            var known = await FilterAsync($"search.in(id, {Q(ids)}, ',') or search.in(contentHash, {Q(hashes)}, ',')", ["id", "contentHash"], cancellationToken);
            var byId = known.ToDictionary(d => AzureSearchDocuments.Str(d, "id")!, d => AzureSearchDocuments.Str(d, "contentHash"));
            var indexedHashes = known.Select(d => AzureSearchDocuments.Str(d, "contentHash")).ToHashSet();
            foreach (var (plan, i) in chunk)
            {
                var exists = byId.TryGetValue(AzureSearchDocuments.Key(plan.Id), out var hash);
                if (hash == plan.ContentHash || (!exists && indexedHashes.Contains(plan.ContentHash)))
                {
                    outcomes[i] = IngestOutcome.Unchanged;
                    continue;
                }
                outcomes[i] = exists ? IngestOutcome.Replaced : IngestOutcome.Added;
                indexedHashes.Add(plan.ContentHash);
                pending.Add((plan, AzureSearchDocuments.From(plan, _parser)));
            }
        }
        foreach (var (plan, _) in pending)
            await _records.PutAsync(BlobContainers.Records, RecordName(plan.Id), RecordJson.SerializeCompact(plan.Record),
                new Dictionary<string, string> { ["contentHash"] = plan.ContentHash }, cancellationToken);
        foreach (var batch in Batches(pending.Select(p => p.Document))) await IndexBatchAsync(batch, cancellationToken);
        return outcomes;
    }

    /// <summary>The blob holding a plan's record, as the ingestion pipeline names it.</summary>
    internal static string RecordName(string planId) => planId + ".json";

    // Batches of at most 1,000 documents and 14 MB of JSON, in order.
    private static IEnumerable<List<SearchDocument>> Batches(IEnumerable<SearchDocument> documents)
    {
        var batch = new List<SearchDocument>();
        long bytes = 0;
        foreach (var d in documents)
        {
            var size = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(d));
            if (batch.Count > 0 && (batch.Count == MaxBatchActions || bytes + size > MaxBatchBytes)) { yield return batch; batch = []; bytes = 0; }
            batch.Add(d);
            bytes += size;
        }
        if (batch.Count > 0) yield return batch;
    }

    // A 207 answer says per document what failed. Throttled or unavailable documents (409, 422, 503) are sent
    // once more; anything still failing is an infrastructure failure for the caller to retry.
    private async Task IndexBatchAsync(List<SearchDocument> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await _documents.IndexDocumentsAsync(IndexDocumentsBatch.Upload(batch), new IndexDocumentsOptions { ThrowOnAnyError = false }, cancellationToken);
            var failed = response.Value.Results.Where(r => !r.Succeeded).ToList();
            if (failed.Count == 0) return;
            var retriable = failed.All(r => r.Status is 409 or 422 or 503);
            if (!retriable || attempt == 1)
                throw new InvalidOperationException("the search service refused " + failed.Count + " of " + batch.Count + " documents: " +
                    string.Join("; ", failed.Take(5).Select(r => $"{r.Status} {r.ErrorMessage}")));
            var keys = failed.Select(r => r.Key).ToHashSet();
            batch = batch.Where(d => keys.Contains(AzureSearchDocuments.Str(d, "id")!)).ToList();
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken = default)
    {
        if (await GetDocumentAsync(planId, AzureSearchSchema.CatalogFields, cancellationToken) is null) return false;
        await _documents.DeleteDocumentsAsync("id", [AzureSearchDocuments.Key(planId)], new IndexDocumentsOptions { ThrowOnAnyError = true }, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<StoredPlan?> GetAsync(string planId, CancellationToken cancellationToken = default)
    {
        var d = await GetDocumentAsync(planId, AzureSearchSchema.CatalogFields, cancellationToken);
        if (d is null) return null;
        var json = await _records.GetAsync(BlobContainers.Records, RecordName(planId), cancellationToken);
        // An index entry without its record (a crash between the two writes) reads as absent, so the plan is ingested again.
        if (json is null) return null;
        var record = RecordJson.Deserialize(Encoding.UTF8.GetString(json))!;
        return new StoredPlan(planId, AzureSearchDocuments.Str(d, "contentHash")!, AzureSearchDocuments.Str(d, "docKey"), record,
            d.TryGetValue("ingestedAt", out var at) && at is DateTimeOffset o ? o
                : DateTimeOffset.Parse(AzureSearchDocuments.Str(d, "ingestedAt")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<SearchDocument?> GetDocumentAsync(string planId, IEnumerable<string> fields, CancellationToken cancellationToken)
    {
        try
        {
            return (await _documents.GetDocumentAsync<SearchDocument>(AzureSearchDocuments.Key(planId), Selecting(fields), cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404) { return null; }
    }

    private static GetDocumentOptions Selecting(IEnumerable<string> fields)
    {
        var options = new GetDocumentOptions();
        foreach (var f in fields) options.SelectedFields.Add(f);
        return options;
    }

    /// <summary>
    /// Every document passing an OData filter, read a page of 1,000 at a time in key order, each page asking for
    /// the keys after the last one seen: no skip (capped at 100,000 by the service), no result left out.
    /// </summary>
    private async Task<List<SearchDocument>> FilterAsync(string filter, IReadOnlyList<string> fields, CancellationToken cancellationToken, int max = int.MaxValue)
    {
        var found = new List<SearchDocument>();
        string? after = null;
        while (found.Count < max)
        {
            var options = new SearchOptions
            {
                Filter = after is null ? filter : $"({filter}) and id gt {Q(after)}",
                Size = Math.Min(PageSize, max - found.Count),
                OrderBy = { "id asc" },
            };
            foreach (var f in fields.Append("id").Distinct()) options.Select.Add(f);
            var page = new List<SearchDocument>();
            var response = await _documents.SearchAsync<SearchDocument>("*", options, cancellationToken);
            await foreach (var r in response.Value.GetResultsAsync())
            {
                page.Add(r.Document);
                if (page.Count >= options.Size) break;
            }
            found.AddRange(page);
            if (page.Count < options.Size) break;
            after = AzureSearchDocuments.Str(page[^1], "id");
        }
        return found;
    }

    /// <summary>An OData string literal: quotes doubled, so no user text can change the filter.</summary>
    internal static string Q(string value) => "'" + value.Replace("'", "''") + "'";

    internal static int LevelOrder(string? level) => AdministrativeLevel.Rank(level) is var r and >= 0 ? r : 99;
}
