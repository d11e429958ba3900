using Azure.Search.Documents.Models;
using Ingest.Indexer.Graph;
using static Ingest.Indexer.Adapters.Azure.AzureSearchDocuments;

namespace Ingest.Indexer.Adapters.Azure;

public sealed partial class AzureSearchPlanIndex
{
    /// <inheritdoc />
    public async Task<TraceNode?> TraceAsync(string planOrDocument, TraceDirection direction, int depth = 5, CancellationToken cancellationToken = default)
    {
        depth = Math.Clamp(depth, 0, 20);
        var start = await GetDocumentAsync(planOrDocument, cancellationToken);
        string? key;
        if (start is not null) key = Str(start, "docKey") ?? "plan:" + planOrDocument;
        else
        {
            var reference = _refs.Parse(planOrDocument);
            if (await IndexedPlanOfAsync(reference, cancellationToken) is { } planId) return await TraceAsync(planId, direction, depth, cancellationToken);
            var filter = CitationFilter(reference);
            if (filter is null) return null;
            key = (await FilterAsync(filter, 1000, cancellationToken)).SelectMany(Citations).Where(c => Matches(reference, c))
                .GroupBy(c => c.Key).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            if (key is null) return null;
            start = await PlanByKeyAsync(key, cancellationToken);
        }
        return await WalkAsync(key, start, null, null, 0, depth, [], direction == TraceDirection.Up, cancellationToken);
    }

    private async Task<TraceNode> WalkAsync(string key, SearchDocument? plan, string? relation, string? label, int depth, int max,
        HashSet<string> path, bool up, CancellationToken cancellationToken)
    {
        var planId = plan is null ? null : Str(plan, "planId");
        var level = plan is null ? null : Str(plan, "level");
        label = plan is null ? label ?? key : Label(plan);
        if (!path.Add(key)) return new TraceNode(key, planId, label, level, relation, [], Cycle: true);
        try
        {
            var next = new List<(string Key, SearchDocument? Plan, string Relation, string? Label)>();
            if (up && plan is not null)
                foreach (var e in Hierarchy(plan)) next.Add((e.Key, await PlanByKeyAsync(e.Key, cancellationToken), e.Relation, e.Label));
            if (!up)
            {
                // Citations that could not tell the year ("34-CT/TW|?") also point here when this is the only
                // document with that number: the embedded index settles them at ingestion, here at query time.
                var keys = new List<string> { key };
                if (UnknownYearKey(key) is { } unknown && await IsOnlyDocumentOfItsNumberAsync(key, cancellationToken)) keys.Add(unknown);
                var filter = "hierarchyKeys/any(k: " + string.Join(" or ", keys.Select(k => $"k eq {Q(k)}")) + ")";
                foreach (var d in await FilterAsync(filter, 10_000, cancellationToken))
                    next.Add((Str(d, "docKey") ?? "plan:" + Str(d, "planId"), d, Hierarchy(d).First(e => keys.Contains(e.Key)).Relation, null));
            }
            if (depth >= max) return new TraceNode(key, planId, label, level, relation, [], Truncated: next.Count > 0);
            var children = new List<TraceNode>();
            foreach (var n in next) children.Add(await WalkAsync(n.Key, n.Plan, n.Relation, n.Label, depth + 1, max, path, up, cancellationToken));
            return new TraceNode(key, planId, label, level, relation, children);
        }
        finally { path.Remove(key); }
    }

    private async Task<SearchDocument?> PlanByKeyAsync(string key, CancellationToken cancellationToken)
    {
        if (!key.Contains('?')) return (await FilterAsync($"docKey eq {Q(key)}", 1, cancellationToken)).FirstOrDefault();
        // A key with an unknown year resolves to the one indexed document of that number, if there is one.
        var candidates = await FilterAsync($"numberKey eq {Q(key.Split('|')[0])}", 2, cancellationToken);
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private async Task<bool> IsOnlyDocumentOfItsNumberAsync(string key, CancellationToken cancellationToken) =>
        (await FilterAsync($"numberKey eq {Q(key.Split('|')[0])}", 2, cancellationToken)).Count == 1;

    // "34-CT/TW|2014" → "34-CT/TW|?"; "4/CT-UBND|2021|khanh-hoa" → "4/CT-UBND|?|khanh-hoa"; null for keys without a year part.
    private static string? UnknownYearKey(string key)
    {
        var parts = key.Split('|');
        if (parts.Length < 2 || parts[1] == "?") return null;
        parts[1] = "?";
        return string.Join('|', parts);
    }

    private static string Label(SearchDocument d)
    {
        var label = string.Join(" ", new[] { Str(d, "docType"), Str(d, "number") }.Where(s => !string.IsNullOrEmpty(s)))
            + (Str(d, "issuer") is { } issuer ? " — " + issuer : "");
        return label.Length > 0 ? label : Str(d, "title") ?? Str(d, "planId")!;
    }
}
