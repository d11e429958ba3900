using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ingest.Functions.Tests;

/// <summary>
/// Event Grid deliveries replayed on the local host's copy of the Functions host's blob webhook, with the
/// payloads Azure documents for BlobCreated (Event Grid schema and CloudEvents 1.0) and the subscription
/// validation handshake (Payloads/*.json).
/// </summary>
[Collection("functions")]
public sealed class EventGridWebhookTests : IDisposable
{
    private const string Webhook = "/runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan";
    private readonly FunctionsApp _app = new();
    public void Dispose() => _app.Dispose();

    private static string Payload(string file, string blob, string? subjectName = null) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", file))
            .Replace("{SUBJECT_NAME}", subjectName ?? blob)
            .Replace("{URL}", "https://stingestdev.blob.core.windows.net/plans/" + string.Join('/', blob.Split('/').Select(Uri.EscapeDataString)));

    private void PutBlob(string name, string sample)
    {
        var path = _app.Blob("plans", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(FunctionsApp.Samples, sample), path);
    }

    private Task<HttpResponseMessage> Deliver(string body, string eventType = "Notification", string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Webhook) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("aeg-event-type", eventType);
        return _app.Authorized().SendAsync(request);
    }

    [Fact]
    public async Task An_event_grid_schema_delivery_ingests_the_blob_its_url_names()
    {
        PutBlob("2021/kế hoạch.txt", "khanh-hoa-ban-dan-toc-2021.txt");
        var response = await Deliver(Payload("eventgrid-blobcreated.json", "2021/kế hoạch.txt"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2021/kế hoạch.txt", results[0].GetProperty("blob").GetString());
        Assert.Equal("Added", results[0].GetProperty("status").GetString());
        var cites = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/cites?document=26/CT-TTg");
        Assert.Equal("2021/kế hoạch.txt", cites.GetProperty("byLevel").GetProperty("province")[0].GetProperty("planId").GetString());
    }

    [Fact]
    public async Task A_cloudevents_delivery_as_a_batch_or_a_single_event_is_ingested_once()
    {
        PutBlob("ce.txt", "quang-ngai-ban-dan-toc-2022.txt");
        var batch = Payload("cloudevents-blobcreated.json", "ce.txt");
        var first = await (await Deliver(batch, contentType: "application/cloudevents-batch+json")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Added", first[0].GetProperty("status").GetString());
        var single = JsonNode(batch)[0]!.ToJsonString();
        var again = await Deliver(single, contentType: "application/cloudevents+json");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Unchanged", (await again.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_subscription_validation_handshake_is_answered_as_event_grid_expects()
    {
        var response = await Deliver(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "eventgrid-validation.json")), "SubscriptionValidation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("512d38b6-c7b8-40c8-89fe-f46f9e9622b6", body.GetProperty("validationResponse").GetString());

        // CloudEvents' abuse protection: OPTIONS with WebHook-Request-Origin, answered with WebHook-Allowed-Origin.
        var options = new HttpRequestMessage(HttpMethod.Options, Webhook);
        options.Headers.Add("WebHook-Request-Origin", "eventgrid.azure.net");
        var handshake = await _app.Authorized().SendAsync(options);
        Assert.Equal(HttpStatusCode.OK, handshake.StatusCode);
        Assert.Equal("eventgrid.azure.net", handshake.Headers.GetValues("WebHook-Allowed-Origin").Single());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("[1]")]
    [InlineData("""[{"subject": "/blobServices/default/containers/plans/blobs/x.txt"}]""")]
    [InlineData("""[{"eventType": "Microsoft.Storage.BlobDeleted", "subject": "/blobServices/default/containers/plans/blobs/x.txt"}]""")]
    [InlineData("""[{"eventType": "Microsoft.Storage.BlobCreated", "subject": "/blobServices/default/containers/records/blobs/x.txt"}]""")]
    [InlineData("""[{"eventType": "Microsoft.Storage.BlobCreated", "subject": "/blobServices/default/containers/plans/blobs/../x.txt"}]""")]
    [InlineData("""[{"eventType": "Microsoft.EventGrid.SubscriptionValidationEvent", "data": {}}]""")]
    public async Task A_malformed_delivery_is_a_bad_request(string body)
    {
        var response = await Deliver(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_functions_and_missing_blobs_are_refused_with_problem_details()
    {
        var other = await _app.Authorized().PostAsync("/runtime/webhooks/blobs?functionName=Host.Functions.Nope", new StringContent("[]"));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var missing = await Deliver(Payload("eventgrid-blobcreated.json", "never-uploaded.txt"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNode(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}
