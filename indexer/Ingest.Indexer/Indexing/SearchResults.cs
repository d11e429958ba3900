namespace Ingest.Indexer.Indexing;

/// <summary>One page of search results with the total and, when asked, facet counts over all matches.</summary>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <summary>
    /// Set when the query matched more plans than the backend ranks exactly: the hits are then the best of the
    /// most recent <see cref="RankedAmong"/> matches (total and facets still count every match).
    /// </summary>
    public long? RankedAmong { get; init; }

    /// <summary>
    /// Set when a province filter covered more than one province: today's province and those merged into it in
    /// 2025 (Nghị quyết 202/2025/QH15), whose plans keep the province they had on their date.
    /// </summary>
    public IReadOnlyList<string>? ProvincesCovered { get; init; }
}
