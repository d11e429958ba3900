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

    public static SearchDocument From(IndexedPlan plan, PlanParser parser)
    {
        var r = plan.Record;
        var (docKey, numberKey) = PlanKeys.Of(parser, r);
        var cited = string.Join(" ; ", r.Citations.Select(c => c.Text));
        var citations = r.Citations.Select(c => StoredCitation.Of(c, plan, parser)).ToList();
        var hierarchy = citations.Where(c => c.Relation is CitationRelation.Implements or CitationRelation.Basis)
            .GroupBy(c => c.Key).Select(g => new HierarchyEdge(g.Key, g.Any(c => c.Relation == CitationRelation.Implements) ? CitationRelation.Implements : CitationRelation.Basis, g.First().Label))
            .ToList();
        var deadlines = r.Deadlines.Select(d => new DeadlineHit(d.Date, d.What, d.Text, plan.PageOf(d.Start), plan.Id, r.Number, r.Title, r.Issuer.Name)).ToList();
        return new SearchDocument
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
            ["body"] = plan.Text,
            ["bodyFolded"] = plan.Text,
            ["issuer"] = r.Issuer.Name,
            ["issuerFolded"] = r.Issuer.Name,
            ["level"] = r.Issuer.Level,
            ["province"] = r.Issuer.Province,
            ["provinceSlug"] = r.Issuer.Province is null ? null : TextFolding.Slug(r.Issuer.Province),
            ["year"] = r.Year,
            ["issueDate"] = r.IssueDate,
            ["citedKeys"] = citations.Select(c => c.Key).Distinct().ToArray(),
            ["citedNumberKeys"] = citations.Where(c => c.NumberKey is not null).Select(c => c.NumberKey!).Distinct().ToArray(),
            ["citedNumberYears"] = citations.Where(c => c.NumberKey is not null).Select(c => c.NumberKey + "@" + (c.Year?.ToString(CultureInfo.InvariantCulture) ?? "?")).Distinct().ToArray(),
            ["citedSerials"] = citations.Where(c => c.Serial is not null).Select(c => c.TypeId + ":" + c.Serial).Distinct().ToArray(),
            ["hierarchyKeys"] = hierarchy.Select(h => h.Key).ToArray(),
            ["deadlineDates"] = deadlines.Select(d => d.Date).Distinct().ToArray(),
            ["citationsJson"] = JsonSerializer.Serialize(citations, RecordJson.Options),
            ["hierarchyJson"] = JsonSerializer.Serialize(hierarchy, RecordJson.Options),
            ["deadlinesJson"] = JsonSerializer.Serialize(deadlines, RecordJson.Options),
            ["recordJson"] = RecordJson.Serialize(r),
            ["ingestedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
    }

    public static List<StoredCitation> Citations(SearchDocument d) => Json<List<StoredCitation>>(d, "citationsJson") ?? [];

    public static List<HierarchyEdge> Hierarchy(SearchDocument d) => Json<List<HierarchyEdge>>(d, "hierarchyJson") ?? [];

    public static List<DeadlineHit> Deadlines(SearchDocument d) => Json<List<DeadlineHit>>(d, "deadlinesJson") ?? [];

    public static string? Str(SearchDocument d, string field) => d.TryGetValue(field, out var v) ? v?.ToString() : null;

    private static T? Json<T>(SearchDocument d, string field) =>
        Str(d, field) is { } json ? JsonSerializer.Deserialize<T>(json, RecordJson.Options) : default;

    /// <summary>A citation as stored with its plan: what cites and trace need.</summary>
    internal sealed record StoredCitation(string Key, string? NumberKey, string TypeId, string? Serial, int? Year, string? Province,
        string Relation, string Text, string Sentence, int Page, string Label, string? Level = null)
    {
        public static StoredCitation Of(Citation c, IndexedPlan plan, PlanParser parser)
        {
            var symbol = c.Number is null ? null : parser.Symbols.ParseLoose(c.Number);
            var serial = symbol?.Serial.TrimStart('0') ?? (c.Number is { } n && n.All(char.IsDigit) ? n.TrimStart('0') : null);
            var (year, province) = PlanKeys.Parts(c.Key);
            var label = string.Join(" ", new[] { c.Type, c.Number ?? c.Name }.Where(s => !string.IsNullOrEmpty(s))) + (c.Issuer is null ? "" : " — " + c.Issuer);
            return new StoredCitation(c.Key, symbol?.KeyForm, c.TypeId, serial, year, province, c.Relation, c.Text,
                SentenceLocator.Around(plan.Text, c.Start, c.End), plan.PageOf(c.Start), label, c.Level);
        }
    }

    /// <summary>An implements/basis edge from a plan to a document key.</summary>
    internal sealed record HierarchyEdge(string Key, string Relation, string Label);
}
