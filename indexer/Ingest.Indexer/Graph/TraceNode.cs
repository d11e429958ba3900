namespace Ingest.Indexer.Graph;

/// <summary>
/// A node of a trace tree: an indexed plan (<see cref="PlanId"/> set) or a document known only from citations.
/// <see cref="Relation"/> labels the edge from the parent. <see cref="Cycle"/> marks a node already on the path
/// (not expanded again); <see cref="Truncated"/> a node whose children the depth limit cut off.
/// </summary>
public sealed record TraceNode(
    string Key, string? PlanId, string Label, string? Level, string? Relation, IReadOnlyList<TraceNode> Children,
    bool Cycle = false, bool Truncated = false);
