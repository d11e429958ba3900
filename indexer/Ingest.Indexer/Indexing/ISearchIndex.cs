namespace Ingest.Indexer.Indexing;

/// <summary>
/// The searchable store of plans. Implementations: <c>SqlitePlanIndex</c> (embedded default, one file) and
/// <c>AzureSearchPlanIndex</c> (Azure AI Search). An upsert is atomic: a crash leaves the old plan or the new.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces plans; each is all-or-nothing, and a batch is one transaction where the backend allows.</summary>
    Task<IReadOnlyList<IngestOutcome>> UpsertAsync(IReadOnlyList<IndexedPlan> plans, CancellationToken cancellationToken = default);

    /// <summary>Removes a plan and its citation edges; false when there was none.</summary>
    Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken = default);

    /// <summary>Full-text search with filters, facets, snippets and paging.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}
