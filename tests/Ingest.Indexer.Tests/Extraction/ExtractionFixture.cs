using Ingest.Cli;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>One set of generated files and extractions shared by the extraction tests (OCR is slow: do it once).</summary>
public sealed class ExtractionFixture : IAsyncLifetime
{
    public ScanFixtures Files { get; } = new();
    public LocalTextExtractor Extractor { get; } = new();
    public Dictionary<string, string> Texts { get; } = new();
    public Dictionary<string, string> DigitalPdfs { get; } = new();
    public Dictionary<string, ExtractedDocument> Digital { get; } = new();
    public Dictionary<string, ExtractedDocument> Scanned { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var path in Directory.GetFiles(TestPaths.Plans).OrderBy(p => p))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            Texts[name] = await File.ReadAllTextAsync(path);
            DigitalPdfs[name] = await Files.TextPdfAsync(name, Texts[name]);
            Digital[name] = await Extractor.ExtractAsync(await File.ReadAllBytesAsync(DigitalPdfs[name]), name + ".pdf");
            var scan = await Files.ScanPdfAsync(name, DigitalPdfs[name]);
            Scanned[name] = await Extractor.ExtractAsync(await File.ReadAllBytesAsync(scan), name + "-scan.pdf");
        }
    }

    public Task DisposeAsync()
    {
        Files.Dispose();
        return Task.CompletedTask;
    }
}
