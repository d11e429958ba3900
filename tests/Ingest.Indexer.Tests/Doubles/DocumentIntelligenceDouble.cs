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
/// analyzeResult.content and pages[].spans. It honours the `pages` parameter ("2,5-7": only those pages, with
/// their own page numbers). It reads PDFs with pdftotext so the text is real, and a page without a text layer
/// with pdftoppm and Tesseract (as the service would OCR it); it can throttle (429 with Retry-After) the first
/// N calls. A contract test of the adapter, not of the service's OCR.
/// </summary>
public sealed class DocumentIntelligenceDouble : IAsyncDisposable
{
    public const string Key = "double-di-key";
    private WebApplication _app = null!;
    private readonly ConcurrentDictionary<string, (byte[] Content, int Polls, string? Pages)> _operations = new();
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
            _operations[id] = (Convert.FromBase64String(b64), 0, r.Query["pages"].FirstOrDefault());
            context.Response.StatusCode = 202;
            context.Response.Headers["Operation-Location"] = $"{Endpoint}documentintelligence/documentModels/prebuilt-read/analyzeResults/{id}?api-version=2024-11-30";
            context.Response.Headers["Retry-After"] = "0";
            return;
        }
        if (r.Method == "GET" && r.Path.StartsWithSegments("/documentintelligence/documentModels/prebuilt-read/analyzeResults", out var rest))
        {
            var id = rest.Value!.Trim('/');
            if (!_operations.TryGetValue(id, out var op)) { await Error(context, 404, "NotFound", "no such operation"); return; }
            _operations[id] = (op.Content, op.Polls + 1, op.Pages);
            if (op.Polls == 0)
            {
                context.Response.Headers["Retry-After"] = "0";
                await Json(context, 200, new JsonObject { ["status"] = "running" });
                return;
            }
            await Json(context, 200, await Result(op.Content, op.Pages));
            return;
        }
        await Error(context, 404, "NotFound", "unknown path");
    }

    private static async Task<JsonObject> Result(byte[] content, string? onlyPages)
    {
        if (!content.AsSpan().StartsWith("%PDF"u8))
            return new JsonObject { ["status"] = "failed", ["error"] = new JsonObject { ["code"] = "InvalidContent", ["message"] = "The file is corrupted or format is unsupported." } };
        using var ws = new TempWorkspace();
        var pdf = ws.File("in.pdf");
        await File.WriteAllBytesAsync(pdf, content);
        var read = await ExternalProgram.RunAsync("pdftotext", ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
        if (read.ExitCode != 0)
            return new JsonObject { ["status"] = "failed", ["error"] = new JsonObject { ["code"] = "InvalidContent", ["message"] = "The file is corrupted or format is unsupported." } };
        var layer = read.StandardOutput.Split('\f');
        var wanted = Wanted(onlyPages, layer.Length);
        var pages = new JsonArray();
        var text = new System.Text.StringBuilder();
        for (var number = 1; number <= layer.Length; number++)
        {
            if (layer[number - 1].Length == 0 && number == layer.Length) break; // pdftotext ends with a form feed
            if (wanted is not null && !wanted.Contains(number)) continue;
            var page = layer[number - 1].Trim().Length > 0 ? layer[number - 1] : await OcrAsync(ws, pdf, number);
            pages.Add(new JsonObject { ["pageNumber"] = number, ["spans"] = new JsonArray(new JsonObject { ["offset"] = text.Length, ["length"] = page.Length }) });
            text.Append(page).Append('\n');
        }
        return new JsonObject
        {
            ["status"] = "succeeded",
            ["analyzeResult"] = new JsonObject { ["apiVersion"] = "2024-11-30", ["modelId"] = "prebuilt-read", ["content"] = text.ToString(), ["pages"] = pages },
        };
    }

    // "2,5-7" → {2, 5, 6, 7}; null reads every page.
    private static HashSet<int>? Wanted(string? pages, int count)
    {
        if (string.IsNullOrEmpty(pages)) return null;
        var set = new HashSet<int>();
        foreach (var part in pages.Split(','))
        {
            var bounds = part.Split('-').Select(int.Parse).ToArray();
            for (var n = bounds[0]; n <= (bounds.Length > 1 ? bounds[1] : bounds[0]) && n <= count; n++) set.Add(n);
        }
        return set;
    }

    private static async Task<string> OcrAsync(TempWorkspace ws, string pdf, int page)
    {
        var prefix = ws.File($"p{page}");
        await ExternalProgram.RunAsync("pdftoppm", ["-r", "200", "-gray", "-singlefile", "-f", $"{page}", "-l", $"{page}", pdf, prefix], TimeSpan.FromMinutes(1));
        var environment = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        return (await ExternalProgram.RunAsync("tesseract", [prefix + ".pgm", "stdout", "-l", "vie"], TimeSpan.FromMinutes(1), environment)).StandardOutput;
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
