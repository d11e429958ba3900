using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Storage;
using Ingest.Indexer.Tests.Doubles;

namespace Ingest.Functions.Tests;

/// <summary>
/// End to end on Azurite: the app stores blobs through the Blob REST client; a plan blob is uploaded to
/// plans/, the BlobCreated event reaches the handler in the Functions envelope, and the plan is searchable
/// over HTTP; a corrupt file ends in failed/ with its reason while the original stays.
/// </summary>
[Collection("functions")]
public sealed class AzuriteEndToEndTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private FunctionsApp _app = null!;
    private AzureBlobStore _blobs = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _app = new FunctionsApp(new Dictionary<string, string>
        {
            ["INGEST_BLOB_ENDPOINT"] = _azurite.Endpoint.ToString(),
            ["INGEST_BLOB_ACCOUNT"] = AzuriteServer.Account,
            ["INGEST_BLOB_KEY"] = AzuriteServer.Key,
        });
        await _app.Client.GetAsync("/api/health"); // starts the app, which creates the containers
        _blobs = new AzureBlobStore(_http, _azurite.Endpoint, AzuriteServer.Account, AzuriteServer.Key);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        _http.Dispose();
        await _azurite.DisposeAsync();
    }

    private static object Event(string blob) => new
    {
        Data = new { eventGridEvent = new { eventType = "Microsoft.Storage.BlobCreated", subject = "/blobServices/default/containers/plans/blobs/" + blob, id = Guid.NewGuid() } },
        Metadata = new { },
    };

    [Fact]
    public async Task An_uploaded_blob_becomes_a_searchable_plan_and_a_bad_one_a_failure_report()
    {
        var text = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "huyen-dong-nai-thi-dua-2021.md"));
        await _blobs.PutAsync(BlobContainers.Plans, "2021/huyện.md", text);
        var ok = await _app.Client.PostAsJsonAsync("/IngestPlan", Event(Uri.EscapeDataString("2021/huyện.md").Replace("%2F", "/")));
        Assert.True(ok.IsSuccessStatusCode);
        var cites = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/cites?document=45-CT/TW");
        Assert.Equal("2021/huyện.md", cites.GetProperty("byLevel").GetProperty("district")[0].GetProperty("planId").GetString());
        Assert.NotNull(await _blobs.GetAsync(BlobContainers.Records, "2021/huyện.md.json"));

        await _blobs.PutAsync(BlobContainers.Plans, "bad.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 truncated"));
        await _app.Client.PostAsJsonAsync("/IngestPlan", Event("bad.pdf"));
        var report = JsonDocument.Parse(await _blobs.GetAsync(BlobContainers.Failed, "bad.pdf.json") ?? []).RootElement;
        Assert.Equal("corrupt", report.GetProperty("reason").GetString());
        Assert.NotNull(await _blobs.GetAsync(BlobContainers.Plans, "bad.pdf"));
    }
}
