using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Search.Documents;
using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Tests.Doubles;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The contract suite on the Azure AI Search adapter, against the local HTTP double of the REST API (a
/// contract test: no live service is reachable from here), plus checks of what the adapter sends.
/// </summary>
public sealed class AzureSearchIndexTests : SearchIndexContract
{
    private SearchServiceDouble? _service;

    protected override async Task<(ISearchIndex, IReferenceGraph, IPlanCatalog)> CreateAsync()
    {
        _service = await SearchServiceDouble.StartAsync();
        var index = Create(_service);
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
    }

    private static AzureSearchPlanIndex Create(SearchServiceDouble service)
    {
        // The SDK accepts only https endpoints; the double speaks plain http on loopback, so a test-only policy
        // rewrites the scheme on the way out.
        var options = new SearchClientOptions(SearchClientOptions.ServiceVersion.V2023_11_01);
        options.AddPolicy(new HttpOnLoopback(), HttpPipelinePosition.PerRetry);
        var endpoint = new UriBuilder(service.Endpoint) { Scheme = "https" }.Uri;
        return new AzureSearchPlanIndex(endpoint, new AzureKeyCredential(SearchServiceDouble.ApiKey), "plans", PlanFixtures.Parser, options);
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
        var wrong = new AzureSearchPlanIndex(endpoint, new AzureKeyCredential("wrong"), "plans", PlanFixtures.Parser, options);
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => wrong.SearchAsync(new SearchQuery { Text = "x" }));
        Assert.Equal(403, e.Status);
        while (_service.Refused.TryDequeue(out _)) { } // expected refusals, not adapter drift
    }

    private sealed class HttpOnLoopback : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.Host == "127.0.0.1") message.Request.Uri.Scheme = "http";
        }
    }
}
