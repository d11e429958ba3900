using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ingest.Functions.Tests;

/// <summary>
/// The custom handler in-process (WebApplicationFactory), local adapters in a private data folder, with a
/// key, as the local run configures it. One per test class; the settings are process environment
/// variables, so the tests of this assembly run one class at a time.
/// </summary>
public sealed class FunctionsApp : IDisposable
{
    public const string Key = "test-key";
    private readonly WebApplicationFactory<Program> _factory;

    private readonly IReadOnlyDictionary<string, string> _extra;

    public FunctionsApp(IReadOnlyDictionary<string, string>? settings = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "ingest-functions-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("INGEST_DATA", DataDirectory);
        Environment.SetEnvironmentVariable("INGEST_API_KEY", Key);
        Environment.SetEnvironmentVariable("INGEST_MAX_UPLOAD_MB", "5");
        _extra = settings ?? new Dictionary<string, string>();
        foreach (var (k, v) in _extra) Environment.SetEnvironmentVariable(k, v);
        _factory = new WebApplicationFactory<Program>();
        Client = _factory.CreateClient();
    }

    public string DataDirectory { get; }
    public HttpClient Client { get; }

    public HttpClient Authorized()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", Key);
        return client;
    }

    /// <summary>The route patterns the handler maps ("/api/search", "/api/plans/{*id}", ...).</summary>
    public IReadOnlyList<string> Routes() =>
        _factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().Select(e => e.RoutePattern.RawText!).ToList();

    public string Blob(string container, string name) => Path.Combine(DataDirectory, "blobs", container, name.Replace('/', Path.DirectorySeparatorChar));

    public static string Samples { get; } = FindSamples();

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "samples", "plans"))) return Path.Combine(dir.FullName, "shared", "samples", "plans");
        throw new DirectoryNotFoundException("shared/samples/plans");
    }

    public void Dispose()
    {
        foreach (var k in _extra.Keys) Environment.SetEnvironmentVariable(k, null);
        Client.Dispose();
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}

[CollectionDefinition("functions", DisableParallelization = true)]
public sealed class FunctionsCollection;
