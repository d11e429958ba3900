namespace Ingest.Indexer.Graph;

/// <summary>A plan that cites a document: how, where (sentence and page), and who the plan is.</summary>
public sealed record CitingPlan(
    string PlanId, string? Number, string? Title, string? Issuer, string? Level, string? Province, string? IssueDate,
    string Relation, string CitationText, string Sentence, int Page, string Key);

/// <summary>The answer to "which plans cite X": the citing plans grouped by level (central first), and the document itself if indexed.</summary>
public sealed record CitesResult(DocumentRef Document, string? IndexedPlanId, IReadOnlyDictionary<string, IReadOnlyList<CitingPlan>> ByLevel)
{
    /// <summary>All citing plans, in level order.</summary>
    public IEnumerable<CitingPlan> All => ByLevel.Values.SelectMany(v => v);
}

/// <summary>Which way a trace goes: up to what a plan carries out, down to who carries it out.</summary>
public enum TraceDirection { Up, Down }

/// <summary>
/// A node of a trace tree: an indexed plan (<see cref="PlanId"/> set) or a document known only from citations.
/// <see cref="Relation"/> labels the edge from the parent. <see cref="Cycle"/> marks a node already on the path
/// (not expanded again); <see cref="Truncated"/> a node whose children the depth limit cut off.
/// </summary>
public sealed record TraceNode(
    string Key, string? PlanId, string Label, string? Level, string? Relation, IReadOnlyList<TraceNode> Children,
    bool Cycle = false, bool Truncated = false);

/// <summary>A deadline with the plan that sets it.</summary>
public sealed record DeadlineHit(string Date, string What, string Text, int Page, string PlanId, string? Number, string? Title, string? Issuer);
