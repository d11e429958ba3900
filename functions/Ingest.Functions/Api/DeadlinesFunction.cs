using Ingest.Indexer.Graph;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/deadlines?from=&amp;to=&amp;issuer=: deadlines in a date range (default: 30 days back, 60 ahead).</summary>
public sealed class DeadlinesFunction(IReferenceGraph graph)
{
    [Function("Deadlines")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "deadlines")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryDate(request.Query["from"], out var from) || !QueryValues.TryDate(request.Query["to"], out var to))
            return Results.Problem(title: "Bad dates", detail: "from and to are yyyy-MM-dd.", statusCode: 400);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return Results.Ok(await graph.DeadlinesAsync(from ?? today.AddDays(-30), to ?? today.AddDays(60), request.Query["issuer"], cancellationToken));
    }
}
