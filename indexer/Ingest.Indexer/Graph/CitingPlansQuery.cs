using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

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
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in cites.All.Select(c => c.PlanId).Distinct())
            if (await catalog.GetAsync(id, cancellationToken) is { } plan)
                keys[id] = Fingerprint(plan.Record) is { } f ? ["hash:" + plan.ContentHash, f] : ["hash:" + plan.ContentHash];
        return CitingPlanGrouper.Group(cites, keys);
    }

    /// <summary>
    /// What two readings of one document share even when their bytes differ (a text file and its scan, line ends
    /// changed): title, issuer, signer and the documents cited. Null without a title, which is too little to go on.
    /// </summary>
    public static string? Fingerprint(PlanRecord record) =>
        record.Title is null ? null : string.Join('|', "record", TextFolding.FoldLoose(record.Title), TextFolding.FoldLoose(record.Issuer.Name ?? ""),
            TextFolding.FoldLoose(record.Signer?.Name ?? ""), record.IssueDate ?? record.IssueDatePartial ?? "",
            string.Join(',', record.Citations.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal)));
}
