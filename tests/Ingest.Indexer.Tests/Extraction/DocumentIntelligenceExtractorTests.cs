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
    public async Task A_digital_pdf_is_read_in_process_without_calling_the_service()
    {
        var document = await Extractor().ExtractAsync(await SamplePdf(), "plan.pdf");
        Assert.True(document.Pages.Count >= 2);
        Assert.All(document.Pages, p => Assert.Equal("text-layer", p.Source));
        var record = new PlanParser().Parse(document.Text);
        Assert.Equal("15/KH-BDT", record.Number);
        Assert.Contains(record.Citations, c => c.Number == "91/2017/NĐ-CP");
        Assert.Empty(_service.Requests);
    }

    // Page 1 digital, page 2 a degraded scan of the same plan.
    private async Task<byte[]> MixedPdf()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(TestPaths.Plans, "dong-nai-ban-dan-toc-15-KH-BDT-2021.txt"));
        var digital = await _files.TextPdfAsync("dong-nai", text);
        var scan = await _files.ScanPdfAsync("dong-nai", digital);
        var mixed = Path.Combine(_files.Dir, "mixed.pdf");
        var run = await Adapters.Embedded.ExternalProgram.RunAsync("qpdf", ["--warning-exit-0", "--empty", "--pages", digital, "1", scan, "2", "--", mixed], TimeSpan.FromMinutes(1));
        Assert.Equal(0, run.ExitCode);
        return await File.ReadAllBytesAsync(mixed);
    }

    [Fact]
    public async Task Only_the_scanned_pages_of_a_mixed_pdf_are_sent_and_polled()
    {
        var document = await Extractor().ExtractAsync(await MixedPdf(), "mixed.pdf");
        Assert.Equal(["text-layer", "cloud"], document.Pages.Select(p => p.Source));
        Assert.Equal([2], document.OcrPages);
        Assert.Contains(document.Warnings, w => w.StartsWith("pages 2 of 2 were read by OCR"));
        Assert.Contains(_service.Requests, r => r.StartsWith("POST /documentintelligence/documentModels/prebuilt-read:analyze?api-version=2024-11-30&pages=2"));
        Assert.True(_service.Requests.Count(r => r.StartsWith("GET ")) >= 2, "polled until the result was ready");
        Assert.True(document.Pages[1].Text.Length > 200, "page 2 came back from the service");
    }

    [Fact]
    public async Task Waits_out_throttling_as_retry_after_says()
    {
        var mixed = await MixedPdf();
        _service.Throttle(2);
        var document = await Extractor().ExtractAsync(mixed, "mixed.pdf");
        Assert.Equal([2], document.OcrPages);
        Assert.Equal(3, _service.Requests.Count(r => r.StartsWith("POST "))); // two answered 429, the third accepted
    }

    [Fact]
    public async Task A_pdf_pdfpig_cannot_parse_is_left_to_the_service_whole()
    {
        var bytes = await SamplePdf();
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Extractor().ExtractAsync(bytes[..(bytes.Length / 3)], "cut.pdf"));
        Assert.Equal("corrupt", e.Reason);
        Assert.Contains(_service.Requests, r => r.EndsWith("prebuilt-read:analyze?api-version=2024-11-30"));
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
    public async Task Doc_and_rtf_are_refused_with_a_clear_reason()
    {
        var rtf = System.Text.Encoding.ASCII.GetBytes(@"{\rtf1\ansi Thuc hien Chi thi 34-CT/TW.\par}");
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Extractor().ExtractAsync(rtf, "a.rtf"));
        Assert.Equal("unsupported-type", e.Reason);
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task Text_files_are_read_locally_without_calling_the_service()
    {
        var document = await Extractor().ExtractAsync(System.Text.Encoding.UTF8.GetBytes("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014."), "a.txt");
        Assert.Equal(FileKind.Text, document.Kind);
        Assert.Empty(_service.Requests);
    }
}
