using System.Diagnostics;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;

namespace Ingest.Cli;

/// <summary>
/// `plans bench extract`: pages per second of each way a PDF page is read, in one run on the same pages
/// (ScanFixtures renders the sample plans to digital PDFs and degraded scans): PdfPig's text layer in reading
/// order (in process), poppler's text layer (pdftotext -layout), poppler rasterizing a page for OCR
/// (pdftoppm, 200 dpi), and Tesseract on a scanned page, from the JPEG stored in the PDF and from the
/// poppler rendering. One page at a time, so the figures are per core.
/// </summary>
public static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? samples = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && samples is null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "samples", "plans"))) samples = Path.Combine(dir.FullName, "shared", "samples", "plans");
        if (samples is null) { await stderr.WriteLineAsync("bench extract: ../shared/samples/plans not found"); return CommandLine.Failed; }
        var ocrPlans = args.Length > 1 && args[0] == "--ocr-plans" ? int.Parse(args[1]) : 2;
        using var fixtures = new ScanFixtures();
        var digital = new List<string>();
        var scans = new List<string>();
        foreach (var path in Directory.GetFiles(samples).OrderBy(p => p))
        {
            var pdf = await fixtures.TextPdfAsync(Path.GetFileNameWithoutExtension(path), await File.ReadAllTextAsync(path));
            digital.Add(pdf);
            if (scans.Count < ocrPlans) scans.Add(await fixtures.ScanPdfAsync(Path.GetFileNameWithoutExtension(path), pdf));
        }
        var limits = new ExtractionLimits { OcrParallelism = 1 };
        var local = new LocalTextExtractor(limits);
        var poppler = new PopplerPdf(limits);
        var tesseract = new TesseractOcr(limits);
        await stdout.WriteLineAsync("| path | pages | seconds | pages/s |");
        await stdout.WriteLineAsync("|---|---:|---:|---:|");

        await local.ExtractAsync(await File.ReadAllBytesAsync(digital[0]), "warm-up.pdf"); // JIT, not measured
        await Row(stdout, "PdfPig text layer, reading order (in process)", digital, async pdf =>
            (await local.ExtractAsync(await File.ReadAllBytesAsync(pdf), pdf)).Pages.Count);
        await Row(stdout, "poppler text layer (pdftotext -layout)", digital, async pdf =>
        {
            var (pages, _, _) = await poppler.InfoAsync(pdf, pdf, default);
            return (await poppler.TextLayerAsync(pdf, pages, pdf, default)).Count;
        });
        using var workspace = new TempWorkspace();
        var rendered = new List<(string Image, int Page)>();
        await Row(stdout, "poppler rasterizing a scanned page (pdftoppm 200 dpi, gray)", scans, async pdf =>
        {
            var (pages, width, height) = await poppler.InfoAsync(pdf, pdf, default);
            for (var page = 1; page <= pages; page++)
                rendered.Add((await poppler.RasterizeAsync(pdf, page, width, height, workspace, pdf, default), page));
            // pdftoppm names pages by number: keep each file's renderings apart for the OCR row below.
            foreach (var (image, _) in rendered.TakeLast(pages)) File.Move(image, workspace.File($"{Guid.NewGuid():N}.pgm"));
            return pages;
        });
        await Row(stdout, "OCR of a scanned page from its stored JPEG (PdfPig hands it over)", scans, async pdf =>
            (await local.ExtractAsync(await File.ReadAllBytesAsync(pdf), pdf)).OcrPages.Count);
        var images = Directory.GetFiles(workspace.Path, "*.pgm").ToList();
        await Row(stdout, "OCR of a page rendered by poppler (Tesseract alone, rendering not counted)", images, async image =>
        {
            await tesseract.RecognizeAsync(image, 1, image, default);
            return 1;
        });
        return CommandLine.Ok;
    }

    private static async Task Row(TextWriter stdout, string path, IEnumerable<string> files, Func<string, Task<int>> read)
    {
        var pages = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files) pages += await read(file);
        var seconds = clock.Elapsed.TotalSeconds;
        await stdout.WriteLineAsync($"| {path} | {pages} | {seconds:F2} | {pages / seconds:0.0#} |");
    }
}
