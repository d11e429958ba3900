using Azure.Search.Documents.Models;
using Ingest.Indexer.Graph;
using static Ingest.Indexer.Adapters.Azure.AzureSearchDocuments;

namespace Ingest.Indexer.Adapters.Azure;

public sealed partial class AzureSearchPlanIndex
{
    /// <inheritdoc />
    public async Task<CitesResult> CitesAsync(string document, CancellationToken cancellationToken = default)
    {
        var reference = _refs.Parse(document);
        var own = reference.NumberKey is null ? null
            : $"numberKey eq {Q(reference.NumberKey)}" + (reference.Year is null ? "" : $" and year eq {reference.Year}");
        List<SearchDocument> docs;
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reference.Below is not null && own is not null)
        {
            // A district or commune named: first the plans of that number (one request), which tell the document
            // itself and which edges keyed without a district resolve to it; then only the citations keyed to
            // that jurisdiction, or to the province when they may resolve to it.
            var plans = await FilterAsync(own, AzureSearchSchema.CiteFields, cancellationToken);
            resolved = DistrictResolutions(plans);
            var citing = JurisdictionFilter(reference, resolved);
            docs = [.. plans, .. await FilterAsync(citing, AzureSearchSchema.CiteFields, cancellationToken)];
        }
        else
        {
            // One stream of pages answers both questions: the plans citing the document, and the document itself
            // when it is indexed (same number, and the year when one was given).
            var filter = CitationFilter(reference);
            var combined = filter is null ? own : own is null ? filter : $"({filter}) or ({own})";
            docs = combined is null ? [] : await FilterAsync(combined, AzureSearchSchema.CiteFields, cancellationToken);
        }
        // The same document under its other spelling: the numbers some plan wrote beside the name asked for, or the
        // names some plan wrote beside the number (the embedded index's rule, SqlitePlanIndex.CitationFilter).
        var other = OtherSpellings(reference, docs);
        if (other.Count > 0)
            docs = [.. docs, .. await FilterAsync($"citedKeys/any(k: search.in(k, {In(other)}, '{KeyDelimiter}'))", AzureSearchSchema.CiteFields, cancellationToken)];
        var indexed = TheDocument(reference, docs);
        var citingPlans = docs.DistinctBy(d => Str(d, "id"))
            .SelectMany(d => Citations(d).Where(c => Matches(reference, c, resolved) || other.Contains(c.Key)).Select(c =>
                new CitingPlan(Str(d, "planId")!, Str(d, "number"), Str(d, "title"), Str(d, "issuer"), Str(d, "level"),
                    Str(d, "province"), IsoDate(d, "issueDate"), c.Relation, c.Text, c.Sentence, c.Page, c.Key)));
        var byLevel = citingPlans.OrderBy(c => c.IssueDate, StringComparer.Ordinal).ThenBy(c => c.PlanId, StringComparer.Ordinal)
            .GroupBy(c => c.Level ?? "unknown").OrderBy(g => LevelOrder(g.Key))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CitingPlan>)g.ToList());
        return new CitesResult(reference, indexed, byLevel);
    }

    // Keys of one document nationwide ("83/2015/QH13": a symbol holding its year, no jurisdiction part) written
    // beside a name asked for, or the by-name keys written beside such a number asked for.
    internal static HashSet<string> OtherSpellings(DocumentRef r, IEnumerable<SearchDocument> docs)
    {
        var cited = docs.SelectMany(Citations).Where(c => c.NameKey is not null && PlanKeys.NamesOneDocument(c.Key));
        if (r.NameKeys is not null) return cited.Where(c => r.MatchesKey(c.NameKey!)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (r.SymbolHoldsYear && r.Key is null && r.NumberKey is not null)
            return cited.Where(c => c.Key == r.NumberKey).Select(c => c.NameKey!).ToHashSet(StringComparer.Ordinal);
        return [];
    }

    // The indexed plan a reference names, as the embedded index chooses it: its number and year, in the
    // jurisdiction it names (the named body's first), the newest.
    internal static string? TheDocument(DocumentRef r, IEnumerable<SearchDocument> docs) =>
        docs.Where(d => r.NumberKey is not null && Str(d, "numberKey") == r.NumberKey
                && (r.Year is null || (d.TryGetValue("year", out var y) && y is not null && Convert.ToInt32(y, System.Globalization.CultureInfo.InvariantCulture) == r.Year)))
            .Select(d => (Doc: d, Rank: r.JurisdictionRank(Str(d, "docKey"))))
            .Where(x => x.Rank is not null)
            .OrderBy(x => x.Rank).ThenByDescending(x => IsoDate(x.Doc, "issueDate"), StringComparer.Ordinal)
            .Select(x => Str(x.Doc, "planId")).FirstOrDefault();

    private static string? CitationFilter(DocumentRef r)
    {
        if (r.NameKeys is { } names) return $"citedKeys/any(k: search.in(k, {In(names)}, '{KeyDelimiter}'))";
        if (r.Key is not null) return $"citedKeys/any(k: k eq {Q(r.Key)})";
        if (r.NumberKey is not null)
            return r.Year is null ? $"citedNumberKeys/any(k: k eq {Q(r.NumberKey)})"
                : $"citedNumberYears/any(k: k eq {Q(r.NumberKey + "@" + r.Year)} or k eq {Q(r.NumberKey + "@?")})";
        if (r.Serial is not null && r.TypeId is not null) return $"citedSerials/any(k: k eq {Q(r.TypeId + ":" + r.Serial)})";
        return null;
    }

    // The embedded index's rule at ingestion, applied at query time: an edge keyed without its district
    // ("…|quang-ngai") belongs to the one plan of that number, year and province that names its district.
    private static Dictionary<string, string> DistrictResolutions(IEnumerable<SearchDocument> plans) =>
        plans.Select(d => Str(d, "docKey")).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(k => k.LastIndexOf('/') > k.LastIndexOf('|'))
            .GroupBy(k => k[..k.LastIndexOf('/')], StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    // Citations keyed to the district ("143/KH-UBND@quang-ngai/huyen-son-tinh", or "143/KH-UBND@*/huyen-son-tinh"
    // when the province was not named), and keyed to a province whose one district plan of that number is the
    // district's; the year, when named, narrows as for any document.
    private static string JurisdictionFilter(DocumentRef r, Dictionary<string, string> resolved)
    {
        var below = r.Province is null ? "*/" + r.Below : r.Province + "/" + r.Below;
        var places = resolved.Where(p => p.Value.EndsWith((r.Province is null ? "/" : "|" + r.Province + "/") + r.Below, StringComparison.Ordinal))
            .Select(p => PlanKeys.Parts(p.Key).Province).OfType<string>()
            .Append(below).Distinct(StringComparer.Ordinal).Select(p => r.NumberKey + "@" + p);
        var filter = $"citedJurisdictions/any(k: search.in(k, {Q(string.Join('|', places))}, '|'))";
        return r.Year is null ? filter
            : $"{filter} and citedNumberYears/any(k: k eq {Q(r.NumberKey + "@" + r.Year)} or k eq {Q(r.NumberKey + "@?")})";
    }

    // The same rule as the embedded index's citation filter, applied to one stored citation.
    private static bool Matches(DocumentRef r, StoredCitation c, IReadOnlyDictionary<string, string>? resolved = null)
    {
        var ok = r.Key is not null ? r.MatchesKey(c.Key) || (r.NameKeys is not null && c.NameKey is { } name && r.MatchesKey(name))
            : r.NumberKey is not null ? c.NumberKey == r.NumberKey
            : r.Serial is not null && c.TypeId == r.TypeId && c.Serial == r.Serial;
        if (ok && r.Year is not null && c.Year is not null) ok = c.Year == r.Year;
        if (ok && r.Below is not null)
        {
            // The district's own documents: keyed with it, or keyed without it and resolved to it.
            var suffix = (r.Province is null ? "/" : "|" + r.Province + "/") + r.Below;
            ok = c.Key.EndsWith(suffix, StringComparison.Ordinal)
                || (!c.ProvinceBody && resolved is not null && resolved.TryGetValue(c.Key, out var to) && to.EndsWith(suffix, StringComparison.Ordinal));
        }
        else if (ok && r.Province is not null && c.Province is not null) ok = c.Province == r.Province;
        return ok;
    }
}
