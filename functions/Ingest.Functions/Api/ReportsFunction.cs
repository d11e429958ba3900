using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Reports;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/reports/{kind}?format=: a reference report as a download (csv, xlsx, html, md, json).</summary>
public sealed class ReportsFunction(ISearchIndex index, IPlanCatalog catalog, IReferenceGraph graph)
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        ["csv"] = "text/csv; charset=utf-8",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["html"] = "text/html; charset=utf-8",
        ["md"] = "text/markdown; charset=utf-8",
        ["json"] = "application/json; charset=utf-8",
    };

    [Function("Reports")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{kind}")] HttpRequest request,
        string kind, CancellationToken cancellationToken)
    {
        var format = request.Query["format"].FirstOrDefault() ?? "csv";
        if (!ContentTypes.TryGetValue(format, out var type))
            return Results.Problem(title: "Unknown format", detail: "csv, xlsx, html, md or json.", statusCode: 400);
        if (ReportQuery.Read(request.Query) is not { } inputs)
            return Results.Problem(title: "Bad report inputs", detail: ReportQuery.Help, statusCode: 400);
        try
        {
            var table = await new ReferenceReports(index, catalog, graph).BuildAsync(kind, inputs, cancellationToken);
            return Results.File(ReportWriters.Render(table, format), type, $"{table.FileStem}.{format}");
        }
        catch (ReportRequestException e) { return Results.Problem(title: "Which report?", detail: e.Message, statusCode: 400); }
        catch (KeyNotFoundException e) { return Results.Problem(title: "Not found", detail: e.Message, statusCode: 404); }
    }
}
