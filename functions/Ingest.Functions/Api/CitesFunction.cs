using Ingest.Indexer.Graph;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/cites?document=: the plans citing a document, in any spelling, grouped by level.</summary>
public sealed class CitesFunction(IReferenceGraph graph)
{
    [Function("Cites")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "cites")] HttpRequest request, CancellationToken cancellationToken)
    {
        string? document = request.Query["document"];
        return string.IsNullOrWhiteSpace(document)
            ? Results.Problem(title: "Which document?", detail: "Give it as ?document=, in any spelling: 34-CT/TW, Chỉ thị 34.", statusCode: 400)
            : Results.Ok(await graph.CitesAsync(document, cancellationToken));
    }
}
