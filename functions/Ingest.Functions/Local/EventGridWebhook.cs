using Ingest.Functions.Api;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Local;

/// <summary>
/// Where the Functions host takes Event Grid deliveries for an Event Grid-sourced blob trigger,
/// POST /runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan, served locally so the platform's own
/// payloads can be replayed: the validation handshake is answered as Event Grid expects (validationResponse
/// for the Event Grid schema, WebHook-Allowed-Origin for CloudEvents' OPTIONS), each BlobCreated blob is read
/// and handed to the same <see cref="IngestPlanFunction"/> the host would bind it to. Malformed deliveries get 400.
/// </summary>
public sealed class EventGridWebhook(IBlobStore blobs, IServiceProvider services)
{
    public const string Route = "/runtime/webhooks/blobs";

    /// <summary>The functionName values this webhook serves: one per blob-triggered function.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Functions = new Dictionary<string, Type>
    {
        ["Host.Functions." + IngestPlanFunction.Name] = typeof(IngestPlanFunction),
    };

    /// <summary>A delivery (POST).</summary>
    public async Task<IResult> DeliverAsync(HttpRequest request, CancellationToken ct)
    {
        if (CheckFunction(request) is { } refused) return refused;
        using var reader = new StreamReader(request.Body);
        var delivery = EventGridDelivery.Parse(await reader.ReadToEndAsync(ct), out var error);
        if (delivery is null) return Results.Problem(title: "Malformed Event Grid delivery", detail: error, statusCode: 400);
        if (delivery.ValidationCode is { } code) return Results.Ok(new { validationResponse = code });
        var function = services.GetRequiredService<IngestPlanFunction>();
        var results = new List<object>();
        foreach (var blob in delivery.Blobs)
        {
            // The host binds the blob's bytes before invoking the function; a blob gone by then is its failure, retried.
            var content = await blobs.GetAsync(BlobContainers.Plans, blob, ct);
            if (content is null) return Results.Problem(title: "No such blob", detail: "plans/" + blob, statusCode: 404);
            var result = await function.Run(content, blob, ct);
            results.Add(new { blob, status = result.Status, reason = result.Reason });
        }
        return Results.Ok(results);
    }

    /// <summary>CloudEvents' abuse-protection handshake (OPTIONS with WebHook-Request-Origin).</summary>
    public IResult Handshake(HttpRequest request, HttpResponse response)
    {
        if (CheckFunction(request) is { } refused) return refused;
        var origin = request.Headers["WebHook-Request-Origin"].FirstOrDefault();
        if (string.IsNullOrEmpty(origin)) return Results.Problem(title: "Not a CloudEvents handshake", detail: "WebHook-Request-Origin is missing.", statusCode: 400);
        response.Headers["WebHook-Allowed-Origin"] = origin;
        response.Headers.Allow = "POST, OPTIONS";
        return Results.Ok();
    }

    private static IResult? CheckFunction(HttpRequest request)
    {
        string? name = request.Query["functionName"];
        if (string.IsNullOrEmpty(name)) return Results.Problem(title: "Which function?", detail: "Give ?functionName=Host.Functions.IngestPlan.", statusCode: 400);
        return Functions.ContainsKey(name) ? null : Results.Problem(title: "No such blob-triggered function", detail: name, statusCode: 404);
    }
}
