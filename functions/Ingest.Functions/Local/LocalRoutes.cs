using Ingest.Functions.Api;

namespace Ingest.Functions.Local;

/// <summary>
/// The local route table: each route calls the same function class the Functions host invokes, on the
/// route its [HttpTrigger] declares under the host's "api" prefix. A test compares this table with the
/// attributes in both directions.
/// </summary>
public static class LocalRoutes
{
    public static IEndpointRouteBuilder MapFunctions(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("health", (HttpRequest r, HealthFunction f) => f.Run(r));
        api.MapPost("plans", (HttpRequest r, UploadPlanFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("plans/{*id}", (HttpRequest r, string id, GetPlanFunction f, CancellationToken ct) => f.Run(r, id, ct));
        api.MapGet("search", (HttpRequest r, SearchFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("cites", (HttpRequest r, CitesFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("cites/plans", (HttpRequest r, CitingPlansFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("documents/suggest", (HttpRequest r, SuggestFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("calendar", (HttpRequest r, CalendarFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("trace", (HttpRequest r, TraceFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("deadlines", (HttpRequest r, DeadlinesFunction f, CancellationToken ct) => f.Run(r, ct));
        api.MapGet("reports/{kind}", (HttpRequest r, string kind, ReportsFunction f, CancellationToken ct) => f.Run(r, kind, ct));
        api.MapGet("originals/{*id}", (HttpRequest r, string id, OriginalFunction f, CancellationToken ct) => f.Run(r, id, ct));
        api.MapGet("web/{*path}", (HttpRequest r, string? path, WebPageFunction f) => f.Run(r, path));
        return app;
    }
}
