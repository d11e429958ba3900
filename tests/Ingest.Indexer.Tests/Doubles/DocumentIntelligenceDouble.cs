using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Ingest.Indexer.Adapters.Embedded;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// A local HTTP double of Azure AI Document Intelligence v4.0 (api-version 2024-11-30), from the documented
/// shapes: POST …/documentModels/prebuilt-read:analyze with {"base64Source"} answers 202 with an
/// Operation-Location; GET on it answers "running" first (with Retry-After), then "succeeded" with
/// analyzeResult.content and pages[].spans. It reads PDFs with pdftotext so the text is real; it can throttle
/// (429 with Retry-After) the first N calls. A contract test of the adapter, not of the service's OCR.
/// </summary>
public sealed class DocumentIntelligenceDouble : IAsyncDisposable
{
    public const string Key = "double-di-key";
    private WebApplication _app = null!;
    private readonly ConcurrentDictionary<string, (byte[] Content, int Polls)> _operations = new();
    private int _throttle;

    public ConcurrentQueue<string> Requests { get; } = new();
    public Uri Endpoint { get; private set; } = null!;


    /// <summary>The next <paramref name="calls"/> requests get 429 with Retry-After: 1.</summary>
    public void Throttle(int calls) => _throttle = calls;

    public static async Task<DocumentIntelligenceDouble> StartAsync()
    {
        var d = new DocumentIntelligenceDouble();
        (d._app, var endpoint) = await LoopbackApp.StartAsync(d.HandleAsync);
        d.Endpoint = new Uri(endpoint.ToString().TrimEnd('/') + "/");
        return d;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var r = context.Request;
        Requests.Enqueue($"{r.Method} {r.Path}{r.QueryString}");
        if (r.Query["api-version"] != "2024-11-30") { await Error(context, 404, "NotFound", "unsupported api-version"); return; }
        if (r.Headers["Ocp-Apim-Subscription-Key"] != Key) { await Error(context, 401, "Unauthorized", "bad key"); return; }
        if (Interlocked.Decrement(ref _throttle) >= 0)
        {
            context.Response.Headers["Retry-After"] = "1";
            await Error(context, 429, "TooManyRequests", "slow down");
            return;
        }
        if (r.Method == "POST" && r.Path == "/documentintelligence/documentModels/prebuilt-read:analyze")
        {
            var body = JsonNode.Parse(await new StreamReader(r.Body).ReadToEndAsync());
            if (body?["base64Source"]?.ToString() is not { } b64) { await Error(context, 400, "InvalidRequest", "base64Source is required"); return; }
            var id = Guid.NewGuid().ToString("N");
            _operations[id] = (Convert.FromBase64String(b64), 0);
            context.Response.StatusCode = 202;
            context.Response.Headers["Operation-Location"] = $"{Endpoint}documentintelligence/documentModels/prebuilt-read/analyzeResults/{id}?api-version=2024-11-30";
            context.Response.Headers["Retry-After"] = "0";
            return;
        }
        if (r.Method == "GET" && r.Path.StartsWithSegments("/documentintelligence/documentModels/prebuilt-read/analyzeResults", out var rest))
        {
            var id = rest.Value!.Trim('/');
            if (!_operations.TryGetValue(id, out var op)) { await Error(context, 404, "NotFound", "no such operation"); return; }
            _operations[id] = (op.Content, op.Polls + 1);
            if (op.Polls == 0)
            {
                context.Response.Headers["Retry-After"] = "0";
                await Json(context, 200, new JsonObject { ["status"] = "running" });
                return;
            }
            await Json(context, 200, await Result(op.Content));
            return;
        }
        await Error(context, 404, "NotFound", "unknown path");
    }

    private static async Task<JsonObject> Result(byte[] content)
    {
        if (!content.AsSpan().StartsWith("%PDF"u8))
            return new JsonObject { ["status"] = "failed", ["error"] = new JsonObject { ["code"] = "InvalidContent", ["message"] = "The file is corrupted or format is unsupported." } };
        using var ws = new TempWorkspace();
        await File.WriteAllBytesAsync(ws.File("in.pdf"), content);
        var text = (await ExternalProgram.RunAsync("pdftotext", ["-layout", ws.File("in.pdf"), "-"], TimeSpan.FromMinutes(1))).StandardOutput;
        var pages = new JsonArray();
        var offset = 0;
        var number = 1;
        foreach (var page in text.Split('\f').Where(p => p.Length > 0))
        {
            pages.Add(new JsonObject { ["pageNumber"] = number++, ["spans"] = new JsonArray(new JsonObject { ["offset"] = offset, ["length"] = page.Length }) });
            offset += page.Length + 1;
        }
        return new JsonObject
        {
            ["status"] = "succeeded",
            ["analyzeResult"] = new JsonObject { ["apiVersion"] = "2024-11-30", ["modelId"] = "prebuilt-read", ["content"] = text.Replace('\f', '\n'), ["pages"] = pages },
        };
    }

    private static Task Error(HttpContext c, int status, string code, string message) =>
        Json(c, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    private static async Task Json(HttpContext c, int status, JsonObject body)
    {
        c.Response.StatusCode = status;
        c.Response.ContentType = "application/json";
        await c.Response.WriteAsync(body.ToJsonString());
    }
}
