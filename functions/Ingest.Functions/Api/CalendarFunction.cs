using Ingest.Indexer.Graph;
using Ingest.Indexer.Reports;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/calendar?from=&amp;to=&amp;issuer=: the deadlines in a range as an iCalendar file.</summary>
public sealed class CalendarFunction(IReferenceGraph graph)
{
    [Function("Calendar")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "calendar")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (ReportQuery.Read(request.Query) is not { } inputs)
            return Results.Problem(title: "Bad dates", detail: ReportQuery.Help, statusCode: 400);
        if (inputs.From > inputs.To)
            return Results.Problem(title: "Bad dates", detail: "The range is reversed: from is after to.", statusCode: 400);
        var (from, to) = ReferenceReports.DeadlineRange(inputs);
        var hits = await graph.DeadlinesAsync(from, to, inputs.Issuer, cancellationToken);
        var ics = IcsWriter.Write(hits, DateTimeOffset.UtcNow);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"han-chot-{from:yyyy-MM-dd}-den-{to:yyyy-MM-dd}.ics");
    }
}
