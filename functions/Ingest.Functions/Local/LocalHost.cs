using Ingest.Functions.Hosting;
using Microsoft.AspNetCore.Hosting;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;

namespace Ingest.Functions.Local;

/// <summary>
/// The one-command local run: an ASP.NET Core host on 127.0.0.1 that serves the function classes on their
/// Functions routes (<see cref="LocalRoutes"/>), the web page at /, Event Grid deliveries at the host's blob
/// webhook, the inbox watcher, and checks the key on every route but health and the page's static files.
/// Every error is a problem details answer, unknown routes included.
/// </summary>
public static class LocalHost
{
    /// <summary>The builder with every service and limit set; tests add a test server before <see cref="Build"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(IngestSettings settings, string[] args)
    {
        settings = settings with { ApiKey = settings.ApiKey ?? ApiKeyCheck.LocalKey(settings.DataDirectory) };
        // Content root beside the binaries: the web page (wwwroot) ships there, whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://127.0.0.1:{settings.Port}");
        // Kestrel's own cut-off sits a little above the upload limit (multipart framing); the handler refuses first.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes + 1024 * 1024);
        builder.Services.AddIngest(settings, localHost: true).AddIngestHttp();
        builder.Services.AddSingleton<EventGridWebhook>();
        if (args.Contains("--local"))
        {
            var samples = args.SkipWhile(a => a != "--samples").Skip(1).FirstOrDefault();
            var watchBlobs = args.Contains("--watch-blobs") && settings.UsesBlobService;
            builder.Services.AddHostedService(sp => new LocalInbox(sp.GetRequiredService<PlanIngestion>(), settings,
                sp.GetRequiredService<ILogger<LocalInbox>>(), sp.GetRequiredService<Indexer.Adapters.Embedded.DataFolderSession>(),
                samples, watchBlobs ? sp.GetRequiredService<IBlobStore>() : null,
                sp.GetRequiredService<IBlobStore>() as Indexer.Adapters.Embedded.FileSystemBlobStore,
                sp.GetRequiredService<Indexer.Indexing.ISearchIndex>() as Indexer.Adapters.Embedded.SqlitePlanIndex));
        }
        return builder;
    }

    /// <summary>The pipeline and routes on a built app.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        var settings = app.Services.GetRequiredService<IngestSettings>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The page and the API are never framed, never sniffed into another type, and the page runs only its own scripts.
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        // The web page: static files, no build step, no CDN; it calls the API with the key it was opened with.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseApiKey(settings.ApiKey!);
        app.MapFunctions();
        app.MapEventGridWebhook();
        return app;
    }

    /// <summary>Builds the app and prints where it listens once started.</summary>
    public static WebApplication Create(IngestSettings settings, string[] args)
    {
        var app = Build(CreateBuilder(settings, args));
        var s = app.Services.GetRequiredService<IngestSettings>();
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(
            $"Ingest is running at http://127.0.0.1:{s.Port}/?code={s.ApiKey}  key: {s.ApiKey}\n" +
            $"  data: {s.DataDirectory}  (drop files into {Path.Combine(s.DataDirectory, "inbox")})\n" +
            $"  try:  curl -H 'x-functions-key: {s.ApiKey}' 'http://127.0.0.1:{s.Port}/api/cites?document=34-CT/TW'"));
        return app;
    }
}
