using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// A local HTTP double of the Azure AI Search REST API (api-version 2023-11-01), built from the documented
/// request and response shapes: create or update an index, index documents (upload, delete), look a document
/// up, search (the full Lucene syntax as the service parses it, refusing a malformed query; plain words in the
/// simple one), OData filters, facets, highlights, paging and scoring-profile weights.
/// Every request must carry the api-version and the api-key, or it is refused as the service would; the
/// documented limits are enforced too (16 MB a request, 1,000 actions a batch, skip at most 100,000, at most
/// 1,000 results a response, scoring-profile names of letters, digits and '_', the filter rules inside any()),
/// so a request the real service would refuse fails the tests here. Its
/// text analysis is a stand-in (folding for *Folded fields, lower case for the others), so it checks the
/// adapter's contract, not the service's ranking. Unknown paths answer 404 and are recorded.
/// </summary>
public sealed partial class SearchServiceDouble : IAsyncDisposable
{
    public const string ApiVersion = "2023-11-01";
    public const string ApiKey = "double-admin-key";
    /// <summary>The service's request size limit.</summary>
    public const long MaxRequestBytes = 16L * 1024 * 1024;
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _searchable = new(StringComparer.Ordinal);
    private WebApplication _app = null!;
    private readonly ConcurrentDictionary<string, JsonObject> _documents = new();
    private JsonObject? _index;

    /// <summary>Every request seen, as "METHOD path?query".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The filter of every search, as sent.</summary>
    public ConcurrentQueue<string> Filters { get; } = new();

    /// <summary>Requests the double could not serve (wrong path, version or key), for assertions.</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>A boolean field of the stored document of <paramref name="planId"/> (keys are URL-safe base64 of the id).</summary>
    public bool StoredField(string planId, string field) =>
        _documents[Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(planId)).Replace('+', '-').Replace('/', '_')][field]!.GetValue<bool>();

    /// <summary>The largest request body seen, in bytes.</summary>
    public long LargestRequestBytes { get; private set; }

    public static async Task<SearchServiceDouble> StartAsync()
    {
        var double_ = new SearchServiceDouble();
        (double_._app, double_.Endpoint) = await LoopbackApp.StartAsync(double_.HandleAsync);
        return double_;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [GeneratedRegex(@"^/indexes(?:\('(?<index>[^']+)'\)|/(?<index>[^/]+))(?<rest>/.*)?$")]
    private static partial Regex IndexPath();

    [GeneratedRegex(@"^/docs\('(?<key>[^']+)'\)$")]
    private static partial Regex DocPath();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{0,127}$")]
    private static partial Regex ProfileName();

    /// <summary>A copy of <paramref name="doc"/> with only the fields named in a select list (all when empty).</summary>
    private static JsonObject Selected(JsonObject doc, string? select)
    {
        var copy = JsonNode.Parse(doc.ToJsonString())!.AsObject();
        if (string.IsNullOrWhiteSpace(select) || select == "*") return copy;
        var keep = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        foreach (var name in copy.Select(p => p.Key).ToList()) if (!keep.Contains(name)) copy.Remove(name);
        return copy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
        if (request.Query["api-version"] != ApiVersion) { await Refuse(context, 400, "missing or wrong api-version"); return; }
        if (request.Headers["api-key"] != ApiKey) { await Refuse(context, 403, "missing or wrong api-key"); return; }
        var m = IndexPath().Match(request.Path.Value ?? "");
        if (!m.Success) { await Refuse(context, 404, "unknown path"); return; }
        var rest = m.Groups["rest"].Value;
        JsonObject? body = null;
        if (request.ContentLength > MaxRequestBytes) { await Refuse(context, 413, "request larger than 16 MB"); return; }
        if (request.ContentLength > 0 || request.Headers.ContainsKey("Transfer-Encoding"))
        {
            var raw = await new StreamReader(request.Body).ReadToEndAsync();
            LargestRequestBytes = Math.Max(LargestRequestBytes, System.Text.Encoding.UTF8.GetByteCount(raw));
            if (System.Text.Encoding.UTF8.GetByteCount(raw) > MaxRequestBytes) { await Refuse(context, 413, "request larger than 16 MB"); return; }
            body = JsonNode.Parse(raw)?.AsObject();
        }
        switch (request.Method, rest)
        {
            case ("PUT", ""):
                await CreateIndex(context, m.Groups["index"].Value, body);
                return;
            case ("POST", "/docs/search.index"):
                await Index(context, body);
                return;
            case ("POST", "/docs/search.post.search"):
                await Search(context, body);
                return;
            case ("GET", var p) when DocPath().Match(p) is { Success: true } doc:
                if (_documents.TryGetValue(doc.Groups["key"].Value, out var found))
                    await Json(context, 200, Selected(found, request.Query["$select"].ToString()));
                else await Json(context, 404, new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "No document" } });
                return;
            default:
                await Refuse(context, 404, "unknown path");
                return;
        }
    }

    private async Task CreateIndex(HttpContext context, string name, JsonObject? body)
    {
        if (body?["name"]?.ToString() != name || body["fields"] is not JsonArray fields || !fields.Any(f => f?["key"]?.GetValue<bool>() == true))
        {
            await Refuse(context, 400, "index definition lacks name, fields or a key field");
            return;
        }
        foreach (var f in fields)
            if (f?["analyzer"]?.ToString() is { } a && a is not ("vi.microsoft" or "standardasciifolding.lucene"))
            {
                await Refuse(context, 400, "unknown analyzer " + a);
                return;
            }
        foreach (var profile in body["scoringProfiles"]?.AsArray() ?? [])
            if (profile?["name"]?.ToString() is not { } profileName || !ProfileName().IsMatch(profileName))
            {
                await Refuse(context, 400, $"scoring profile name '{profile?["name"]}' must start with a letter and hold only letters, digits and '_'");
                return;
            }
        _types.Clear();
        foreach (var f in fields) _types[f!["name"]!.ToString()] = f["type"]!.ToString();
        _searchable.Clear();
        foreach (var f in fields.Where(f => f?["searchable"]?.GetValue<bool>() == true)) _searchable.Add(f!["name"]!.ToString());
        _index = body;
        await Json(context, 201, JsonNode.Parse(body.ToJsonString())!.AsObject());
    }

    private async Task Index(HttpContext context, JsonObject? body)
    {
        if (_index is null) { await Refuse(context, 404, "index not created"); return; }
        var results = new JsonArray();
        if ((body?["value"]?.AsArray().Count ?? 0) > 1000) { await Refuse(context, 413, "more than 1,000 actions in one batch"); return; }
        foreach (var action in body?["value"]?.AsArray() ?? [])
        {
            var doc = action!.AsObject();
            var kind = doc["@search.action"]?.ToString();
            var key = doc["id"]!.ToString();
            var copy = JsonNode.Parse(doc.ToJsonString())!.AsObject();
            copy.Remove("@search.action");
            var ok = kind switch
            {
                "upload" or "mergeOrUpload" => _documents.AddOrUpdate(key, copy, (_, _) => copy) is not null,
                "delete" => _documents.TryRemove(key, out _) || true,
                _ => false,
            };
            results.Add(new JsonObject { ["key"] = key, ["status"] = ok, ["errorMessage"] = ok ? null : "bad action", ["statusCode"] = ok ? 200 : 400 });
        }
        await Json(context, 200, new JsonObject { ["value"] = results });
    }

    private async Task Refuse(HttpContext context, int status, string why)
    {
        Refused.Enqueue($"{status} {context.Request.Method} {context.Request.Path}{context.Request.QueryString}: {why}");
        await Json(context, status, new JsonObject { ["error"] = new JsonObject { ["code"] = status.ToString(), ["message"] = why } });
    }

    private static async Task Json(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=none";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
