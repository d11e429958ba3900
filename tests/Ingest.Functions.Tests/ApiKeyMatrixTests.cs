using System.Net;
using System.Reflection;
using Ingest.Functions.Api;
using Ingest.Functions.Local;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Tests;

/// <summary>
/// Every route of the local service, listed from the function classes (as <see cref="FunctionRoutesTests"/> does)
/// plus the blob webhook, tried with no key, a wrong key (header and query) and the right key (header and
/// query): the first ones get 401 except on the anonymous functions (health, the web page), the right key never does.
/// </summary>
[Collection("functions")]
public sealed class ApiKeyMatrixTests : IDisposable
{
    private readonly FunctionsApp _app = new();
    public void Dispose() => _app.Dispose();

    // (function, method, path with its parameters filled in)
    private static IEnumerable<(string Function, string Method, string Path)> Routes()
    {
        var functions = typeof(HealthFunction).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Name: m.GetCustomAttribute<FunctionAttribute>()?.Name, Trigger: m.GetParameters()
                .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Name is not null && f.Trigger is not null);
        foreach (var (name, trigger) in functions)
            foreach (var method in trigger!.Methods!)
                yield return (name!, method.ToUpperInvariant(), "/api/" + Fill(trigger.Route!));
        yield return ("EventGridWebhook", "POST", EventGridWebhook.Route + "?functionName=Host.Functions.IngestPlan");
        yield return ("no such route", "GET", "/api/no-such-route"); // 401 without the key, 404 with it
    }

    // Route parameters get plausible values: a catch-all a plan id or file, a report kind, and so on.
    private static string Fill(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{\*?(\w+)[^}]*\}", m => m.Groups[1].Value switch
    {
        "kind" => "overview",
        "path" => "index.html",
        _ => "samples/plan.txt",
    });

    private static bool Anonymous(string function) => function is "Health" or "WebPage";

    [Fact]
    public async Task Every_route_refuses_a_missing_or_wrong_key_and_accepts_the_right_one()
    {
        var routes = Routes().ToList();
        Assert.True(routes.Count >= 14, $"only {routes.Count} routes found");
        var failures = new List<string>();
        foreach (var (function, method, path) in routes)
        {
            var tries = new (string Label, string? Header, string? Query, bool Right)[]
            {
                ("no key", null, null, false),
                ("wrong key in the header", "wrong-" + FunctionsApp.Key, null, false),
                ("wrong key in the query", null, "wrong-" + FunctionsApp.Key, false),
                ("right key in the header", FunctionsApp.Key, null, true),
                ("right key in the query", null, FunctionsApp.Key, true),
            };
            foreach (var (label, header, query, right) in tries)
            {
                var status = await SendAsync(method, path, header, query);
                var expectRefused = !right && !Anonymous(function);
                if ((status == HttpStatusCode.Unauthorized) != expectRefused)
                    failures.Add($"{method} {path} ({function}) with {label}: {(int)status}");
            }
        }
        Assert.Empty(failures);
    }

    private async Task<HttpStatusCode> SendAsync(string method, string path, string? header, string? query)
    {
        if (query is not null) path += (path.Contains('?') ? "&" : "?") + "code=" + Uri.EscapeDataString(query);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (header is not null) request.Headers.Add("x-functions-key", header);
        if (method == "POST") request.Content = new ByteArrayContent("KẾ HOẠCH số 1/KH-UBND"u8.ToArray());
        using var response = await _app.Client.SendAsync(request);
        return response.StatusCode;
    }
}
