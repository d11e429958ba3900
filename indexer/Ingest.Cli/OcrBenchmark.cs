using System.Diagnostics;
using System.Text.Json;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;

namespace Ingest.Cli;

/// <summary>
/// `plans bench ocr`: renders the sample plans to digital PDFs and degraded scans (ScanFixtures), then
/// measures pages per second on the text layer, seconds per OCR'd page at 200 and 300 dpi and page
/// segmentation 3 and 6, how many citation numbers of the hand-checked records each setting recovers, the
/// speed-up from running pages in parallel, and the share of wall time spent outside Tesseract.
/// </summary>
public static class OcrBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var samples = FindSamples();
        if (samples is null) { await stderr.WriteLineAsync("bench ocr: ../shared/samples not found"); return CommandLine.Failed; }
        using var fixtures = new ScanFixtures();
        var parser = new PlanParser();
        var digital = new List<(string Name, byte[] Pdf)>();
        var scans = new List<(string Name, byte[] Pdf)>();
        foreach (var path in Directory.GetFiles(Path.Combine(samples, "plans")).OrderBy(p => p))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var pdf = await fixtures.TextPdfAsync(name, await File.ReadAllTextAsync(path));
            digital.Add((name, await File.ReadAllBytesAsync(pdf)));
            scans.Add((name, await File.ReadAllBytesAsync(await fixtures.ScanPdfAsync(name, pdf))));
        }

        var text = new LocalTextExtractor();
        var pages = 0;
        var sw = Stopwatch.StartNew();
        for (var round = 0; round < 5; round++)
            foreach (var (name, pdf) in digital) pages += (await text.ExtractAsync(pdf, name)).Pages.Count;
        await stdout.WriteLineAsync($"| digital PDF, text layer | {pages / sw.Elapsed.TotalSeconds:F1} pages/s ({pages} pages) |");

        await stdout.WriteLineAsync("| OCR setting | pages | wall s | s/page (wall) | Tesseract s/page | outside Tesseract | citation numbers recovered |");
        await stdout.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|");
        double serialWall = 0;
        foreach (var (dpi, psm, parallel) in new[] { (200, 3, 1), (300, 3, 1), (200, 6, 1), (200, 3, Environment.ProcessorCount) })
        {
            var extractor = new LocalTextExtractor(new ExtractionLimits { OcrDpi = dpi, OcrPageSegmentation = psm, OcrParallelism = parallel });
            int ocrPages = 0, expected = 0, recovered = 0;
            sw.Restart();
            foreach (var (name, pdf) in scans)
            {
                var document = await extractor.ExtractAsync(pdf, name + "-scan.pdf");
                ocrPages += document.Pages.Count;
                var found = parser.Parse(document.Text).Citations.Where(c => c.Number is not null).Select(c => c.Number!).ToList();
                foreach (var number in ExpectedNumbers(samples, name))
                {
                    expected++;
                    if (found.Remove(number)) recovered++;
                }
            }
            var wall = sw.Elapsed.TotalSeconds;
            if (dpi == 200 && psm == 3 && parallel == 1) serialWall = wall;
            var engine = extractor.EngineTime.TotalSeconds;
            var outside = 1 - engine / (wall * parallel);
            await stdout.WriteLineAsync($"| {dpi} dpi, psm {psm}, {parallel} page(s) at once | {ocrPages} | {wall:F1} | {wall / ocrPages:F2} | {engine / ocrPages:F2} | {outside:P1} | {recovered}/{expected} ({recovered / (double)expected:P1}) |");
            if (parallel > 1) await stdout.WriteLineAsync($"| speed-up of {parallel} pages at once over 1 (200 dpi, psm 3) | {serialWall / wall:F2}× | | | | | |");
        }
        return CommandLine.Ok;
    }

    private static IEnumerable<string> ExpectedNumbers(string samples, string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(samples, "expected", name + ".json")));
        return doc.RootElement.GetProperty("citations").EnumerateArray()
            .Where(c => c.GetProperty("number").ValueKind == JsonValueKind.String)
            .Select(c => c.GetProperty("number").GetString()!).ToList();
    }

    private static string? FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "samples"))) return Path.Combine(dir.FullName, "shared", "samples");
        return null;
    }
}
