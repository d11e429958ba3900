using Azure.Search.Documents.Models;
using Ingest.Indexer.Graph;
using static Ingest.Indexer.Adapters.Azure.AzureSearchDocuments;

namespace Ingest.Indexer.Adapters.Azure;

public sealed partial class AzureSearchPlanIndex
{
    // Keys hold letters, digits, '-', '/', '|', ':' and slugs (docs/citation-keys.md): '^' never occurs in one,
    // so it can separate the values of search.in.
    private const char KeyDelimiter = '^';

    /// <inheritdoc />
    /// <remarks>
    /// Walks a level at a time: one request fetches every node of the next level (the cited plans going up, the
    /// citing plans going down), plus one for the level just past the depth limit so truncation is known.
    /// </remarks>
    public async Task<TraceNode?> TraceAsync(string planOrDocument, TraceDirection direction, int depth = 5, CancellationToken cancellationToken = default)
    {
        depth = Math.Clamp(depth, 0, 20);
        var start = await GetDocumentAsync(planOrDocument, AzureSearchSchema.TraceFields, cancellationToken);
        string key;
        if (start is not null) key = Str(start, "docKey") ?? "plan:" + planOrDocument;
        else
        {
            var reference = _refs.Parse(planOrDocument);
            if (await IndexedPlanOfAsync(reference, cancellationToken) is { } planId) return await TraceAsync(planId, direction, depth, cancellationToken);
            var filter = CitationFilter(reference);
            if (filter is null) return null;
            var found = (await FilterAsync(filter, ["citationsJson"], cancellationToken)).SelectMany(Citations).Where(c => Matches(reference, c))
                .GroupBy(c => c.Key).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            if (found is null) return null;
            key = found;
            start = (await PlansByKeyAsync([key], cancellationToken)).GetValueOrDefault(key);
        }
        var root = new Walk(key, start, null, null, null);
        var level = new List<Walk> { root };
        for (var d = 0; level.Count > 0; d++)
        {
            var open = level.Where(w => !w.Cycle).ToList();
            var next = direction == TraceDirection.Up ? await ParentsAsync(open, cancellationToken) : await ChildrenAsync(open, cancellationToken);
            if (d >= depth)
            {
                foreach (var w in open) w.Truncated = next.Any(n => n.Parent == w);
                break;
            }
            foreach (var n in next) n.Parent!.Children.Add(n);
            level = next;
        }
        return root.ToNode();
    }

    private async Task<List<Walk>> ParentsAsync(List<Walk> level, CancellationToken cancellationToken)
    {
        var edges = level.Where(w => w.Plan is not null).SelectMany(w => Hierarchy(w.Plan!).Select(e => (Walk: w, Edge: e))).ToList();
        if (edges.Count == 0) return [];
        var plans = await PlansByKeyAsync(edges.Select(e => e.Edge.Key).Distinct().ToList(), cancellationToken);
        return edges.Select(e => ParentOf(e.Walk, e.Edge, plans)).ToList();
    }

    // An edge keyed without its district ("…|quang-ngai") goes to the one plan of that number, year and province
    // that names its district, unless the citation named the province's own body (the embedded index's rule).
    private static Walk ParentOf(Walk child, HierarchyEdge edge, Dictionary<string, SearchDocument> plans)
    {
        if (!edge.ProvinceBody && plans.TryGetValue(DistrictPrefix + edge.Key, out var district))
            return new Walk(Str(district, "docKey")!, district, edge.Relation, edge.Label, child);
        return new Walk(edge.Key, plans.GetValueOrDefault(edge.Key), edge.Relation, edge.Label, child);
    }

    // Marks, in the map PlansByKeyAsync returns, the one district plan found below a province key.
    private const string DistrictPrefix = "below:";

    // "15/KH-UBND|2022|quang-ngai" for "15/KH-UBND|2022|quang-ngai/huyen-son-tinh"; null for a key naming no district.
    private static string? ProvinceKeyOf(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash > key.LastIndexOf('|') ? key[..slash] : null;
    }

    // A province key with a known year that a district plan may stand for ("15/KH-UBND|2022|quang-ngai").
    private static bool MayStandForADistrict(string key)
    {
        var parts = key.Split('|');
        return parts.Length == 3 && parts[1] != "?" && parts[2] != "?" && !parts[2].Contains('/');
    }

    private async Task<List<Walk>> ChildrenAsync(List<Walk> level, CancellationToken cancellationToken)
    {
        if (level.Count == 0) return [];
        // Citations that could not tell the year ("34-CT/TW|?") also point at a node when it is the only indexed
        // document with that number: the embedded index settles them at ingestion, here at query time. The same
        // request counts the documents of each number.
        var unknown = level.Select(w => (Walk: w, Key: UnknownYearKey(w.Key))).Where(x => x.Key is not null).ToList();
        // A district's plan also stands for citations keyed to its province without the district, when it is the
        // only such plan; the plans of its number, fetched in the same request, tell whether it is.
        var provinceKeys = level.Select(w => ProvinceKeyOf(w.Key)).OfType<string>().ToList();
        var keys = level.Select(w => w.Key).Concat(unknown.Select(u => u.Key!)).Concat(provinceKeys).Distinct().ToList();
        var numbers = unknown.Select(u => NumberOf(u.Walk.Key)).Concat(provinceKeys.Select(NumberOf)).Distinct().ToList();
        var filter = $"hierarchyKeys/any(k: search.in(k, {In(keys)}, '{KeyDelimiter}'))"
            + (numbers.Count == 0 ? "" : $" or search.in(numberKey, {In(numbers)}, '{KeyDelimiter}')");
        var docs = await FilterAsync(filter, AzureSearchSchema.TraceFields, cancellationToken);
        var perNumber = docs.Where(d => Str(d, "numberKey") is not null).GroupBy(d => Str(d, "numberKey")!).ToDictionary(g => g.Key, g => g.Count());
        var children = new List<Walk>();
        foreach (var w in level)
        {
            var accepted = new List<string> { w.Key };
            if (UnknownYearKey(w.Key) is { } u && perNumber.GetValueOrDefault(NumberOf(w.Key)) == 1) accepted.Add(u);
            var province = ProvinceKeyOf(w.Key);
            if (province is not null && docs.Count(d => (Str(d, "docKey") ?? "").StartsWith(province + "/", StringComparison.Ordinal)) != 1)
                province = null;
            foreach (var d in docs)
                if (Hierarchy(d).FirstOrDefault(e => accepted.Contains(e.Key) || (e.Key == province && !e.ProvinceBody)) is { } edge)
                    children.Add(new Walk(Str(d, "docKey") ?? "plan:" + Str(d, "planId"), d, edge.Relation, null, w));
        }
        return children;
    }

    /// <summary>The indexed plans of the given document keys, in one request; a key with an unknown year resolves to the only document of its number.</summary>
    private async Task<Dictionary<string, SearchDocument>> PlansByKeyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var exact = keys.Where(k => !k.Contains('?')).ToList();
        var numbers = keys.Where(k => k.Contains('?') || MayStandForADistrict(k)).Select(NumberOf).Distinct().ToList();
        var clauses = new List<string>();
        if (exact.Count > 0) clauses.Add($"search.in(docKey, {In(exact)}, '{KeyDelimiter}')");
        if (numbers.Count > 0) clauses.Add($"search.in(numberKey, {In(numbers)}, '{KeyDelimiter}')");
        var docs = await FilterAsync(string.Join(" or ", clauses), AzureSearchSchema.TraceFields, cancellationToken);
        var found = new Dictionary<string, SearchDocument>();
        foreach (var k in exact)
            if (docs.FirstOrDefault(d => Str(d, "docKey") == k) is { } d) found[k] = d;
        foreach (var k in keys.Where(k => k.Contains('?')))
        {
            var candidates = docs.Where(d => Str(d, "numberKey") == NumberOf(k)).Take(2).ToList();
            if (candidates.Count == 1) found[k] = candidates[0];
        }
        foreach (var k in keys.Where(MayStandForADistrict))
        {
            var below = docs.Where(d => (Str(d, "docKey") ?? "").StartsWith(k + "/", StringComparison.Ordinal)).Take(2).ToList();
            if (below.Count == 1) found[DistrictPrefix + k] = below[0];
        }
        return found;
    }

    private static string In(IEnumerable<string> values) => Q(string.Join(KeyDelimiter, values.Where(v => !v.Contains(KeyDelimiter))));

    private static string NumberOf(string key) => key.Split('|')[0];

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

    /// <summary>A node being built, level by level; the path to it is followed through <see cref="Parent"/> to find cycles.</summary>
    private sealed class Walk(string key, SearchDocument? plan, string? relation, string? label, Walk? parent)
    {
        public string Key { get; } = key;
        public SearchDocument? Plan { get; } = plan;
        public Walk? Parent { get; } = parent;
        public List<Walk> Children { get; } = [];
        public bool Truncated { get; set; }
        public bool Cycle { get; } = OnPath(parent, key);

        private static bool OnPath(Walk? w, string key)
        {
            for (; w is not null; w = w.Parent) if (w.Key == key) return true;
            return false;
        }

        public TraceNode ToNode() => new(Key, Plan is null ? null : Str(Plan, "planId"), Plan is null ? label ?? Key : AzureSearchPlanIndex.Label(Plan),
            Plan is null ? null : Str(Plan, "level"), relation, Children.Select(c => c.ToNode()).ToList(), Cycle, Truncated && !Cycle);
    }
}
