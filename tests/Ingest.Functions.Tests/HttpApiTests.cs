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

    [Theory]
    [InlineData("/")]
    [InlineData("/api/health")]
    [InlineData("/api/search?q=thi")]
    public async Task Every_answer_forbids_framing_sniffing_and_foreign_scripts(string path)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public void The_local_key_file_is_readable_by_its_owner_only()
    {
        var dir = Path.Combine(_app.DataDirectory, "keytest");
        var key = Ingest.Functions.Local.ApiKeyCheck.LocalKey(dir);
        var path = Path.Combine(dir, "api-key");
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(key, Ingest.Functions.Local.ApiKeyCheck.LocalKey(dir));
        Assert.Equal(48, key.Length);
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
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/trace?from=" + Uri.EscapeDataString(id) + "&direction=sideways")).StatusCode);

        var deadlines = await client.GetFromJsonAsync<JsonElement>("/api/deadlines?from=2021-03-01&to=2021-03-31");
        Assert.Equal("2021-03-15", deadlines[0].GetProperty("date").GetString());
        Assert.False(File.Exists(_app.Blob("records", id + ".json")), "the catalog holds the record; the folder store keeps no copy in records/");
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
        var name = problem.GetProperty("name").GetString()!["plans/".Length..];
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(_app.Blob("failed", name + ".json"))).RootElement;
        Assert.Equal("corrupt", report.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task A_corrupt_upload_under_a_good_plans_name_leaves_the_good_plan_served_and_indexed()
    {
        var client = _app.Authorized();
        Assert.Equal(HttpStatusCode.Created, (await UploadSample(client, "khanh-hoa-ban-dan-toc-2021.txt")).StatusCode);
        var good = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/search?q=kh%C3%A1nh%20h%C3%B2a")).GetProperty("hits")[0].GetProperty("planId").GetString()!;
        var signer = (await client.GetFromJsonAsync<JsonElement>("/api/plans/" + before)).GetProperty("record").GetProperty("signer").GetProperty("name").GetString();
        var garbage = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<");
        var response = await client.PostAsync("/api/plans?name=khanh-hoa-ban-dan-toc-2021.txt", new ByteArrayContent(garbage));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var name = problem.GetProperty("name").GetString()!["plans/".Length..];

        Assert.Equal(good, await client.GetByteArrayAsync("/api/originals/" + name));
        Assert.Equal(garbage, await client.GetByteArrayAsync("/api/originals/" + problem.GetProperty("blob").GetString()!["plans/".Length..]));
        Assert.Equal(before, name);
        var plan = await client.GetFromJsonAsync<JsonElement>("/api/plans/" + name);
        Assert.Equal(signer, plan.GetProperty("record").GetProperty("signer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_replacement_is_explicit_and_the_previous_original_stays_retrievable()
    {
        var client = _app.Authorized();
        var first = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        var second = Encoding.UTF8.GetBytes("Số: 7/KH-UBND\nKế hoạch khác\n");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/plans?name=p.txt", new ByteArrayContent(first))).StatusCode);
        var response = await client.PostAsync("/api/plans?name=p.txt", new ByteArrayContent(second));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Replaced", body.GetProperty("status").ToString());
        var previous = body.GetProperty("previousVersion").GetString()!["plans/".Length..];
        Assert.Equal(first, await client.GetByteArrayAsync("/api/originals/" + previous));
        Assert.Equal(second, await client.GetByteArrayAsync("/api/originals/" + body.GetProperty("blob").GetString()));
    }

    [Theory]
    [InlineData("a%0Ab.txt", "a%00b.txt")]
    [InlineData("a%3Fb.txt", "a%2Ab.txt")]
    public async Task Names_that_cleaning_would_merge_stay_two_plans(string one, string other)
    {
        var client = _app.Authorized();
        var first = await client.PostAsync("/api/plans?name=" + one, new ByteArrayContent(Encoding.UTF8.GetBytes("Số: 1/KH-UBND\n")));
        var second = await client.PostAsync("/api/plans?name=" + other, new ByteArrayContent(Encoding.UTF8.GetBytes("Số: 2/KH-UBND\n")));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
    }

    [Fact]
    public async Task A_name_of_a_thousand_bytes_is_kept_under_a_shorter_name()
    {
        var client = _app.Authorized();
        var name = string.Concat(Enumerable.Repeat("kế hoạch ", 100)) + ".txt";
        var response = await client.PostAsync("/api/plans?name=" + Uri.EscapeDataString(name), new ByteArrayContent(Encoding.UTF8.GetBytes("Số: 3/KH-UBND\n")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(response.Headers.Location!.OriginalString)).StatusCode);
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
    public async Task A_raw_upload_works_whatever_its_content_type_says()
    {
        var client = _app.Authorized();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        // What curl --data-binary @f sends: the file's bytes labelled as a urlencoded form.
        var urlencoded = new ByteArrayContent(bytes);
        urlencoded.Headers.ContentType = new("application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/plans?name=a.txt", urlencoded)).StatusCode);
        var text = new ByteArrayContent(bytes);
        text.Headers.ContentType = new("text/plain");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/plans?name=a.txt", text)).StatusCode);
    }

    [Fact]
    public async Task A_vietnamese_file_name_gets_201_and_a_percent_encoded_location()
    {
        var client = _app.Authorized();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        var response = await client.PostAsync("/api/plans?name=" + Uri.EscapeDataString("Kế hoạch Khánh Hòa.txt"), new ByteArrayContent(bytes));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.All(location, c => Assert.True(c < 128, location));
        Assert.EndsWith("/" + Uri.EscapeDataString("Kế hoạch Khánh Hòa.txt"), location);
        // The Location leads to the plan.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task A_chunked_upload_over_the_limit_is_refused_with_413()
    {
        var client = _app.Authorized();
        var content = new StreamContent(new MemoryStream(new byte[6 * 1024 * 1024]));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans?name=big.txt") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(Directory.Exists(_app.Blob("plans", "uploads")), "nothing is stored");
    }

    [Fact]
    public async Task Unknown_routes_get_problem_details_and_need_the_key_too()
    {
        var anonymous = await _app.Client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var known = await _app.Authorized().GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, known.StatusCode);
        Assert.Equal("application/problem+json", known.Content.Headers.ContentType?.MediaType);
        var wrongMethod = await _app.Authorized().DeleteAsync("/api/search");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("application/problem+json", wrongMethod.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Client.PostAsync("/runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan", new StringContent("[]"))).StatusCode);
    }

    [Fact]
    public async Task The_web_page_is_served_at_the_root_and_under_api_web_without_a_key()
    {
        var root = await _app.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Equal("text/html", root.Content.Headers.ContentType?.MediaType);
        var web = await _app.Client.GetAsync("/api/web/");
        Assert.Equal(await root.Content.ReadAsStringAsync(), await web.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", (await _app.Client.GetAsync("/api/web/app.js")).Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, (await _app.Client.GetAsync("/api/web/../appsettings.json")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await _app.Client.GetAsync("/api/web/%2E%2E/appsettings.json")).StatusCode);
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
