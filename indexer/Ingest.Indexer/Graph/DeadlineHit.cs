namespace Ingest.Indexer.Graph;

/// <summary>A deadline with the plan that sets it.</summary>
public sealed record DeadlineHit(string Date, string What, string Text, int Page, string PlanId, string? Number, string? Title, string? Issuer);
