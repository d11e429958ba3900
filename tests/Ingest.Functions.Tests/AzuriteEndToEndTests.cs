using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.Functions.Hosting;
using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Storage;
using Ingest.Indexer.Tests.Doubles;

namespace Ingest.Functions.Tests;

/// <summary>
/// End to end on Azurite: the app keeps its blobs in Blob Storage through Azure.Storage.Blobs; a plan blob
/// is uploaded to plans/, its BlobCreated event (Event Grid schema, as the platform posts it) reaches the
/// host's blob webhook, and the plan is searchable over HTTP; a corrupt file ends in failed/ with its reason
/// while the original stays.
/// </summary>
[Collection("functions")]
public sealed class AzuriteEndToEndTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private FunctionsApp _app = null!;
    private IBlobStore _blobs = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        var connection = AzureServices.ConnectionString(_azurite.Endpoint, AzuriteServer.Account, AzuriteServer.Key);
        _app = new FunctionsApp(new Dictionary<string, string> { [IngestSettings.BlobConnectionName] = connection });
        _blobs = await AzureServices.BlobStoreAsync(connection, null);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _azurite.DisposeAsync();
    }

    private Task<HttpResponseMessage> Deliver(string blob)
    {
        var url = $"{_azurite.Endpoint}/plans/" + string.Join('/', blob.Split('/').Select(Uri.EscapeDataString));
        var body = JsonSerializer.Serialize(new[]
        {
            new
            {
                id = Guid.NewGuid(), eventType = "Microsoft.Storage.BlobCreated", subject = "/blobServices/default/containers/plans/blobs/" + blob,
                eventTime = DateTimeOffset.UtcNow, dataVersion = "", metadataVersion = "1",
                data = new { api = "PutBlob", blobType = "BlockBlob", url },
            },
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("aeg-event-type", "Notification");
        return _app.Authorized().SendAsync(request);
    }

    [Fact]
    public async Task An_uploaded_blob_becomes_a_searchable_plan_and_a_bad_one_a_failure_report()
    {
        var text = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "huyen-dong-nai-thi-dua-2021.md"));
        await _blobs.PutAsync(BlobContainers.Plans, "2021/huyện.md", text);
        Assert.Equal(HttpStatusCode.OK, (await Deliver("2021/huyện.md")).StatusCode);
        var cites = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/cites?document=45-CT/TW");
        Assert.Equal("2021/huyện.md", cites.GetProperty("byLevel").GetProperty("district")[0].GetProperty("planId").GetString());
        Assert.NotNull(await _blobs.GetAsync(BlobContainers.Records, "2021/huyện.md.json"));

        await _blobs.PutAsync(BlobContainers.Plans, "bad.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 truncated"));
        Assert.Equal(HttpStatusCode.OK, (await Deliver("bad.pdf")).StatusCode);
        var report = JsonDocument.Parse(await _blobs.GetAsync(BlobContainers.Failed, "bad.pdf.json") ?? []).RootElement;
        Assert.Equal("corrupt", report.GetProperty("reason").GetString());
        Assert.NotNull(await _blobs.GetAsync(BlobContainers.Plans, "bad.pdf"));
    }

    [Fact]
    public async Task An_http_upload_with_a_vietnamese_name_lands_in_blob_storage()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        var response = await _app.Authorized().PostAsync("/api/plans?name=" + Uri.EscapeDataString("Kế hoạch.txt"), new ByteArrayContent(bytes));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await _blobs.ListAsync(BlobContainers.Plans, "uploads/");
        Assert.Contains(stored, n => n.EndsWith("/Kế hoạch.txt", StringComparison.Ordinal));
    }
}
