using Ingest.Indexer.Graph;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/trace?from=&amp;direction=up|down&amp;depth=: the citation hierarchy as a tree.</summary>
public sealed class TraceFunction(IReferenceGraph graph)
{
    [Function("Trace")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "trace")] HttpRequest request, CancellationToken cancellationToken)
    {
        string? from = request.Query["from"];
        if (string.IsNullOrWhiteSpace(from)) return Results.Problem(title: "Trace from what?", detail: "Give ?from= a plan id or a document.", statusCode: 400);
        if (!QueryValues.TryInt(request.Query["depth"], 5, out var depth))
            return Results.Problem(title: "Bad depth", detail: "depth is a number.", statusCode: 400);
        TraceDirection direction;
        switch (request.Query["direction"].FirstOrDefault()?.ToLowerInvariant())
        {
            case null or "" or "down": direction = TraceDirection.Down; break;
            case "up": direction = TraceDirection.Up; break;
            // "sideways" used to trace down silently: a misspelt "direction=upp" showed the wrong half of the tree.
            default: return Results.Problem(title: "Bad direction", detail: "direction is up or down.", statusCode: 400);
        }
        return await graph.TraceAsync(from, direction, depth, cancellationToken) is { } tree
            ? Results.Ok(tree)
            : Results.Problem(title: "Nothing to trace from", statusCode: 404);
    }
}
