namespace Ingest.Indexer.Graph;

/// <summary>The citing plans of one province within a level, one row per plan.</summary>
public sealed record CitingProvinceGroup(string? Province, IReadOnlyList<CitingPlanRow> Plans);
