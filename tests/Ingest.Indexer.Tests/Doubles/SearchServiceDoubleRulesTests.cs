using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// The search double refuses what the documented service refuses, so an adapter request that would fail in Azure
/// fails here (issue 16: a hyphenated scoring profile, a range inside any() over strings, a skip past 100,000, a
/// malformed query in the full syntax); and it evaluates the full syntax as documented.
/// </summary>
public class SearchServiceDoubleRulesTests
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["tags"] = "Collection(Edm.String)", ["dates"] = "Collection(Edm.DateTimeOffset)",
    };

    [Theory]
    [InlineData("tags/any(t: t ge 'a' and t le 'b')")]
    [InlineData("tags/any(t: t ne 'a')")]
    [InlineData("tags/any(t: not (t eq 'a'))")]
    public void Ranges_inside_any_over_strings_are_refused(string filter) =>
        Assert.Throws<FormatException>(() => ODataFilter.Parse(filter, Types));

    [Theory]
    [InlineData("tags/any(t: t eq 'a' or t eq 'b')", true)]
    [InlineData("tags/any(t: search.in(t, 'x^b', '^'))", true)]
    [InlineData("dates/any(d: d ge 2022-03-01T00:00:00Z and d le 2022-03-31T00:00:00Z)", true)]
    [InlineData("dates/any(d: d ge 2022-04-01T00:00:00Z)", false)]
    public void Allowed_filters_evaluate_as_documented(string filter, bool matches)
    {
        var doc = new JsonObject { ["tags"] = new JsonArray("a", "b"), ["dates"] = new JsonArray("2022-03-15T00:00:00Z") };
        Assert.Equal(matches, ODataFilter.Parse(filter, Types)(doc));
    }

    private static readonly HashSet<string> Searchable = ["title", "titleFolded", "body", "bodyFolded"];

    [Theory]
    [InlineData("34-CT/TW")] // '/' starts a regular expression that never ends
    [InlineData("\"thi đua")]
    [InlineData("(thi")]
    [InlineData("thi)")]
    [InlineData("thi AND")]
    [InlineData("OR thi")]
    [InlineData("+")]
    [InlineData("titleFolded:")]
    [InlineData("level:district")] // not a searchable field
    [InlineData("thi^2")]
    [InlineData("[1 TO 2]")]
    [InlineData("th*i")]
    public void Malformed_full_syntax_queries_are_refused(string query) =>
        Assert.Throws<FormatException>(() => FullQuerySyntax.Parse(query, Searchable));

    [Theory]
    [InlineData("thi", true)]
    [InlineData("\"thi đua\"", true)]
    [InlineData("\"đua thi\"", false)] // a phrase is its words in order, side by side
    [InlineData("\"thi khen\"", false)]
    [InlineData("\"thi khen\"~1", true)]
    [InlineData("+thi -khen", false)]
    [InlineData("-quan", true)] // exclusions only: everything but
    [InlineData("quan OR khen", true)]
    [InlineData("quan khen", false)] // searchMode=all: every clause required
    [InlineData("titleFolded:khen", false)]
    [InlineData("bodyFolded:(khen AND \"thi dua\")", true)]
    [InlineData("34\\-CT\\/TW", true)]
    [InlineData("thuo*", true)]
    [InlineData("thuonx~1", true)]
    public void The_full_syntax_evaluates_as_documented(string query, bool matches)
    {
        var doc = new JsonObject { ["titleFolded"] = "Thi đua năm 2021", ["bodyFolded"] = "Phong trào thi đua, khen thưởng; Chỉ thị 34-CT/TW" };
        var context = new QueryTree.Context(["titleFolded", "bodyFolded"], new Dictionary<string, double>());
        Assert.Equal(matches, FullQuerySyntax.Parse(query, Searchable).Evaluate(doc, context).Match);
    }

    [Fact]
    public async Task A_hyphenated_scoring_profile_and_a_far_skip_are_refused()
    {
        await using var service = await SearchServiceDouble.StartAsync();
        using var http = new HttpClient { BaseAddress = service.Endpoint };
        http.DefaultRequestHeaders.Add("api-key", SearchServiceDouble.ApiKey);
        var query = "?api-version=" + SearchServiceDouble.ApiVersion;
        var index = new JsonObject
        {
            ["name"] = "plans",
            ["fields"] = new JsonArray(new JsonObject { ["name"] = "id", ["type"] = "Edm.String", ["key"] = true }),
            ["scoringProfiles"] = new JsonArray(new JsonObject { ["name"] = "title-and-citations" }),
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PutAsJsonAsync("/indexes('plans')" + query, index)).StatusCode);
        index["scoringProfiles"] = new JsonArray(new JsonObject { ["name"] = "title_and_citations" });
        Assert.Equal(HttpStatusCode.Created, (await http.PutAsJsonAsync("/indexes('plans')" + query, index)).StatusCode);
        var far = await http.PostAsJsonAsync("/indexes('plans')/docs/search.post.search" + query, new JsonObject { ["search"] = "*", ["skip"] = 100_001 });
        Assert.Equal(HttpStatusCode.BadRequest, far.StatusCode);
        var malformed = await http.PostAsJsonAsync("/indexes('plans')/docs/search.post.search" + query,
            new JsonObject { ["search"] = "34-CT/TW", ["queryType"] = "full", ["searchMode"] = "all" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
