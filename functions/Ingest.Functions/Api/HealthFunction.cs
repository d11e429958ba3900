using Ingest.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>GET /api/health: whether the app is up and which backends it runs on. Needs no key.</summary>
public sealed class HealthFunction(IngestSettings settings)
{
    [Function("Health")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        Results.Ok(new { status = "ok", mode = settings.Mode });
}
