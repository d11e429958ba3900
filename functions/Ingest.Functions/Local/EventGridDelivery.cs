using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Local;

/// <summary>
/// One Event Grid delivery to a blob trigger's webhook, decoded: either the subscription-validation handshake
/// (its validation code) or the names of the blobs created in plans/. Takes the Event Grid schema
/// (eventType, subject, data.url) and CloudEvents 1.0 (type, subject, data.url), as an array or, for
/// CloudEvents' structured mode, a single object. Pure; never throws on any input.
/// </summary>
public sealed record EventGridDelivery(string? ValidationCode, IReadOnlyList<string> Blobs)
{
    public const string BlobCreated = "Microsoft.Storage.BlobCreated";
    public const string SubscriptionValidation = "Microsoft.EventGrid.SubscriptionValidationEvent";

    /// <summary>The delivery, or null with <paramref name="error"/> saying what is wrong with it.</summary>
    public static EventGridDelivery? Parse(string body, out string? error)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(body); }
        catch (JsonException) { error = "the body is not JSON"; return null; }
        var events = root switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            _ => null,
        };
        if (events is null || events.Count == 0) { error = "expected an array of events"; return null; }
        var blobs = new List<string>();
        foreach (var e in events)
        {
            if (e is not JsonObject ev) { error = "every event is an object"; return null; }
            var type = Text(ev, "eventType") ?? Text(ev, "type");
            if (type is null) { error = "an event without eventType (Event Grid schema) or type (CloudEvents)"; return null; }
            if (type == SubscriptionValidation)
            {
                var code = Text(ev["data"], "validationCode");
                error = code is null ? "a validation event without data.validationCode" : null;
                return code is null ? null : new EventGridDelivery(code, []);
            }
            if (type != BlobCreated) { error = $"not a {BlobCreated} event: {type}"; return null; }
            var blob = BlobNameOf(ev);
            if (blob is null) { error = "a BlobCreated event for a blob outside the plans container, or without subject and data.url"; return null; }
            blobs.Add(blob);
        }
        error = null;
        return new EventGridDelivery(null, blobs);
    }

    /// <summary>The name in plans/ from data.url (percent-encoded) or else the subject (".../containers/plans/blobs/NAME").</summary>
    internal static string? BlobNameOf(JsonObject ev)
    {
        string? name = null;
        if (Text(ev["data"], "url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var segments = uri.AbsolutePath.Trim('/').Split('/').ToList();
            // Azurite and other IP-style endpoints put the account first: http://127.0.0.1:10000/devstoreaccount1/plans/x.
            if ((uri.IsLoopback || uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6) && segments.Count > 0) segments.RemoveAt(0);
            if (segments.Count > 1 && segments[0] == BlobContainers.Plans) name = Uri.UnescapeDataString(string.Join('/', segments.Skip(1)));
            else return null;
        }
        else if (Text(ev, "subject") is { } subject)
        {
            const string marker = "/containers/" + BlobContainers.Plans + "/blobs/";
            var at = subject.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) return null;
            name = Uri.UnescapeDataString(subject[(at + marker.Length)..]);
        }
        if (name is null) return null;
        try { return BlobContainers.ValidName(name); }
        catch (ArgumentException) { return null; }
    }

    private static string? Text(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
