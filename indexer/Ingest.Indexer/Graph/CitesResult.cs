namespace Ingest.Indexer.Graph;

/// <summary>The answer to "which plans cite X": the citing plans grouped by level (central first), and the document itself if indexed.</summary>
public sealed record CitesResult(DocumentRef Document, string? IndexedPlanId, IReadOnlyDictionary<string, IReadOnlyList<CitingPlan>> ByLevel)
{
    /// <summary>All citing plans, in level order.</summary>
    public IEnumerable<CitingPlan> All => ByLevel.Values.SelectMany(v => v);
}
