using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.Functions.Api;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ingest.Functions.Tests;

/// <summary>
/// The blob-triggered IngestPlan function called as the Functions host calls it: the blob's bytes (the
/// trigger parameter) and the {name} binding of "plans/{name}".
/// </summary>
[Collection("functions")]
public sealed class IngestPlanFunctionTests : IDisposable
{
    private readonly FunctionsApp _app = new();
    public void Dispose() => _app.Dispose();

    private IngestPlanFunction Function => _app.Services.GetRequiredService<IngestPlanFunction>();

    private byte[] PutBlob(string name, string sample)
    {
        var path = _app.Blob("plans", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(FunctionsApp.Samples, sample), path);
        return File.ReadAllBytes(path);
    }

    [Fact]
    public async Task A_triggered_blob_is_ingested_and_citable()
    {
        var content = PutBlob("2021/khánh-hòa.txt", "khanh-hoa-ban-dan-toc-2021.txt");
        var result = await Function.Run(content, "2021/khánh-hòa.txt", CancellationToken.None);
        Assert.Equal(IngestStatus.Added, result.Status);
        var cites = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/cites?document=26/CT-TTg");
        Assert.Equal("2021/khánh-hòa.txt", cites.GetProperty("byLevel").GetProperty("province")[0].GetProperty("planId").GetString());
        // The record is in the catalog's row (the folder store keeps no copy in records/).
        var plan = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/plans/2021/" + Uri.EscapeDataString("khánh-hòa.txt"));
        Assert.Equal("Ban Dân tộc tỉnh Khánh Hòa", plan.GetProperty("record").GetProperty("issuer").GetProperty("name").GetString());
        Assert.False(File.Exists(_app.Blob("records", "2021/khánh-hòa.txt.json")));
    }

    [Fact]
    public async Task The_same_blob_triggered_twice_leaves_one_plan()
    {
        var content = PutBlob("twice.txt", "quang-ngai-ban-dan-toc-2022.txt");
        Assert.Equal(IngestStatus.Added, (await Function.Run(content, "twice.txt", CancellationToken.None)).Status);
        Assert.Equal(IngestStatus.Unchanged, (await Function.Run(content, "twice.txt", CancellationToken.None)).Status);
        var search = await _app.Authorized().GetFromJsonAsync<JsonElement>("/api/search?q=quang%20ngai");
        Assert.Equal(1, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unreadable_file_is_recorded_in_failed_and_the_call_succeeds()
    {
        var content = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<");
        Directory.CreateDirectory(Path.GetDirectoryName(_app.Blob("plans", "broken.pdf"))!);
        await File.WriteAllBytesAsync(_app.Blob("plans", "broken.pdf"), content);
        var result = await Function.Run(content, "broken.pdf", CancellationToken.None);
        Assert.Equal(IngestStatus.Failed, result.Status);
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(_app.Blob("failed", "broken.pdf.json"))).RootElement;
        Assert.Equal("corrupt", report.GetProperty("reason").GetString());
        Assert.True(File.Exists(_app.Blob("plans", "broken.pdf")), "the original stays");
    }

    [Fact]
    public async Task An_infrastructure_failure_throws_so_the_platform_retries()
    {
        var s = _app.Services;
        var ingestion = new PlanIngestion(new UnavailableBlobStore(), new LocalTextExtractor(), new PlanPreparer(s.GetRequiredService<PlanParser>()),
            s.GetRequiredService<ISearchIndex>(), s.GetRequiredService<IPlanCatalog>());
        var function = new IngestPlanFunction(ingestion, NullLogger<IngestPlanFunction>.Instance);
        var content = await File.ReadAllBytesAsync(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));
        await Assert.ThrowsAsync<IOException>(() => function.Run(content, "down.txt", CancellationToken.None));
    }

    /// <summary>Storage that is down: every call fails as a network error would.</summary>
    private sealed class UnavailableBlobStore : IBlobStore
    {
        public Task<byte[]?> GetAsync(string container, string name, CancellationToken cancellationToken = default) => throw new IOException("storage is down");
        public Task PutAsync(string container, string name, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) => throw new IOException("storage is down");
        public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default) => throw new IOException("storage is down");
        public Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default) => throw new IOException("storage is down");
    }
}
