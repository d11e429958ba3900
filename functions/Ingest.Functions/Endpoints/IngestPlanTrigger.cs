using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Endpoints;

/// <summary>
/// The IngestPlan function: an Event Grid trigger (BlobCreated events on the plans container, the way Flex
/// Consumption plans deliver blob triggers: the platform's polling blob trigger is not offered there, and
/// Event Grid delivers within seconds). The Functions host posts the custom-handler invocation envelope
/// {"Data": {"eventGridEvent": …}, "Metadata": {…}} to /IngestPlan and expects {"Outputs", "Logs",
/// "ReturnValue"}. A 500 makes the host retry and, after the subscription's retries, dead-letter.
/// </summary>
public static class IngestPlanTrigger
{
    public static void MapIngestPlanTrigger(this WebApplication app) => app.MapPost("/IngestPlan", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpRequest request, PlanIngestion ingestion, ILoggerFactory logs, CancellationToken ct)
    {
        JsonNode? envelope;
        try { envelope = await JsonNode.ParseAsync(request.Body, cancellationToken: ct); }
        catch (JsonException) { return Results.Problem(title: "Malformed invocation envelope", statusCode: 400); }
        var data = Prop(envelope, "Data");
        var gridEvent = Prop(data, "eventGridEvent") ?? Prop(data, "event");
        if (gridEvent is JsonValue v && v.TryGetValue<string>(out var text)) gridEvent = JsonNode.Parse(text);
        var blob = BlobNameOf(gridEvent);
        if (blob is null) return Results.Problem(title: "Not a BlobCreated event for the plans container", statusCode: 400);
        var result = await ingestion.IngestAsync(blob, ct);
        logs.CreateLogger("IngestPlan").LogInformation("ingested {Blob}: {Status}", blob, result.Status);
        // The response envelope's own names are PascalCase, as the custom-handler contract spells them.
        var response = new JsonObject
        {
            ["Outputs"] = new JsonObject(),
            ["Logs"] = new JsonArray($"IngestPlan {blob}: {result.Status}" + (result.Reason is null ? "" : $" ({result.Reason})")),
            ["ReturnValue"] = JsonSerializer.SerializeToNode(result, ReturnValueJson),
        };
        return Results.Text(response.ToJsonString(), "application/json");
    }

    private static readonly JsonSerializerOptions ReturnValueJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Property names as the host writes them ("Data"), tolerating other casing.
    private static JsonNode? Prop(JsonNode? node, string name) =>
        node is JsonObject o ? o.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value : null;

    /// <summary>plans/a/b.pdf from ".../containers/plans/blobs/a/b.pdf" (subject) or the blob URL; null otherwise.</summary>
    internal static string? BlobNameOf(JsonNode? gridEvent)
    {
        var type = gridEvent?["eventType"]?.ToString() ?? gridEvent?["type"]?.ToString();
        if (type is not "Microsoft.Storage.BlobCreated") return null;
        var subject = gridEvent?["subject"]?.ToString() ?? "";
        const string marker = "/containers/" + BlobContainers.Plans + "/blobs/";
        var at = subject.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var name = Uri.UnescapeDataString(subject[(at + marker.Length)..]);
        try { return BlobContainers.ValidName(name); }
        catch (ArgumentException) { return null; }
    }
}
