using Azure.Search.Documents.Indexes.Models;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// The Azure AI Search index for plans, defined once here and created or updated by the app on start.
/// Text is indexed twice: with the Vietnamese analyzer (marks kept, so a query typed with marks scores higher
/// on exact matches) and with ASCII folding (marks and đ folded, so "dong nai" finds "Đồng Nai"). Dates are
/// <c>Edm.DateTimeOffset</c> so that ranges work inside <c>any()</c>. The record itself is not stored here: it
/// lives in blob storage (records/), so a document holds only what search, cites, trace and deadlines answer
/// from, and stays under the service's 16 MB request limit.
/// </summary>
public static class AzureSearchSchema
{
    // Scoring-profile names take letters, digits and underscores only (a hyphen makes index creation fail).
    public const string ScoringProfile = "title_and_citations";

    /// <summary>What a search hit shows: the fields its answer is built from, nothing more.</summary>
    public static readonly string[] HitFields = ["planId", "number", "title", "issuer", "level", "province", "year", "issueDate", "docType"];

    /// <summary>What a citing plan shows in a cites answer.</summary>
    public static readonly string[] CiteFields = ["id", "planId", "docKey", "number", "title", "issuer", "level", "province", "issueDate", "numberKey", "year", "citationsJson"];

    /// <summary>What a trace node needs: its keys, label and edges.</summary>
    public static readonly string[] TraceFields = ["id", "planId", "docKey", "numberKey", "number", "title", "issuer", "level", "docType", "hierarchyJson"];

    /// <summary>What the catalog reads besides the record in blob storage.</summary>
    public static readonly string[] CatalogFields = ["id", "planId", "contentHash", "docKey", "ingestedAt"];

    /// <summary>The fields searched by a text query.</summary>
    public static readonly string[] SearchFields = ["title", "titleFolded", "cited", "citedFolded", "body", "bodyFolded"];

    /// <summary>The facet fields, under the names the embedded index uses.</summary>
    public static readonly (string Facet, string Field)[] Facets =
        [("level", "level"), ("province", "province"), ("year", "year"), ("issuer", "issuer"), ("type", "docType")];

    public static SearchIndex Build(string name)
    {
        var vi = LexicalAnalyzerName.ViMicrosoft;
        var folded = LexicalAnalyzerName.StandardAsciiFoldingLucene;
        var index = new SearchIndex(name)
        {
            Fields =
            {
                // Sortable, so large result sets are read page after page by key (the service caps skip at 100,000).
                new SimpleField("id", SearchFieldDataType.String) { IsKey = true, IsFilterable = true, IsSortable = true },
                Filterable("planId"), Filterable("contentHash"), Filterable("docKey"), Filterable("numberKey"),
                new SimpleField("number", SearchFieldDataType.String),
                Facetable("docType"), Filterable("docTypeId"),
                Text("title", vi), Text("titleFolded", folded),
                Text("cited", vi), Text("citedFolded", folded),
                Text("body", vi), Text("bodyFolded", folded),
                Facetable("issuer"), Text("issuerFolded", folded),
                Facetable("level"), Facetable("province"), Filterable("provinceSlug"),
                new SimpleField("year", SearchFieldDataType.Int32) { IsFilterable = true, IsFacetable = true },
                new SimpleField("issueDate", SearchFieldDataType.DateTimeOffset) { IsFilterable = true, IsSortable = true },
                Collection("citedKeys"), Collection("citedNumberKeys"), Collection("citedNumberYears"), Collection("citedSerials"),
                // Number and jurisdiction of each citation, so a cite naming a district is narrowed by the service.
                Collection("citedJurisdictions"),
                Collection("hierarchyKeys"),
                new SimpleField("deadlineDates", SearchFieldDataType.Collection(SearchFieldDataType.DateTimeOffset)) { IsFilterable = true },
                new SimpleField("citationsJson", SearchFieldDataType.String),
                new SimpleField("hierarchyJson", SearchFieldDataType.String),
                new SimpleField("deadlinesJson", SearchFieldDataType.String),
                new SimpleField("textCapped", SearchFieldDataType.Boolean) { IsFilterable = true },
                new SimpleField("ingestedAt", SearchFieldDataType.DateTimeOffset),
            },
        };
        index.ScoringProfiles.Add(new ScoringProfile(ScoringProfile)
        {
            TextWeights = new TextWeights(new Dictionary<string, double>
            {
                ["title"] = 5, ["titleFolded"] = 5, ["cited"] = 3, ["citedFolded"] = 3, ["body"] = 1, ["bodyFolded"] = 1,
            }),
        });
        return index;
    }

    private static SimpleField Filterable(string name) => new(name, SearchFieldDataType.String) { IsFilterable = true };

    private static SimpleField Facetable(string name) => new(name, SearchFieldDataType.String) { IsFilterable = true, IsFacetable = true };

    private static SimpleField Collection(string name) => new(name, SearchFieldDataType.Collection(SearchFieldDataType.String)) { IsFilterable = true };

    private static SearchableField Text(string name, LexicalAnalyzerName analyzer) => new(name) { AnalyzerName = analyzer };
}
