namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>What the catalog holds for one search hit: the fields shown with it and its text, decoded on demand.</summary>
internal sealed record CatalogHit(
    string? Number, string? Title, string? Issuer, string? Level, string? Province, int? Year, string? IssueDate,
    string? DocType, PlanTextWindow Text);
