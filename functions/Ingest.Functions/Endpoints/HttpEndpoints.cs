using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Pipeline;
using Ingest.Functions.Hosting;

namespace Ingest.Functions.Endpoints;

/// <summary>
/// The HTTP API. With a custom handler the Functions host forwards HTTP requests as they came
/// (enableForwardingHttpRequest), so these are ordinary routes; each decodes, calls one indexer entry
/// point and encodes. Errors are problem details: 400 bad input, 404 unknown, 413 too large, 422 unreadable.
/// </summary>
public static class HttpEndpoints
{
    public static void MapIngestApi(this WebApplication app)
    {
        app.MapGet("/api/health", (ISearchIndex index, IngestSettings settings) =>
            Results.Ok(new { status = "ok", mode = settings.Mode }));

        app.MapPost("/api/plans", Upload);

        app.MapGet("/api/plans/{*id}", async (string id, IPlanCatalog catalog, CancellationToken ct) =>
            await catalog.GetAsync(id, ct) is { } plan ? Results.Ok(plan) : Results.Problem(title: "No such plan", statusCode: 404));

        app.MapGet("/api/search", async (HttpRequest r, ISearchIndex index, CancellationToken ct) =>
        {
            var q = r.Query;
            if (!TryInt(q["page"], 1, out var page) || !TryInt(q["pageSize"], 20, out var size) || !TryYear(q["year"], out var year)
                || !TryDate(q["from"], out var from) || !TryDate(q["to"], out var to))
                return Results.Problem(title: "Bad query", detail: "page, pageSize and year are numbers; from and to are yyyy-MM-dd.", statusCode: 400);
            return Results.Ok(await index.SearchAsync(new SearchQuery
            {
                Text = q["q"].FirstOrDefault() ?? "", Level = q["level"], Province = q["province"], Issuer = q["issuer"], Year = year,
                Type = q["type"], IssuedFrom = from, IssuedTo = to, Page = page, PageSize = Math.Clamp(size, 1, 100),
            }, ct));
        });

        app.MapGet("/api/cites", async (string? document, IReferenceGraph graph, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(document)
                ? Results.Problem(title: "Which document?", detail: "Give it as ?document=, in any spelling: 34-CT/TW, Chỉ thị 34.", statusCode: 400)
                : Results.Ok(await graph.CitesAsync(document, ct)));

        app.MapGet("/api/trace", async (string? from, string? direction, int? depth, IReferenceGraph graph, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(from)) return Results.Problem(title: "Trace from what?", detail: "Give ?from= a plan id or a document.", statusCode: 400);
            var dir = direction?.ToLowerInvariant() == "up" ? TraceDirection.Up : TraceDirection.Down;
            return await graph.TraceAsync(from, dir, depth ?? 5, ct) is { } tree ? Results.Ok(tree) : Results.Problem(title: "Nothing to trace from", statusCode: 404);
        });

        app.MapGet("/api/deadlines", async (string? from, string? to, string? issuer, IReferenceGraph graph, CancellationToken ct) =>
        {
            if (!TryDate(from, out var f) || !TryDate(to, out var t))
                return Results.Problem(title: "Bad dates", detail: "from and to are yyyy-MM-dd.", statusCode: 400);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            return Results.Ok(await graph.DeadlinesAsync(f ?? today.AddDays(-30), t ?? today.AddDays(60), issuer, ct));
        });
    }

    // Raw body (?name=file.pdf) or multipart form with a "file" field; the size limit is checked before reading.
    private static async Task<IResult> Upload(HttpRequest request, PlanIngestion ingestion, IngestSettings settings, CancellationToken ct)
    {
        if (request.ContentLength > settings.MaxUploadBytes)
            return Results.Problem(title: "File too large", detail: $"The limit is {settings.MaxUploadBytes / 1048576} MB.", statusCode: 413);
        string? name;
        byte[] content;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null) return Results.Problem(title: "No file", detail: "Send the plan in a form field named file.", statusCode: 400);
            name = file.FileName;
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        else
        {
            name = request.Query["name"];
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        if (content.Length > settings.MaxUploadBytes)
            return Results.Problem(title: "File too large", detail: $"The limit is {settings.MaxUploadBytes / 1048576} MB.", statusCode: 413);
        var blobName = BlobNames.ForUpload(name);
        if (blobName is null) return Results.Problem(title: "Bad file name", detail: "Give the file a name (?name=plan.pdf).", statusCode: 400);
        var result = await ingestion.UploadAsync(blobName, content, ct);
        return result.Status switch
        {
            IngestStatus.Failed => Results.Problem(title: "The file cannot be read", detail: result.Error, statusCode: 422,
                extensions: new Dictionary<string, object?> { ["reason"] = result.Reason, ["blob"] = "plans/" + blobName }),
            IngestStatus.Added => Results.Created($"/api/plans/{blobName}", result),
            _ => Results.Ok(result),
        };
    }

    private static bool TryInt(string? s, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(s) || int.TryParse(s, out value);
    }

    private static bool TryYear(string? s, out int? year)
    {
        year = null;
        if (string.IsNullOrEmpty(s)) return true;
        if (!int.TryParse(s, out var y)) return false;
        year = y;
        return true;
    }

    private static bool TryDate(string? s, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(s)) return true;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d)) return false;
        date = d;
        return true;
    }
}
