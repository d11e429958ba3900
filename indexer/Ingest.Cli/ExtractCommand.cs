using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Serialization;

namespace Ingest.Cli;

/// <summary>`plans extract FILE... [--json | --text]`: read plans of any kind (PDF, scan, photo, .docx, text) and print their
/// records, or with --text the text extraction and OCR read (to check a scan, or to build a corpus document from it);
/// --keep-seal-ink reads colour scans without lightening the red seal (to measure the filter against);
/// --ocr-merged-rows keeps Tesseract's row-by-row text of a scanned two-column header instead of printing it column by
/// column (to measure the separation against; --ocr-header-columns, the default, is still accepted).</summary>
public static class ExtractCommand
{
    private static readonly PlanParser Parser = new();

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var textOnly = args.Contains("--text");
        var extractor = new LocalTextExtractor(ExtractionLimits.Default with { LightenSealInk = !args.Contains("--keep-seal-ink"), SeparateHeaderColumns = !args.Contains("--ocr-merged-rows") });
        var files = args.Where(a => a is not ("--json" or "--text" or "--keep-seal-ink" or "--ocr-header-columns" or "--ocr-merged-rows")).ToList();
        if (files.Count == 0 || files.Any(f => f.StartsWith("--")))
        {
            await stderr.WriteLineAsync("usage: plans extract FILE... [--json | --text] [--keep-seal-ink] [--ocr-merged-rows]   ('-' reads text from standard input)");
            return CommandLine.Usage;
        }
        var status = CommandLine.Ok;
        var records = new List<(string File, PlanRecord Record)>();
        foreach (var file in files)
        {
            try
            {
                var text = file == "-" ? await stdin.ReadToEndAsync() : (await extractor.ExtractAsync(await File.ReadAllBytesAsync(file), file)).Text;
                if (textOnly) await stdout.WriteAsync(text);
                else records.Add((file, Parser.Parse(text)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"plans: cannot read {file}: {e.Message}");
                status = CommandLine.Failed;
            }
            catch (ExtractionException e)
            {
                await stderr.WriteLineAsync($"plans: {e.Message} ({e.Reason})");
                status = CommandLine.Failed;
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // A text that sends a pattern into runaway backtracking is reported on its own line; the other
                // files are still read, as `plans ingest` reports such a file "parse-failed" and goes on.
                await stderr.WriteLineAsync($"plans: {file}: the parser gave up on this text (a pattern ran out of time)");
                status = CommandLine.Failed;
            }
        }
        if (json)
        {
            var output = records.Count == 1 && files.Count == 1
                ? RecordJson.Serialize(records[0].Record)
                : System.Text.Json.JsonSerializer.Serialize(records.Select(r => new { file = r.File, record = r.Record }), RecordJson.Options);
            await stdout.WriteLineAsync(output);
        }
        else foreach (var (file, record) in records) await stdout.WriteAsync(RecordText.Render(file, record));
        return status;
    }
}
