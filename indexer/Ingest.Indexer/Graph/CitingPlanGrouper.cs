using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Graph;

/// <summary>
/// Turns the per-citation answer of <see cref="IReferenceGraph.CitesAsync"/> into one row per plan. Files are
/// versions of one plan when they carry the same number, issuer and issue date, or the same content hash (the
/// same bytes stored under two names). Pure and thread-safe.
/// </summary>
public static class CitingPlanGrouper
{
    /// <summary>Why two files were taken for one plan, as it appears in <see cref="CitingPlanRow.VersionsAlike"/>.</summary>
    public const string SameNumberIssuerDate = "same-number-issuer-date", SameContent = "same-content";

    private static readonly string[] RelationOrder = [CitationRelation.Implements, CitationRelation.Basis, CitationRelation.Mentions];

    /// <summary>The grouped answer. <paramref name="contentHashes"/> maps plan ids to content hashes where known (may be empty).</summary>
    public static CitingPlansAnswer Group(CitesResult cites, IReadOnlyDictionary<string, string> contentHashes) =>
        Group(cites, contentHashes.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[p.Value], StringComparer.Ordinal));

    /// <summary>
    /// The grouped answer. <paramref name="contentKeys"/> maps plan ids to keys of their content (the bytes' hash,
    /// a fingerprint of the record): two files sharing any key are one plan.
    /// </summary>
    public static CitingPlansAnswer Group(CitesResult cites, IReadOnlyDictionary<string, IReadOnlyList<string>> contentKeys)
    {
        ArgumentNullException.ThrowIfNull(cites);
        var citations = cites.All.ToList();
        var byPlan = citations.GroupBy(c => c.PlanId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var sets = new VersionSets(byPlan.Keys);
        var keyed = byPlan.Values.Select(v => v[0])
            .SelectMany(c => (NumberKey(c) is { } n ? [n] : Array.Empty<string>()).Concat(contentKeys.GetValueOrDefault(c.PlanId) ?? []).Select(k => (Key: k, c.PlanId)));
        foreach (var same in keyed.GroupBy(x => x.Key, StringComparer.Ordinal))
            foreach (var other in same.Skip(1)) sets.Join(same.First().PlanId, other.PlanId);

        var rows = sets.Groups().Select(ids => Row(ids, byPlan)).ToList();
        var levels = rows.GroupBy(r => r.Level ?? "unknown")
            .OrderBy(g => AdministrativeLevel.Rank(g.Key) is var r and >= 0 ? r : 99)
            .Select(g => new CitingPlanGroup(g.Key, g.Count(), g
                .GroupBy(r => r.Province)
                .OrderBy(p => p.Key is null ? 1 : 0).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new CitingProvinceGroup(p.Key, p.OrderBy(r => r.IssueDate, StringComparer.Ordinal).ThenBy(r => r.PlanId, StringComparer.Ordinal).ToList()))
                .ToList()))
            .ToList();
        return new CitingPlansAnswer(cites.Document, cites.IndexedPlanId, rows.Count, byPlan.Count, citations.Count, levels);
    }

    private static CitingPlanRow Row(IReadOnlyList<string> ids, Dictionary<string, List<CitingPlan>> byPlan)
    {
        // The file with most evidence speaks for the plan; ties go to the lowest id, so the answer is stable.
        var ordered = ids.OrderByDescending(id => byPlan[id].Count).ThenBy(id => id, StringComparer.Ordinal).ToList();
        var first = byPlan[ordered[0]][0];
        var all = ordered.SelectMany(id => byPlan[id]).ToList();
        var evidence = all
            .GroupBy(c => (c.Relation, Sentence: TextFolding.FoldLoose(c.Sentence)))
            .Select(g => g.First())
            .Select(c => new CitationEvidence(c.PlanId, c.Relation, c.CitationText, c.Sentence, c.Page))
            .ToList();
        var relations = RelationOrder.Where(r => all.Any(c => c.Relation == r)).Concat(all.Select(c => c.Relation).Where(r => !RelationOrder.Contains(r)).Distinct()).ToList();
        string? alike = ordered.Count < 2 ? null
            : ordered.Select(id => NumberKey(byPlan[id][0])).Distinct().Count() == 1 && NumberKey(first) is not null ? SameNumberIssuerDate : SameContent;
        return new CitingPlanRow(ordered[0], ordered, alike, first.Number, first.Title, first.Issuer, first.Level, first.Province, first.IssueDate, relations, evidence);
    }

    private static string? NumberKey(CitingPlan c) =>
        c.Number is null || c.IssueDate is null ? null : $"number:{TextFolding.FoldLoose(c.Number)}|{TextFolding.FoldLoose(c.Issuer ?? "")}|{c.IssueDate}";

    // Union-find over plan ids: versions found by either rule join one set.
    private sealed class VersionSets
    {
        private readonly Dictionary<string, string> _parent;

        public VersionSets(IEnumerable<string> ids) => _parent = ids.ToDictionary(id => id, id => id, StringComparer.Ordinal);

        public void Join(string a, string b)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra != rb) _parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
        }

        public IEnumerable<IReadOnlyList<string>> Groups() =>
            _parent.Keys.GroupBy(Root).Select(g => (IReadOnlyList<string>)g.ToList());

        private string Root(string id)
        {
            while (_parent[id] != id) id = _parent[id] = _parent[_parent[id]];
            return id;
        }
    }
}
