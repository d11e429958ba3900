namespace Ingest.Indexer.Graph;

/// <summary>The citing plans of one administrative level, by province (null: province unknown).</summary>
public sealed record CitingPlanGroup(string Level, int PlanCount, IReadOnlyList<CitingProvinceGroup> Provinces);
