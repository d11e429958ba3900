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
        var q = request.Query;
        var format = q["format"].FirstOrDefault() ?? "csv";
        if (!ContentTypes.TryGetValue(format, out var type))
            return Results.Problem(title: "Unknown format", detail: "csv, xlsx, html, md or json.", statusCode: 400);
        if (!QueryValues.TryYear(q["year"], out var year))
            return Results.Problem(title: "Bad year", detail: "year is a number.", statusCode: 400);
        string? document = q["document"], plan = q["plan"], province = q["province"];
        var reports = new ReferenceReports(index, catalog, graph);
        try
        {
            ReportTable? table = kind switch
            {
                "directive" when document is not null => await reports.DirectiveAsync(document, cancellationToken),
                "plan" when plan is not null => await reports.PlanAsync(plan, cancellationToken),
                "coverage" when plan is not null => await reports.CoverageAsync(plan, cancellationToken),
                "matrix" when province is not null && year is not null => await reports.MatrixAsync(province, year.Value, cancellationToken),
                "deadlines" => await reports.DeadlinesAsync(DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken),
                _ => null,
            };
            if (table is null)
                return Results.Problem(title: "Which report?", detail: "directive needs document, plan and coverage plan, matrix province and year.", statusCode: 400);
            return Results.File(ReportWriters.Render(table, format), type, $"{kind}.{format}");
        }
        catch (KeyNotFoundException e) { return Results.Problem(title: "Not found", detail: e.Message, statusCode: 404); }
    }
}
