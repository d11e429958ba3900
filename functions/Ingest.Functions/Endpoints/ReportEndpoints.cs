using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Reports;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Endpoints;

/// <summary>Report downloads and the original files, for the web page and anyone with the key.</summary>
public static class ReportEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        ["csv"] = "text/csv; charset=utf-8",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["html"] = "text/html; charset=utf-8",
        ["md"] = "text/markdown; charset=utf-8",
        ["json"] = "application/json; charset=utf-8",
    };

    public static void MapReports(this WebApplication app)
    {
        app.MapGet("/api/reports/{kind}", async (string kind, HttpRequest http, ISearchIndex index, IPlanCatalog catalog, IReferenceGraph graph, CancellationToken ct) =>
        {
            var format = http.Query["format"].FirstOrDefault() ?? "csv";
            if (!ContentTypes.TryGetValue(format, out var type))
                return Results.Problem(title: "Unknown format", detail: "csv, xlsx, html, md or json.", statusCode: 400);
            if (ReportQuery.Read(http.Query) is not { } request)
                return Results.Problem(title: "Bad report inputs", detail: ReportQuery.Help, statusCode: 400);
            try
            {
                var table = await new ReferenceReports(index, catalog, graph).BuildAsync(kind, request, ct);
                return Results.File(ReportWriters.Render(table, format), type, $"{table.FileStem}.{format}");
            }
            catch (ReportRequestException e) { return Results.Problem(title: "Which report?", detail: e.Message, statusCode: 400); }
            catch (KeyNotFoundException e) { return Results.Problem(title: "Not found", detail: e.Message, statusCode: 404); }
        });

        app.MapGet("/api/originals/{*id}", async (string id, IBlobStore blobs, CancellationToken ct) =>
        {
            try
            {
                return await blobs.GetAsync(BlobContainers.Plans, id, ct) is { } bytes
                    ? Results.File(bytes, "application/octet-stream", Path.GetFileName(id))
                    : Results.Problem(title: "No such file", statusCode: 404);
            }
            catch (ArgumentException) { return Results.Problem(title: "Bad name", statusCode: 400); }
        });
    }
}
