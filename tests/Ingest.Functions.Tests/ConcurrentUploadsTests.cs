using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Functions.Tests;

/// <summary>
/// Many clerks at once against the real local service over HTTP: 200 different plans under 200 names, and 50
/// different plans under one name. Whatever the interleaving, the original, the index and the record agree, and
/// no upload is lost.
/// </summary>
public sealed class ConcurrentUploadsTests : IDisposable
{
    private readonly ServiceProcess _service = new();

    public void Dispose() => _service.Dispose();

    private static byte[] Plan(int i, string word) => Encoding.UTF8.GetBytes($"Số: {i + 1}/KH-UBND\nKẾ HOẠCH thực hiện {word}\nMục {i}\n");

    private Task<HttpResponseMessage> UploadAsync(string name, byte[] content) =>
        _service.Client.PostAsync("/api/plans?name=" + Uri.EscapeDataString(name), new ByteArrayContent(content));

    [Fact]
    public async Task Two_hundred_concurrent_distinct_uploads_are_all_kept_indexed_and_recorded()
    {
        await _service.WaitReadyAsync();
        var bodies = Enumerable.Range(0, 200).Select(i => Plan(i, "zqdistinct")).ToArray();
        var responses = await Task.WhenAll(bodies.Select((b, i) => UploadAsync($"plan-{i}.txt", b)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var store = new FileSystemBlobStore(Path.Combine(_service.DataDirectory, "blobs"));
        for (var i = 0; i < bodies.Length; i++)
            await UploadAssert.KeptAsync(_service.Client, store, await BlobAsync(responses[i]), bodies[i]);
        var all = await _service.Client.GetFromJsonAsync<JsonElement>("/api/search?q=zqdistinct&pageSize=1");
        Assert.Equal(200, all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Fifty_concurrent_uploads_under_one_name_leave_one_plan_agreeing_and_every_upload_kept()
    {
        await _service.WaitReadyAsync();
        var bodies = Enumerable.Range(0, 50).Select(i => Plan(i, "zqsame")).ToArray();
        var responses = await Task.WhenAll(bodies.Select(b => UploadAsync("same.txt", b)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var answers = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
        var blob = Assert.Single(answers.Select(a => a.GetProperty("blob").GetString()).Distinct())!;
        var served = await _service.Client.GetByteArrayAsync("/api/originals/" + UploadAssert.Route(blob));
        var winner = Assert.Single(bodies, b => b.AsSpan().SequenceEqual(served));
        var store = new FileSystemBlobStore(Path.Combine(_service.DataDirectory, "blobs"));
        await UploadAssert.KeptAsync(_service.Client, store, blob, winner, "zqsame");
        var found = await _service.Client.GetFromJsonAsync<JsonElement>("/api/search?q=zqsame");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        // Every upload stays retrievable where its answer says it was kept.
        for (var i = 0; i < bodies.Length; i++)
        {
            var kept = answers[i].GetProperty("kept").GetString()!;
            var original = await _service.Client.GetByteArrayAsync("/api/originals/" + UploadAssert.Route(kept["plans/".Length..]));
            Assert.True(bodies[i].AsSpan().SequenceEqual(original), $"upload {i}: the kept version differs");
        }
    }

    private static async Task<string> BlobAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("blob").GetString()!;
}
