using Ingest.Functions.Hosting;
using Ingest.Functions.Local;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Functions.Tests;

/// <summary>
/// The local host in-process (a test server), with the local adapters in a private data folder and a key, as
/// the local run configures it. Its services give the tests the same function classes the Functions host
/// would activate, to call them directly with trigger payloads.
/// </summary>
public sealed class FunctionsApp : IDisposable
{
    public const string Key = "test-key";
    private readonly WebApplication _app;

    public FunctionsApp(IReadOnlyDictionary<string, string>? settings = null, string[]? args = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "ingest-functions-" + Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string?>
        {
            [IngestSettings.DataName] = DataDirectory,
            [IngestSettings.ApiKeyName] = Key,
            [IngestSettings.MaxUploadName] = "5",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) environment[k] = v;
        var builder = LocalHost.CreateBuilder(IngestSettings.From(environment, []), args ?? []);
        builder.WebHost.UseTestServer();
        _app = LocalHost.Build(builder);
        _app.StartAsync().GetAwaiter().GetResult();
        Client = _app.GetTestClient();
    }

    public string DataDirectory { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public HttpClient Authorized()
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Add("x-functions-key", Key);
        return client;
    }

    /// <summary>The (method, route) pairs the local host serves, routes without the leading slash ("api/plans/{*id}").</summary>
    public IReadOnlyList<(string Method, string Route)> Routes() =>
        Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => (m.ToUpperInvariant(), e.RoutePattern.RawText!.TrimStart('/'))))
            .ToList();

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
        Client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}

[CollectionDefinition("functions", DisableParallelization = true)]
public sealed class FunctionsCollection;
