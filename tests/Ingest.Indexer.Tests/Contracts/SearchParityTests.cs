using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Tests.Doubles;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The same plans in both backends, the same query text typed into each: the embedded index (Lucene.Net's
/// simple parser) and the Azure adapter (the full syntax it writes, against the search double that parses it as
/// the service does) must find the same plans, for every operator, field term and malformed input (issue 16).
/// </summary>
public sealed class SearchParityTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-parity-").FullName;
    private SqlitePlanIndex _embedded = null!;
    private SearchServiceDouble _service = null!;
    private ISearchIndex _azure = null!;

    public static readonly string[] Queries =
    [
        "thi đua", "thi dua", "\"thi đua\"", "\"đua thi\"", "thi -đua", "-thi", "--thi", "- thi", "thi | quản", "quản | chuyển -định",
        "(quản | chuyển) -định", "quản+định", "thi -(đua | quản)", "chuyen*", "Chuyển*", "qu*", "thuonx~1", "thuong~2", "\"chuyen so\"~1",
        "\"chuyển số\"~2", "34-CT/TW", "Chỉ thị 34-CT/TW", "ct/tw", "chi thi 34 ct tw", "title:\"thi đua\"", "title:thi -body:khánh",
        "cited:34", "body:\"khen thưởng\"", "issuer:\"ban dân tộc\"", "level:district", "-level:province thi", "province:\"Đồng Nai\"",
        "year:2021", "-year:2021", "year:hai", "type:ke-hoach", "a:b", "x^2", "[1 TO 2]", "{a}", "/thi/", "thi~", "!thi", "&&", "|| thi",
        "NOT thi", "thi AND đua", "OR thi", "thi\\", "\"thi\"~", "?", "\"", "(", ")", "-", "+", "|", "*", "~", "\\", "((thi", "\"thi đua",
        "-thi -đua", "(thi", "thi)", "title:", "level:\"", "a AND", "số 1/CT-UBND", "U.B.N.D", "\"Định Quán\" | \"đô thị\"",
    ];

    public async Task InitializeAsync()
    {
        _embedded = new SqlitePlanIndex(Path.Combine(_dir, "index.db"), PlanFixtures.Parser);
        _service = await SearchServiceDouble.StartAsync();
        var azure = AzureSearchIndexTests.Create(_service, Path.Combine(_dir, "records"));
        await azure.EnsureIndexAsync();
        _azure = azure;
        IReadOnlyList<IndexedPlan> plans = [.. PlanFixtures.Samples(), .. PlanFixtures.Places()];
        await _embedded.UpsertAsync(plans);
        await _azure.UpsertAsync(plans);
    }

    public async Task DisposeAsync()
    {
        _embedded.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _service.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Both_backends_find_the_same_plans_for_every_query()
    {
        var differences = new List<string>();
        foreach (var text in Queries)
        {
            var (embedded, azure) = (await Found(_embedded, text), await Found(_azure, text));
            if (embedded != azure) differences.Add($"{text}: embedded [{embedded}], azure [{azure}]");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.True(_service.Refused.IsEmpty, "the double refused: " + string.Join("\n", _service.Refused));
    }

    private static async Task<string> Found(ISearchIndex index, string text)
    {
        var results = await index.SearchAsync(new SearchQuery { Text = text, PageSize = 50 });
        return results.Total + ": " + string.Join(", ", results.Hits.Select(h => h.PlanId).Order(StringComparer.Ordinal));
    }
}
