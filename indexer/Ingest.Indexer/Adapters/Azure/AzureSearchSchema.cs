using Azure.Search.Documents.Indexes.Models;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// The Azure AI Search index for plans, defined once here and created or updated by the app on start.
/// Text is indexed twice: with the Vietnamese analyzer (marks kept, so a query typed with marks scores higher
/// on exact matches) and with ASCII folding (marks and đ folded, so "dong nai" finds "Đồng Nai").
/// </summary>
public static class AzureSearchSchema
{
    public const string ScoringProfile = "title-and-citations";

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
                new SimpleField("id", SearchFieldDataType.String) { IsKey = true },
                Filterable("planId"), Filterable("contentHash"), Filterable("docKey"), Filterable("numberKey"),
                new SimpleField("number", SearchFieldDataType.String),
                Facetable("docType"), Filterable("docTypeId"),
                Text("title", vi), Text("titleFolded", folded),
                Text("cited", vi), Text("citedFolded", folded),
                Text("body", vi), Text("bodyFolded", folded),
                Facetable("issuer"), Text("issuerFolded", folded),
                Facetable("level"), Facetable("province"), Filterable("provinceSlug"),
                new SimpleField("year", SearchFieldDataType.Int32) { IsFilterable = true, IsFacetable = true },
                new SimpleField("issueDate", SearchFieldDataType.String) { IsFilterable = true, IsSortable = true },
                Collection("citedKeys"), Collection("citedNumberKeys"), Collection("citedNumberYears"), Collection("citedSerials"),
                Collection("hierarchyKeys"), Collection("deadlineDates"),
                new SimpleField("citationsJson", SearchFieldDataType.String),
                new SimpleField("hierarchyJson", SearchFieldDataType.String),
                new SimpleField("deadlinesJson", SearchFieldDataType.String),
                new SimpleField("recordJson", SearchFieldDataType.String),
                new SimpleField("ingestedAt", SearchFieldDataType.String),
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
