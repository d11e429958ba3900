using System.Text;
using System.Text.Json;
using Ingest.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Functions.Tests;

/// <summary>
/// HTTP function classes called directly, as the worker's ASP.NET Core integration calls them: an
/// <see cref="HttpRequest"/> and the route values the trigger binds, the returned result executed on the
/// response.
/// </summary>
[Collection("functions")]
public sealed class HttpFunctionTests : IDisposable
{
    private readonly FunctionsApp _app = new();
    public void Dispose() => _app.Dispose();

    private HttpContext Context(string query, byte[]? body = null, string? contentType = null)
    {
        var context = new DefaultHttpContext { RequestServices = _app.Services };
        context.Request.QueryString = new QueryString(query);
        context.Request.Body = new MemoryStream(body ?? []);
        context.Request.ContentType = contentType;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<(int Status, JsonElement Body)> Execute(IResult result, HttpContext context)
    {
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return (context.Response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Upload_then_get_through_the_function_classes()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        var upload = Context("?name=" + Uri.EscapeDataString("Khánh Hòa.txt"), bytes, "application/x-www-form-urlencoded");
        var (status, body) = await Execute(await _app.Services.GetRequiredService<UploadPlanFunction>().Run(upload.Request, CancellationToken.None), upload);
        Assert.Equal(201, status);
        Assert.All(upload.Response.Headers.Location.ToString(), c => Assert.True(c < 128));
        var id = body.GetProperty("blob").GetString()!;

        var get = Context("");
        var (found, plan) = await Execute(await _app.Services.GetRequiredService<GetPlanFunction>().Run(get.Request, id, CancellationToken.None), get);
        Assert.Equal(200, found);
        Assert.Equal(id, plan.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_from_the_function_itself()
    {
        var search = Context("?year=abc");
        var (status, problem) = await Execute(await _app.Services.GetRequiredService<SearchFunction>().Run(search.Request, CancellationToken.None), search);
        Assert.Equal(400, status);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var upload = Context("", Encoding.UTF8.GetBytes("text"));
        Assert.Equal(400, (await Execute(await _app.Services.GetRequiredService<UploadPlanFunction>().Run(upload.Request, CancellationToken.None), upload)).Status);
    }
}
