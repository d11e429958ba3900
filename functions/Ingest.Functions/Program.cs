using Ingest.Functions.Endpoints;
using Ingest.Functions.Hosting;

// The Azure Functions custom handler: an ASP.NET Core minimal API that the Functions host starts (it sets
// FUNCTIONS_CUSTOMHANDLER_PORT) and forwards requests to. Locally, `--local` runs the same app on
// 127.0.0.1 with the folder store and the SQLite index, an inbox watcher and a key of its own.
var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value);
var local = args.Contains("--local");
var settings = IngestSettings.From(environment, args);
if (local) settings = settings with { ApiKey = settings.ApiKey ?? ApiKeyCheck.LocalKey(settings.DataDirectory) };

// Content root beside the binaries: the web page (wwwroot) and host.json ship there, whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseUrls($"http://127.0.0.1:{settings.Port}");
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes + 1024 * 1024);
builder.Services.AddProblemDetails();
builder.Services.AddIngest(settings);
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
    o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
});
if (local)
{
    var samples = args.SkipWhile(a => a != "--samples").Skip(1).FirstOrDefault();
    var watchBlobs = args.Contains("--watch-blobs") && settings.BlobEndpoint is not null;
    builder.Services.AddHostedService(sp => new LocalInbox(sp.GetRequiredService<Ingest.Indexer.Pipeline.PlanIngestion>(), settings,
        sp.GetRequiredService<ILogger<LocalInbox>>(), samples, watchBlobs ? sp.GetRequiredService<Ingest.Indexer.Storage.IBlobStore>() : null));
}

var app = builder.Build();
app.UseExceptionHandler();
app.UseApiKey(settings.ApiKey);
// The web page: static files, no build step, no CDN; it calls the same API with the same key.
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = "/api/web" }); // through the Functions host (route web/{*path})
app.UseStaticFiles(new StaticFileOptions { RequestPath = "/api/web" });
app.MapIngestApi();
app.MapReports();
app.MapLookups(); // issue 15: suggest, cites by plan, calendar
app.MapIngestPlanTrigger();
if (local)
    app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(
        $"Ingest is running at http://127.0.0.1:{settings.Port}/?code={settings.ApiKey}  key: {settings.ApiKey}\n" +
        $"  data: {settings.DataDirectory}  (drop files into {Path.Combine(settings.DataDirectory, "inbox")})\n" +
        $"  try:  curl -H 'x-functions-key: {settings.ApiKey}' 'http://127.0.0.1:{settings.Port}/api/cites?document=34-CT/TW'"));
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
