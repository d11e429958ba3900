namespace Ingest.Indexer.Graph;

/// <summary>A plan that cites a document: how, where (sentence and page), and who the plan is.</summary>
public sealed record CitingPlan(
    string PlanId, string? Number, string? Title, string? Issuer, string? Level, string? Province, string? IssueDate,
    string Relation, string CitationText, string Sentence, int Page, string Key);
