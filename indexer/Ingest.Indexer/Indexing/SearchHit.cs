namespace Ingest.Indexer.Indexing;

/// <summary>A matching plan. <see cref="Snippet"/> is plain text cut into parts, the matched words flagged, so no caller ever builds HTML from raw text.</summary>
public sealed record SearchHit(
    string PlanId, string? Number, string? Title, string? Issuer, string? Level, string? Province, int? Year,
    string? IssueDate, string? DocType, double Score, IReadOnlyList<SnippetPart> Snippet);
