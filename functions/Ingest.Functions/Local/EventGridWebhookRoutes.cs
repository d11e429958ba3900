namespace Ingest.Functions.Local;

/// <summary>Maps the Functions host's blob webhook on the local host.</summary>
public static class EventGridWebhookRoutes
{
    public static IEndpointRouteBuilder MapEventGridWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(EventGridWebhook.Route, (HttpRequest r, EventGridWebhook w, CancellationToken ct) => w.DeliverAsync(r, ct));
        app.MapMethods(EventGridWebhook.Route, ["OPTIONS"], (HttpRequest r, HttpResponse s, EventGridWebhook w) => w.Handshake(r, s));
        return app;
    }
}
