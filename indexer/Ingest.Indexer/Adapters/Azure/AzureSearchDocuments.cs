using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Search.Documents.Models;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Serialization;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>Maps plans to the search service's documents and back. The domain records know nothing of the service.</summary>
internal static class AzureSearchDocuments
{
    /// <summary>A document key the service accepts (letters, digits, '-', '_', '='): the plan id in URL-safe base64.</summary>
    public static string Key(string planId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(planId)).Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// The most a document may weigh as JSON. The service refuses requests over 16 MB; a batch of one must fit with
    /// room for the envelope, and the SDK may escape every non-ASCII character (six bytes for one).
    /// </summary>
    public const int MaxDocumentBytes = 12 * 1024 * 1024;

    public static SearchDocument From(IndexedPlan plan, PlanParser parser)
    {
        var r = plan.Record;
        var (docKey, numberKey) = PlanKeys.Of(parser, r);
        var cited = string.Join(" ; ", r.Citations.Select(c => c.Text));
        var citations = r.Citations.Select(c => StoredCitation.Of(c, plan, parser)).ToList();
        var hierarchy = citations.Where(c => c.Relation is CitationRelation.Implements or CitationRelation.Basis)
            .GroupBy(c => c.Key).Select(g => new HierarchyEdge(g.Key, g.Any(c => c.Relation == CitationRelation.Implements) ? CitationRelation.Implements : CitationRelation.Basis, g.First().Label,
                g.All(c => c.ProvinceBody)))
            .ToList();
        var deadlines = r.Deadlines.Select(d => new DeadlineHit(d.Date, d.What, d.Text, plan.PageOf(d.Start), plan.Id, r.Number, r.Title, r.Issuer.Name)).ToList();
        var document = new SearchDocument
        {
            ["id"] = Key(plan.Id),
            ["planId"] = plan.Id,
            ["contentHash"] = plan.ContentHash,
            ["docKey"] = docKey,
            ["numberKey"] = numberKey,
            ["number"] = r.Number,
            ["docType"] = r.DocType,
            ["docTypeId"] = r.DocTypeId,
            ["title"] = r.Title,
            ["titleFolded"] = r.Title,
            ["cited"] = cited,
            ["citedFolded"] = cited,
            ["body"] = "",
            ["bodyFolded"] = "",
            ["issuer"] = r.Issuer.Name,
            ["issuerFolded"] = r.Issuer.Name,
            ["level"] = r.Issuer.Level,
            ["province"] = r.Issuer.Province,
            ["provinceSlug"] = r.Issuer.Province is null ? null : TextFolding.Slug(r.Issuer.Province),
            ["year"] = r.Year,
            ["issueDate"] = Date(r.IssueDate),
            // A document cited by number and name is found by either (PlanKeys.NameKey).
            ["citedKeys"] = citations.SelectMany(c => c.NameKey is null ? [c.Key] : new[] { c.Key, c.NameKey }).Distinct().ToArray(),
            ["citedNumberKeys"] = citations.Where(c => c.NumberKey is not null).Select(c => c.NumberKey!).Distinct().ToArray(),
            ["citedNumberYears"] = citations.Where(c => c.NumberKey is not null).Select(c => c.NumberKey + "@" + (c.Year?.ToString(CultureInfo.InvariantCulture) ?? "?")).Distinct().ToArray(),
            ["citedJurisdictions"] = citations.Where(c => c.NumberKey is not null).SelectMany(Jurisdictions).Distinct().ToArray(),
            ["citedSerials"] = citations.Where(c => c.Serial is not null).Select(c => c.TypeId + ":" + c.Serial).Distinct().ToArray(),
            ["hierarchyKeys"] = hierarchy.Select(h => h.Key).ToArray(),
            ["deadlineDates"] = deadlines.Select(d => d.Date).Distinct().Select(d => Date(d)).OfType<DateTimeOffset>().ToArray(),
            ["citationsJson"] = JsonSerializer.Serialize(citations, RecordJson.CompactOptions),
            ["hierarchyJson"] = JsonSerializer.Serialize(hierarchy, RecordJson.CompactOptions),
            ["deadlinesJson"] = JsonSerializer.Serialize(deadlines, RecordJson.CompactOptions),
            ["ingestedAt"] = DateTimeOffset.UtcNow,
        };
        var (text, capped) = Bounded(plan.Text, JsonBytes(JsonSerializer.Serialize(document)));
        document["body"] = text;
        document["bodyFolded"] = text;
        document["textCapped"] = capped;
        return document;
    }

    // "143/KH-UBND@quang-ngai/huyen-son-tinh", and "143/KH-UBND@*/huyen-son-tinh" for a query naming the district
    // without its province; "…@?" when the province is unknown.
    private static IEnumerable<string> Jurisdictions(StoredCitation c)
    {
        var place = c.Province ?? "?";
        yield return c.NumberKey + "@" + place;
        var slash = place.LastIndexOf('/');
        if (slash >= 0) yield return c.NumberKey + "@*/" + place[(slash + 1)..];
    }

    /// <summary>
    /// The plan's text, cut so that both text fields fit in <see cref="MaxDocumentBytes"/> beside the other
    /// fields (<paramref name="otherBytes"/>); the flag says it was cut, and the record in blob storage keeps
    /// everything the parser read from the whole text.
    /// </summary>
    internal static (string Text, bool Capped) Bounded(string text, long otherBytes)
    {
        var sample = text.Length <= 65_536 ? text : text[..65_536];
        var perChar = sample.Length == 0 ? 1.0 : Math.Max(1.0, (double)JsonBytes(JsonSerializer.Serialize(sample)) / sample.Length);
        var budget = (long)((MaxDocumentBytes - otherBytes) / 2 / perChar);
        if (text.Length <= budget) return (text, false);
        var cut = (int)Math.Max(0, budget);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return (text[..cut], true);
    }

    private static long JsonBytes(string json) => Encoding.UTF8.GetByteCount(json);

    /// <summary>An ISO date as the service's Edm.DateTimeOffset (midnight UTC), or null.</summary>
    public static DateTimeOffset? Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>An Edm.DateTimeOffset field read back as an ISO date.</summary>
    public static string? IsoDate(SearchDocument d, string field) => d.TryGetValue(field, out var v) ? v switch
    {
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var o) => o.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    } : null;

    /// <summary>An OData DateTimeOffset literal for a date (unquoted, as the filter syntax writes it).</summary>
    public static string DateLiteral(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static List<StoredCitation> Citations(SearchDocument d) => Json<List<StoredCitation>>(d, "citationsJson") ?? [];

    public static List<HierarchyEdge> Hierarchy(SearchDocument d) => Json<List<HierarchyEdge>>(d, "hierarchyJson") ?? [];

    public static List<DeadlineHit> Deadlines(SearchDocument d) => Json<List<DeadlineHit>>(d, "deadlinesJson") ?? [];

    public static string? Str(SearchDocument d, string field) => d.TryGetValue(field, out var v) ? v?.ToString() : null;

    private static T? Json<T>(SearchDocument d, string field) =>
        Str(d, field) is { } json ? JsonSerializer.Deserialize<T>(json, RecordJson.Options) : default;

    /// <summary>
    /// A citation as stored with its plan: what cites and trace need. <see cref="ProvinceBody"/> is true when the
    /// citation names the province's own body ("của UBND tỉnh Quảng Ngãi"): such an edge is never resolved to a
    /// district's plan of the same number, as the embedded index decides at ingestion.
    /// </summary>
    internal sealed record StoredCitation(string Key, string? NumberKey, string TypeId, string? Serial, int? Year, string? Province,
        string Relation, string Text, string Sentence, int Page, string Label, string? Level = null, bool ProvinceBody = false, string? NameKey = null)
    {
        public static StoredCitation Of(Citation c, IndexedPlan plan, PlanParser parser)
        {
            var symbol = parser.Symbols.ParseCited(c.Number, c.TypeId); // "Nghị định 41/2012" files under 41/2012/NĐ-CP
            var serial = symbol?.Serial.TrimStart('0') ?? (c.Number is { } n && n.All(char.IsDigit) ? n.TrimStart('0') : null);
            var (year, province) = PlanKeys.Parts(c.Key);
            var label = string.Join(" ", new[] { c.Type, c.Number ?? c.Name }.Where(s => !string.IsNullOrEmpty(s))) + (c.Issuer is null ? "" : " — " + c.Issuer);
            return new StoredCitation(c.Key, symbol?.KeyForm, c.TypeId, serial, year, province, c.Relation, c.Text,
                SentenceLocator.Around(plan.Text, c.Start, c.End), plan.PageOf(c.Start), label, c.Level,
                c.Issuer is not null && parser.Keys.NamesProvinceBody(c.Issuer), PlanKeys.NameKey(parser, c));
        }
    }

    /// <summary>
    /// An implements/basis edge from a plan to a document key; <see cref="ProvinceBody"/> when every citation behind
    /// it names the province's own body, so it never resolves to a district's plan.
    /// </summary>
    internal sealed record HierarchyEdge(string Key, string Relation, string Label, bool ProvinceBody = false);
}
