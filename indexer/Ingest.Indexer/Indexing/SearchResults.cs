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

/// <summary>A matching plan. <see cref="Snippet"/> is plain text cut into parts, the matched words flagged, so no caller ever builds HTML from raw text.</summary>
public sealed record SearchHit(
    string PlanId, string? Number, string? Title, string? Issuer, string? Level, string? Province, int? Year,
    string? IssueDate, string? DocType, double Score, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A piece of a snippet; <see cref="Match"/> marks a word that matched the query.</summary>
public sealed record SnippetPart(string Text, bool Match);

/// <summary>How many matches have a facet value.</summary>
public sealed record FacetCount(string Value, long Count);
