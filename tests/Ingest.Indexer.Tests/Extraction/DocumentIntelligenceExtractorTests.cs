using Ingest.Cli;
using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Tests.Doubles;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>The cloud extractor against a local double of the Document Intelligence REST API (a contract test).</summary>
public sealed class DocumentIntelligenceExtractorTests : IAsyncLifetime
{
    private DocumentIntelligenceDouble _service = null!;
    private readonly ScanFixtures _files = new();
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _service = await DocumentIntelligenceDouble.StartAsync();

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        _files.Dispose();
        _http.Dispose();
    }

    private DocumentIntelligenceExtractor Extractor(string key = DocumentIntelligenceDouble.Key) =>
        new(_http, _service.Endpoint, key, maxWait: TimeSpan.FromSeconds(2));

    private async Task<byte[]> SamplePdf()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(TestPaths.Plans, "dong-nai-ban-dan-toc-15-KH-BDT-2021.txt"));
        return await File.ReadAllBytesAsync(await _files.TextPdfAsync("dong-nai", text));
    }

    [Fact]
    public async Task Analyzes_polls_and_returns_page_wise_text()
    {
        var document = await Extractor().ExtractAsync(await SamplePdf(), "plan.pdf");
        Assert.True(document.Pages.Count >= 2);
        Assert.All(document.Pages, p => Assert.Equal("cloud", p.Source));
        var record = new PlanParser().Parse(document.Text);
        Assert.Equal("15/KH-BDT", record.Number);
        Assert.Contains(record.Citations, c => c.Number == "91/2017/NĐ-CP");
        Assert.Contains(_service.Requests, r => r.StartsWith("POST /documentintelligence/documentModels/prebuilt-read:analyze?api-version=2024-11-30"));
        Assert.True(_service.Requests.Count(r => r.StartsWith("GET ")) >= 2, "polled until the result was ready");
    }

    [Fact]
    public async Task Waits_out_throttling_as_retry_after_says()
    {
        _service.Throttle(2);
        var document = await Extractor().ExtractAsync(await SamplePdf(), "plan.pdf");
        Assert.NotEmpty(document.Pages);
    }

    [Fact]
    public async Task A_file_the_service_cannot_read_is_refused_as_corrupt()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Extractor().ExtractAsync(png, "bad.png"));
        Assert.Equal("corrupt", e.Reason);
    }

    [Fact]
    public async Task A_wrong_key_is_an_error_naming_the_status()
    {
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Extractor("wrong").ExtractAsync(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "x.pdf"));
        Assert.Contains("401", e.Message);
    }

    [Fact]
    public async Task Text_files_are_read_locally_without_calling_the_service()
    {
        var document = await Extractor().ExtractAsync(System.Text.Encoding.UTF8.GetBytes("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014."), "a.txt");
        Assert.Equal(FileKind.Text, document.Kind);
        Assert.Empty(_service.Requests);
    }
}
