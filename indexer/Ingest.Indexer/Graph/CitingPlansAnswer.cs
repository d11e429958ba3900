namespace Ingest.Indexer.Graph;

/// <summary>
/// "Which plans cite this document", one row per plan: grouped by level (central first) then province.
/// <see cref="PlanCount"/> counts plans (versions of one plan once); <see cref="CitationCount"/> counts mentions.
/// </summary>
public sealed record CitingPlansAnswer(
    DocumentRef Document, string? IndexedPlanId, int PlanCount, int FileCount, int CitationCount, IReadOnlyList<CitingPlanGroup> Levels)
{
    /// <summary>Every plan row, in level and province order.</summary>
    public IEnumerable<CitingPlanRow> Plans => Levels.SelectMany(l => l.Provinces).SelectMany(p => p.Plans);
}
