namespace Ingest.Cli;

/// <summary>`plans bench parse|parse-ab|index|ingest|query|ocr|extract`: parser throughput, index scale and latency (see docs/BENCHMARKS.md).</summary>
public static class BenchCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        args.Length == 0 ? Usage(stderr) : args[0] switch
        {
            "parse" => ParserBenchmark.RunAsync(args[1..], stdout, stderr),
            "parse-ab" => ParseSpeedComparison.RunAsync(args[1..], stdout, stderr),
            "index" => IndexBenchmark.RunAsync(args[1..], stdout, stderr),
            "ingest" => IngestBenchmark.RunAsync(args[1..], stdout, stderr),
            "query" => QueryBenchmark.RunAsync(args[1..], stdout, stderr),
            "ocr" => OcrBenchmark.RunAsync(args[1..], stdout, stderr),
            "extract" => ExtractionBenchmark.RunAsync(args[1..], stdout, stderr),
            _ => Usage(stderr),
        };

    private static async Task<int> Usage(TextWriter stderr)
    {
        await stderr.WriteLineAsync("usage: plans bench parse [--seconds N] [--warmup N] [--samples DIR] | plans bench parse-ab --builds DIR_A DIR_B [--rounds N] | plans bench index [--plans N] [--dir DIR] | plans bench ingest [--plans N] [--dir DIR] | plans bench query --data DIR [--plans N] [--slowest N] | plans bench ocr | plans bench extract [--ocr-plans N]");
        return CommandLine.Usage;
    }
}
