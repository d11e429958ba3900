namespace Ingest.Indexer.Indexing;

/// <summary>One page of search results with the total and, when asked, facet counts over all matches.</summary>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

/// <summary>A matching plan. <see cref="Snippet"/> is plain text cut into parts, the matched words flagged, so no caller ever builds HTML from raw text.</summary>
public sealed record SearchHit(
    string PlanId, string? Number, string? Title, string? Issuer, string? Level, string? Province, int? Year,
    string? IssueDate, string? DocType, double Score, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A piece of a snippet; <see cref="Match"/> marks a word that matched the query.</summary>
public sealed record SnippetPart(string Text, bool Match);

/// <summary>How many matches have a facet value.</summary>
public sealed record FacetCount(string Value, long Count);
