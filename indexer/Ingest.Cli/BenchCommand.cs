namespace Ingest.Cli;

/// <summary>`plans bench parse`: parser throughput (see docs/BENCHMARKS.md).</summary>
public static class BenchCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        args.Length > 0 && args[0] == "parse"
            ? ParserBenchmark.RunAsync(args[1..], stdout, stderr)
            : Usage(stderr);

    private static async Task<int> Usage(TextWriter stderr)
    {
        await stderr.WriteLineAsync("usage: plans bench parse [--seconds N] [--samples DIR]");
        return CommandLine.Usage;
    }
}
