using Ingest.Indexer.Indexing;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/plans/{id}: the stored plan (id, content hash, document key, record).</summary>
public sealed class GetPlanFunction(IPlanCatalog catalog)
{
    [Function("GetPlan")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "plans/{*id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        await catalog.GetAsync(id, cancellationToken) is { } plan ? Results.Ok(plan) : Results.Problem(title: "No such plan", statusCode: 404);
}
