using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ingest.Functions.Tests;

/// <summary>The Event Grid trigger with the custom-handler invocation envelope the Functions host posts.</summary>
[Collection("functions")]
public sealed class IngestPlanTriggerTests : IDisposable
{
    private readonly FunctionsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static object Envelope(string blob) => new
    {
        Data = new
        {
            eventGridEvent = new
            {
                id = Guid.NewGuid().ToString(),
                topic = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
                subject = "/blobServices/default/containers/plans/blobs/" + blob,
                eventType = "Microsoft.Storage.BlobCreated",
                eventTime = "2026-11-22T01:00:00Z",
                dataVersion = "",
                metadataVersion = "1",
                data = new { api = "PutBlob", contentType = "text/plain", contentLength = 100, blobType = "BlockBlob", url = "https://acct.blob.core.windows.net/plans/" + blob },
            },
        },
        Metadata = new { sys = new { MethodName = "IngestPlan", UtcNow = "2026-11-22T01:00:00Z", RandGuid = Guid.NewGuid().ToString() } },
    };

    private void PutBlob(string name, string sample)
    {
        var path = _app.Blob("plans", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(FunctionsApp.Samples, sample), path);
    }

    [Fact]
    public async Task A_blob_created_event_ingests_the_blob_and_answers_with_the_envelope()
    {
        PutBlob("2021/khanh-hoa.txt", "khanh-hoa-ban-dan-toc-2021.txt");
        var response = await _app.Client.PostAsJsonAsync("/IngestPlan", Envelope("2021/khanh-hoa.txt"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Contains("Added", body.GetProperty("Logs")[0].GetString());
        Assert.Equal("Added", body.GetProperty("ReturnValue").GetProperty("status").GetString());
        var cites = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/cites?document=26/CT-TTg");
        Assert.Equal("2021/khanh-hoa.txt", cites.GetProperty("byLevel").GetProperty("province")[0].GetProperty("planId").GetString());
    }

    [Fact]
    public async Task The_same_event_delivered_twice_leaves_one_plan()
    {
        PutBlob("twice.txt", "quang-ngai-ban-dan-toc-2022.txt");
        await _app.Client.PostAsJsonAsync("/IngestPlan", Envelope("twice.txt"));
        var second = await (await _app.Client.PostAsJsonAsync("/IngestPlan", Envelope("twice.txt"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unchanged", second.GetProperty("ReturnValue").GetProperty("status").GetString());
        var search = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/search?q=quang%20ngai");
        Assert.Equal(1, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_malformed_envelope_or_another_event_is_a_bad_request()
    {
        var garbage = await _app.Client.PostAsync("/IngestPlan", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        var other = await _app.Client.PostAsJsonAsync("/IngestPlan", new { Data = new { eventGridEvent = new { eventType = "Microsoft.Storage.BlobDeleted", subject = "/blobServices/default/containers/plans/blobs/x" } } });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public void Every_function_folder_matches_a_handler_route_and_host_json_is_a_custom_handler()
    {
        var root = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "host.json"))).RootElement;
        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("Ingest.Functions", host.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(host.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());
        var routes = _app.Routes().Select(r => r.TrimStart('/')).ToHashSet();
        var functions = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "function.json"))).ToList();
        Assert.Equal(14, functions.Count);
        var httpRoutes = new List<string>();
        foreach (var dir in functions)
        {
            var binding = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "function.json"))).RootElement.GetProperty("bindings")[0];
            if (Path.GetFileName(dir) == "IngestPlan")
            {
                Assert.Equal("eventGridTrigger", binding.GetProperty("type").GetString());
                Assert.Contains("IngestPlan", routes);
                continue;
            }
            var route = "api/" + binding.GetProperty("route").GetString();
            httpRoutes.Add(route);
            // The web page is static files under /api/web, not a mapped endpoint.
            if (route == "api/web/{*path}") Assert.True(Directory.Exists(Path.Combine(root, "wwwroot")));
            else Assert.Contains(route, routes);
        }
        // And the reverse: every HTTP route of the handler has its function folder.
        foreach (var route in routes.Where(r => r.StartsWith("api/", StringComparison.Ordinal)))
            Assert.Contains(route, httpRoutes);
    }
}
