// The Azure Functions custom handler: an ASP.NET Core minimal API that the Functions host starts and
// forwards requests to. It only adapts triggers to indexer/; the ingestion functions arrive with the
// service issue. Locally it listens on FUNCTIONS_CUSTOMHANDLER_PORT (set by the host) or 7071.
var builder = WebApplication.CreateBuilder(args);
var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") ?? "7071";
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();
app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
app.Run();
