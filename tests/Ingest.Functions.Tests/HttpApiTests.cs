using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ingest.Functions.Tests;

[Collection("functions")]
public sealed class HttpApiTests : IDisposable
{
    private readonly FunctionsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> UploadSample(HttpClient client, string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, file));
        return await client.PostAsync("/api/plans?name=" + Uri.EscapeDataString(file), new ByteArrayContent(bytes));
    }

    [Fact]
    public async Task Health_needs_no_key_and_everything_else_does()
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/api/health")).StatusCode);
        var refused = await _app.Client.GetAsync("/api/search?q=thi");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync($"/api/search?q=thi&code={FunctionsApp.Key}")).StatusCode);
    }

    [Fact]
    public async Task An_uploaded_plan_is_searchable_citable_and_traceable()
    {
        var client = _app.Authorized();
        foreach (var file in Directory.GetFiles(FunctionsApp.Samples).Select(Path.GetFileName))
            Assert.Equal(HttpStatusCode.Created, (await UploadSample(client, file!)).StatusCode);

        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=dong%20nai&level=district");
        Assert.Equal(1, search.GetProperty("total").GetInt32());

        var cites = await client.GetFromJsonAsync<JsonElement>("/api/cites?document=" + Uri.EscapeDataString("Chỉ thị 34-CT/TW"));
        Assert.Equal(2, cites.GetProperty("byLevel").GetProperty("province").GetArrayLength());

        var id = search.GetProperty("hits")[0].GetProperty("planId").GetString()!;
        var plan = await client.GetFromJsonAsync<JsonElement>("/api/plans/" + id);
        Assert.Equal("Huỳnh Tân Thìn", plan.GetProperty("record").GetProperty("signer").GetProperty("name").GetString());

        var trace = await client.GetFromJsonAsync<JsonElement>("/api/trace?from=" + Uri.EscapeDataString(id) + "&direction=up");
        Assert.True(trace.GetProperty("children").GetArrayLength() > 0);

        var deadlines = await client.GetFromJsonAsync<JsonElement>("/api/deadlines?from=2021-03-01&to=2021-03-31");
        Assert.Equal("2021-03-15", deadlines[0].GetProperty("date").GetString());
        Assert.True(File.Exists(_app.Blob("records", id + ".json")), "the record is written to records/");
    }

    [Fact]
    public async Task A_corrupt_pdf_ends_in_failed_with_a_reason_and_the_original_stays()
    {
        var client = _app.Authorized();
        var response = await client.PostAsync("/api/plans?name=broken.pdf", new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<")));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("corrupt", problem.GetProperty("reason").GetString());
        var blob = problem.GetProperty("blob").GetString()!["plans/".Length..];
        Assert.True(File.Exists(_app.Blob("plans", blob)), "the original is kept");
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(_app.Blob("failed", blob + ".json"))).RootElement;
        Assert.Equal("corrupt", report.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task Uploads_over_the_limit_and_bad_queries_get_problem_details()
    {
        var client = _app.Authorized();
        var big = await client.PostAsync("/api/plans?name=big.txt", new ByteArrayContent(new byte[6 * 1024 * 1024]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?year=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/cites")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/plans/none.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/plans", new ByteArrayContent([1, 2, 3]))).StatusCode);
    }

    [Fact]
    public async Task Twenty_concurrent_uploads_are_all_indexed_none_twice()
    {
        var client = _app.Authorized();
        var text = await File.ReadAllTextAsync(Path.Combine(FunctionsApp.Samples, "dong-nai-ban-dan-toc-15-KH-BDT-2021.txt"));
        var uploads = Enumerable.Range(1, 20).Select(i =>
            client.PostAsync($"/api/plans?name=plan-{i}.txt", new ByteArrayContent(Encoding.UTF8.GetBytes(text.Replace("15 /KH-BDT", $"{100 + i}/KH-BDT")))));
        var responses = await Task.WhenAll(uploads);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var again = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            client.PostAsync($"/api/plans?name=plan-{i}.txt", new ByteArrayContent(Encoding.UTF8.GetBytes(text.Replace("15 /KH-BDT", $"{100 + i}/KH-BDT"))))));
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=thi%20dua");
        Assert.Equal(20, search.GetProperty("total").GetInt32());
    }
}
