using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/cites/plans?document=: the plans citing a document, one row per plan (versions grouped), by level and province.</summary>
public sealed class CitingPlansFunction(IReferenceGraph graph, IPlanCatalog catalog)
{
    [Function("CitingPlans")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "cites/plans")] HttpRequest request, CancellationToken cancellationToken)
    {
        string? document = request.Query["document"];
        return string.IsNullOrWhiteSpace(document)
            ? Results.Problem(title: "Which document?", detail: "Give it as ?document=, in any spelling: 34-CT/TW, Chỉ thị 34.", statusCode: 400)
            : Results.Ok(await new CitingPlansQuery(graph, catalog).AskAsync(document, cancellationToken));
    }
}
