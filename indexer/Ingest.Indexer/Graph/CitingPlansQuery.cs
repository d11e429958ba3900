using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Graph;

/// <summary>
/// Answers "which plans cite this document" one row per plan, on any backend: asks the graph, reads the
/// content hash of each citing file from the catalog, and groups versions (<see cref="CitingPlanGrouper"/>).
/// Thread-safe when the graph and catalog are.
/// </summary>
public sealed class CitingPlansQuery(IReferenceGraph graph, IPlanCatalog catalog)
{
    /// <summary>The grouped answer for a document typed in any spelling; empty groups when nothing cites it.</summary>
    public async Task<CitingPlansAnswer> AskAsync(string document, CancellationToken cancellationToken = default)
    {
        var cites = await graph.CitesAsync(document, cancellationToken);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in cites.All.Select(c => c.PlanId).Distinct())
            if (await catalog.GetAsync(id, cancellationToken) is { } plan) hashes[id] = plan.ContentHash;
        return CitingPlanGrouper.Group(cites, hashes);
    }
}
