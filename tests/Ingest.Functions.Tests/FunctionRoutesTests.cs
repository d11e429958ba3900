using System.Reflection;
using System.Text.Json;
using Ingest.Functions.Api;
using Ingest.Functions.Hosting;
using Ingest.Functions.Local;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Tests;

/// <summary>
/// The local host serves exactly the functions the worker declares: every [Function] with an [HttpTrigger]
/// has its method and route (under the host's "api" prefix) in the local route table and the reverse, and
/// every blob-triggered function is reachable through the local copy of the host's blob webhook.
/// </summary>
[Collection("functions")]
public sealed class FunctionRoutesTests : IDisposable
{
    private readonly FunctionsApp _app = new();
    public void Dispose() => _app.Dispose();

    private static IEnumerable<MethodInfo> FunctionMethods() =>
        typeof(HealthFunction).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null);

    private static HttpTriggerAttribute? HttpTrigger(MethodInfo m) =>
        m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null);

    [Fact]
    public void Every_http_function_is_served_locally_on_its_route_and_method_and_the_reverse()
    {
        var declared = FunctionMethods().Select(HttpTrigger).OfType<HttpTriggerAttribute>()
            .SelectMany(t => t.Methods!.Select(m => (Method: m.ToUpperInvariant(), Route: "api/" + t.Route)))
            .ToHashSet();
        Assert.Equal(13, declared.Count);
        var served = _app.Routes().Where(r => !r.Route.StartsWith("runtime/", StringComparison.Ordinal)).ToHashSet();
        Assert.Empty(declared.Except(served));
        Assert.Empty(served.Except(declared));
    }

    [Fact]
    public void Every_blob_triggered_function_is_served_by_the_local_webhook()
    {
        var blobFunctions = FunctionMethods()
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<BlobTriggerAttribute>() is not null))
            .Select(m => "Host.Functions." + m.GetCustomAttribute<FunctionAttribute>()!.Name).ToHashSet();
        Assert.Equal(blobFunctions, EventGridWebhook.Functions.Keys.ToHashSet());
        var trigger = typeof(IngestPlanFunction).GetMethod(nameof(IngestPlanFunction.Run))!.GetParameters()
            .Select(p => p.GetCustomAttribute<BlobTriggerAttribute>()).Single(a => a is not null)!;
        Assert.Equal("plans/{name}", trigger.BlobPath);
        Assert.Equal(BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Contains(_app.Routes(), r => r == ("POST", EventGridWebhook.Route.TrimStart('/')));
    }

    [Fact]
    public void Health_and_the_web_page_are_anonymous_and_every_other_route_needs_a_function_key()
    {
        foreach (var m in FunctionMethods())
        {
            var trigger = HttpTrigger(m);
            if (trigger is null) continue;
            var name = m.GetCustomAttribute<FunctionAttribute>()!.Name;
            var expected = name is "Health" or "WebPage" ? AuthorizationLevel.Anonymous : AuthorizationLevel.Function;
            Assert.True(trigger.AuthLevel == expected, $"{name}: {trigger.AuthLevel}");
        }
    }

    [Fact]
    public void Every_function_class_is_registered_for_the_local_host()
    {
        var types = FunctionMethods().Select(m => m.DeclaringType!).ToHashSet();
        Assert.Equal(types, IngestHttp.FunctionTypes.ToHashSet());
    }

    [Fact]
    public void The_sdk_generated_metadata_lists_every_function_with_its_binding()
    {
        // functions.metadata is what the Functions host reads; the Worker Sdk writes it at build time.
        var metadata = Path.Combine(Path.GetDirectoryName(typeof(HealthFunction).Assembly.Location)!, "functions.metadata");
        if (!File.Exists(metadata)) metadata = Path.Combine(TestRoot.Path, "functions", "Ingest.Functions", "bin", TestRoot.Configuration, "net10.0", "functions.metadata");
        var functions = JsonDocument.Parse(File.ReadAllText(metadata)).RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bindings")[0]);
        Assert.Equal(FunctionMethods().Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name).ToHashSet(), functions.Keys.ToHashSet());
        Assert.Equal("blobTrigger", functions["IngestPlan"].GetProperty("type").GetString());
        Assert.Equal("EventGrid", functions["IngestPlan"].GetProperty("source").GetString());
        Assert.Equal("plans/{*id}", functions["GetPlan"].GetProperty("route").GetString());
        var worker = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(metadata)!, "worker.config.json"))).RootElement;
        Assert.Equal("dotnet-isolated", worker.GetProperty("description").GetProperty("language").GetString());
    }
}
