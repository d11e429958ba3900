namespace Ingest.Indexer.Indexing;

/// <summary>One page of search results with the total and, when asked, facet counts over all matches.</summary>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <summary>
    /// Set when the query matched more plans than the backend ranks exactly: the hits are then the best of the
    /// most recent <see cref="RankedAmong"/> matches (total and facets still count every match).
    /// </summary>
    public long? RankedAmong { get; init; }
}
