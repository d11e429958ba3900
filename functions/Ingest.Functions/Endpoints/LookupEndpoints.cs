using System.Runtime.CompilerServices;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Reports;

namespace Ingest.Functions.Endpoints;

/// <summary>
/// Read-only routes for the web page's three questions, added by issue 15. Each calls one indexer entry point:
/// GET /api/documents/suggest?q= (known documents as the user types), GET /api/cites/plans?document= (citing
/// plans, one row per plan, by level and province) and GET /api/calendar?from=&amp;to=&amp;issuer= (deadlines as .ics).
/// </summary>
public static class LookupEndpoints
{
    // One suggester (and its cached list of documents) per index instance, without touching service registration.
    private static readonly ConditionalWeakTable<IDocumentDirectory, DocumentSuggester> Suggesters = new();

    public static void MapLookups(this WebApplication app)
    {
        app.MapGet("/api/documents/suggest", async (string? q, int? max, IReferenceGraph graph, CancellationToken ct) =>
        {
            if (graph is not IDocumentDirectory directory)
                return Results.Problem(title: "Suggestions are not available", detail: "This index cannot list the documents it knows.", statusCode: 501);
            var suggester = Suggesters.GetValue(directory, d => new DocumentSuggester(d));
            return Results.Ok(await suggester.SuggestAsync(q ?? "", max ?? 10, ct));
        });

        app.MapGet("/api/cites/plans", async (string? document, IReferenceGraph graph, IPlanCatalog catalog, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(document)
                ? Results.Problem(title: "Which document?", detail: "Give it as ?document=, in any spelling: 34-CT/TW, Chỉ thị 34.", statusCode: 400)
                : Results.Ok(await new CitingPlansQuery(graph, catalog).AskAsync(document, ct)));

        app.MapGet("/api/calendar", async (HttpRequest http, IReferenceGraph graph, CancellationToken ct) =>
        {
            if (ReportQuery.Read(http.Query) is not { } request)
                return Results.Problem(title: "Bad dates", detail: ReportQuery.Help, statusCode: 400);
            if (request.From > request.To)
                return Results.Problem(title: "Bad dates", detail: "The range is reversed: from is after to.", statusCode: 400);
            var (from, to) = ReferenceReports.DeadlineRange(request);
            var hits = await graph.DeadlinesAsync(from, to, request.Issuer, ct);
            var ics = IcsWriter.Write(hits, DateTimeOffset.UtcNow);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"han-chot-{from:yyyy-MM-dd}-den-{to:yyyy-MM-dd}.ics");
        });
    }
}
