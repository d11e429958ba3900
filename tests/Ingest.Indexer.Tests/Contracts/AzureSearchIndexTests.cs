using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Search.Documents;
using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Tests.Doubles;
using System.Text;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The contract suite on the Azure AI Search adapter, against the local HTTP double of the REST API (a
/// contract test: no live service is reachable from here), plus checks of what the adapter sends.
/// </summary>
public sealed class AzureSearchIndexTests : SearchIndexContract
{
    private SearchServiceDouble? _service;
    private readonly string _records = Directory.CreateTempSubdirectory("ingest-azure-records-").FullName;

    protected override async Task<(ISearchIndex, IReferenceGraph, IPlanCatalog)> CreateAsync()
    {
        _service = await SearchServiceDouble.StartAsync();
        var index = Create(_service, _records);
        await index.EnsureIndexAsync();
        return (index, index, index);
    }

    protected override async Task DisposeIndexAsync()
    {
        if (_service is not null)
        {
            Assert.True(_service.Refused.IsEmpty, "the double refused: " + string.Join("\n", _service.Refused));
            await _service.DisposeAsync();
        }
        Directory.Delete(_records, recursive: true);
    }

    internal static AzureSearchPlanIndex Create(SearchServiceDouble service, string records)
    {
        // The SDK accepts only https endpoints; the double speaks plain http on loopback, so a test-only policy
        // rewrites the scheme on the way out.
        var options = new SearchClientOptions(SearchClientOptions.ServiceVersion.V2023_11_01);
        options.AddPolicy(new HttpOnLoopback(), HttpPipelinePosition.PerRetry);
        var endpoint = new UriBuilder(service.Endpoint) { Scheme = "https" }.Uri;
        return new AzureSearchPlanIndex(endpoint, new AzureKeyCredential(SearchServiceDouble.ApiKey), new FileSystemBlobStore(records), "plans", PlanFixtures.Parser, options);
    }

    [Fact]
    public async Task Every_request_uses_the_documented_paths_and_api_version()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        await Index.SearchAsync(new SearchQuery { Text = "thi đua", Level = "province" });
        await Graph.CitesAsync("34-CT/TW");
        Assert.All(_service!.Requests, r => Assert.Contains("api-version=" + SearchServiceDouble.ApiVersion, r));
        Assert.Contains(_service.Requests, r => r.StartsWith("PUT /indexes('plans')"));
        Assert.Contains(_service.Requests, r => r.StartsWith("POST /indexes('plans')/docs/search.index"));
        Assert.Contains(_service.Requests, r => r.StartsWith("POST /indexes('plans')/docs/search.post.search"));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_surfaces_as_an_error()
    {
        var options = new SearchClientOptions(SearchClientOptions.ServiceVersion.V2023_11_01);
        options.AddPolicy(new HttpOnLoopback(), HttpPipelinePosition.PerRetry);
        options.Retry.MaxRetries = 0;
        var endpoint = new UriBuilder(_service!.Endpoint) { Scheme = "https" }.Uri;
        var wrong = new AzureSearchPlanIndex(endpoint, new AzureKeyCredential("wrong"), new FileSystemBlobStore(_records), "plans", PlanFixtures.Parser, options);
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => wrong.SearchAsync(new SearchQuery { Text = "x" }));
        Assert.Equal(403, e.Status);
        while (_service.Refused.TryDequeue(out _)) { } // expected refusals, not adapter drift
    }

    private int Searches() => _service!.Requests.Count(r => r.StartsWith("POST /indexes('plans')/docs/search.post.search"));

    private void Forget() { while (_service!.Requests.TryDequeue(out _)) { } }

    [Fact]
    public async Task Upserting_new_plans_costs_one_lookup_and_one_batch()
    {
        Forget();
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        Assert.Equal(1, Searches());
        Assert.Single(_service!.Requests, r => r.Contains("/docs/search.index"));
        Assert.Equal(2, _service.Requests.Count());
    }

    [Fact]
    public async Task Cites_costs_one_request_per_page_of_a_thousand_citing_plans()
    {
        await Index.UpsertAsync(Enumerable.Range(1, 1500).Select(i => PlanFixtures.Plan($"p/{i}.txt", "ỦY BAN NHÂN DÂN\nXÃ AN " + i,
            $"{i}/KH-UBND", "An Giang, ngày 10 tháng 8 năm 2021", "Thi đua", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ")).ToList());
        Forget();
        Assert.Equal(1500, (await Graph.CitesAsync("19/CT-TTg")).All.Count());
        Assert.Equal(2, Searches());
    }

    [Fact]
    public async Task A_cite_naming_a_district_costs_one_request_for_the_document_and_one_per_page()
    {
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        Forget();
        var cites = await Graph.CitesAsync("Kế hoạch 15/KH-UBND của UBND huyện Sơn Tịnh");
        Assert.Equal(("h/district.txt", "h/commune.txt"), (cites.IndexedPlanId, Assert.Single(cites.All).PlanId));
        Assert.Equal(2, Searches());
        // The service narrows: the filter names the district, rather than asking for every plan citing any 15/KH-UBND.
        Assert.Contains(_service!.Filters, f => f.StartsWith("citedJurisdictions/any(") && f.Contains("15/KH-UBND@*/huyen-son-tinh"));
    }

    [Fact]
    public async Task Trace_costs_one_request_per_level()
    {
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        Forget();
        var root = await Graph.TraceAsync("h/central.txt", TraceDirection.Down);
        Assert.Equal("h/commune.txt", root!.Children[0].Children[0].Children[0].PlanId);
        // Levels below the directive: province, district, commune, and the empty level under the commune.
        Assert.Equal(4, Searches());
    }

    [Fact]
    public async Task A_plan_too_large_for_one_document_is_indexed_with_its_text_capped()
    {
        var body = new StringBuilder();
        while (body.Length < 9_000_000) body.Append("Tuyên truyền, phổ biến, quán triệt nội dung kế hoạch đến cán bộ, đảng viên và nhân dân.\n");
        var plan = PlanFixtures.Plan("big/rat-lon.txt", "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN", "78/KH-UBND", "Phú Yên, ngày 05 tháng 5 năm 2023",
            "Khuyến học khuyến tài", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", body.ToString());
        Assert.Equal(IngestOutcome.Added, Assert.Single(await Index.UpsertAsync([plan])));
        Assert.InRange(_service!.LargestRequestBytes, 1, SearchServiceDouble.MaxRequestBytes);
        Assert.Equal("big/rat-lon.txt", Assert.Single((await Index.SearchAsync(new SearchQuery { Text = "khuyến tài" })).Hits).PlanId);
        Assert.True(_service.StoredField("big/rat-lon.txt", "textCapped"));
    }

    private sealed class HttpOnLoopback : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.Host == "127.0.0.1") message.Request.Uri.Scheme = "http";
        }
    }
}
