using System.Diagnostics;
using System.Text;
using Ingest.Indexer.Corpus;
using Ingest.Indexer.Parsing;

namespace Ingest.Cli;

/// <summary>
/// Measures parser throughput on one core: MB of UTF-8 text parsed per second, on the sample plans and on
/// generated text, after a warm-up on all of them (--warmup seconds each), in wall time and, where Linux tells
/// it, in the thread's CPU time, with the bytes a parse allocates. Figures are kept in docs/BENCHMARKS.md with this command.
/// </summary>
public static class ParserBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var seconds = ReadOption(args, "--seconds", 5.0);
        var samplesDir = ReadOption(args, "--samples", FindSamples());
        var warmSeconds = ReadOption(args, "--warmup", 1.5);
        var parser = new PlanParser();
        var inputs = new List<(string Name, string Text)>();
        if (samplesDir is not null && Directory.Exists(samplesDir))
            foreach (var f in Directory.GetFiles(samplesDir).OrderBy(f => f))
                inputs.Add((Path.GetFileName(f), await File.ReadAllTextAsync(f)));
        else await stderr.WriteLineAsync("bench: sample plans not found; measuring generated text only");
        inputs.Add(("generated-10KB", GeneratedText.Build(1, 10_000).Text));
        inputs.Add(("generated-1MB", GeneratedText.Build(2, 1_000_000).Text));

        WarmUp(parser, inputs, warmSeconds);
        await stdout.WriteLineAsync($"{"input",-44} {"KB",8} {"parses",8} {"ms/parse",10} {"MB/s",8} {"cpu ms",8} {"cpu MB/s",8} {"alloc KB/parse",14}");
        var sampleBytes = 0L;
        var sampleSeconds = 0.0;
        var sampleCpuSeconds = 0.0;
        var sampleAllocBytes = 0.0;
        foreach (var (name, text) in inputs)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            var runs = 0;
            var budget = seconds / inputs.Count;
            var cpuBefore = ThreadCpuClock.Now();
            // Allocation is deterministic where time on a shared machine is not: it shows a change's effect in
            // one run (the loop runs on this thread, so the thread's own count is exact).
            var allocBefore = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed.TotalSeconds < budget || runs < 3) { parser.Parse(text); runs++; }
            sw.Stop();
            var allocPerParse = (GC.GetAllocatedBytesForCurrentThread() - allocBefore) / (double)runs;
            var cpu = ThreadCpuClock.Now() - cpuBefore;
            var perParse = sw.Elapsed.TotalSeconds / runs;
            var cpuPerParse = cpu?.TotalSeconds / runs;
            if (!name.StartsWith("generated")) { sampleBytes += bytes; sampleSeconds += perParse; sampleCpuSeconds += cpuPerParse ?? 0; sampleAllocBytes += allocPerParse; }
            await stdout.WriteLineAsync($"{name,-44} {bytes / 1024.0,8:F1} {runs,8} {perParse * 1000,10:F3} {bytes / perParse / 1e6,8:F1} {Rate(bytes, cpuPerParse)} {allocPerParse / 1024,14:F1}");
        }
        if (sampleSeconds > 0)
            await stdout.WriteLineAsync($"{"all samples",-44} {sampleBytes / 1024.0,8:F1} {"",8} {sampleSeconds * 1000,10:F3} {sampleBytes / sampleSeconds / 1e6,8:F1} {Rate(sampleBytes, sampleCpuSeconds > 0 ? sampleCpuSeconds : null)} {sampleAllocBytes / 1024,14:F1}");
        return CommandLine.Ok;
    }

    // Every input before timing any, as in a running service: tiered PGO keeps the parser in instrumented code
    // for seconds after its first calls, so a warm-up per input timed the first input (whichever it was) largely
    // before the JIT had finished (docs/BENCHMARKS.md, "Parser speed, headerless path").
    private static void WarmUp(PlanParser parser, List<(string Name, string Text)> inputs, double seconds)
    {
        foreach (var (_, text) in inputs)
        {
            var warm = Stopwatch.StartNew();
            for (var i = 0; i < 50 || warm.Elapsed.TotalSeconds < seconds; i++) parser.Parse(text);
        }
    }

    private static string Rate(long bytes, double? seconds) =>
        seconds is double s && s > 0 ? $"{s * 1000,8:F3} {bytes / s / 1e6,8:F1}" : "";

    private static T ReadOption<T>(string[] args, string name, T fallback)
    {
        var i = Array.IndexOf(args, name);
        if (i < 0 || i + 1 >= args.Length) return fallback;
        return (T)Convert.ChangeType(args[i + 1], typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string? FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "samples", "plans");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
