using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Ingest.Cli;

/// <summary>
/// `plans bench parse-ab --builds DIR_A DIR_B …`: the parser of several builds (their output folders) loaded side by side
/// in this one process, each in its own load context, and timed in turns on the sample plans: a round parses the samples
/// ten times with each build, in an order that rotates. A shared machine's slow spells then fall on every build alike,
/// and the ratio of each round's time to the first build's cancels them; runs of `bench parse` one after the other
/// differed by a third on the same build (docs/BENCHMARKS.md, run 56).
/// </summary>
public static class ParseSpeedComparison
{
    private const int PassesPerTurn = 10;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var builds = Values(args, "--builds");
        var samples = Value(args, "--samples") ?? ParserBenchmark.FindSamples();
        var rounds = int.Parse(Value(args, "--rounds") ?? "150", CultureInfo.InvariantCulture);
        if (builds.Count < 2 || rounds < 1 || samples is null || !Directory.Exists(samples)
            || builds.FirstOrDefault(b => !File.Exists(Path.Combine(b, "Ingest.Indexer.dll"))) is { } missing && await NotABuild(missing, stderr))
        {
            await stderr.WriteLineAsync("usage: plans bench parse-ab --builds DIR_A DIR_B [DIR …] [--rounds N] [--samples DIR] (each DIR a build's output folder, holding Ingest.Indexer.dll)");
            return CommandLine.Usage;
        }
        var texts = Directory.GetFiles(samples).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var parsers = builds.Select(LoadParser).ToArray();
        void Pass(Action<string> parse) { foreach (var t in texts) parse(t); }

        // Every build warmed up before any is timed: tiered compilation settles in the first seconds.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 6) foreach (var p in parsers) Pass(p);
        var times = parsers.Select(_ => new List<double>()).ToArray();
        var clock = new Stopwatch();
        for (var r = 0; r < rounds; r++)
            for (var i = 0; i < parsers.Length; i++)
            {
                var k = (i + r) % parsers.Length;
                clock.Restart();
                for (var j = 0; j < PassesPerTurn; j++) Pass(parsers[k]);
                times[k].Add(clock.Elapsed.TotalMilliseconds / PassesPerTurn);
            }

        for (var i = 0; i < parsers.Length; i++)
        {
            var s = times[i].Order().ToArray();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{builds[i]}: min {s[0]:F3} p25 {Quantile(s, 0.25):F3} median {Quantile(s, 0.5):F3} ms a pass of the {texts.Length} samples ({rounds} rounds)"));
        }
        for (var i = 1; i < parsers.Length; i++)
        {
            var ratios = times[i].Zip(times[0], (b, a) => b / a).Order().ToArray();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{builds[i]} / {builds[0]}: paired ratio median {Quantile(ratios, 0.5):F3} (p25 {Quantile(ratios, 0.25):F3}, p75 {Quantile(ratios, 0.75):F3})"));
        }
        return CommandLine.Ok;
    }

    // The build's PlanParser with its default tables, called through reflection (a call costs well under a microsecond
    // beside a parse's hundreds).
    private static Action<string> LoadParser(string dir)
    {
        var context = new BuildLoadContext(Path.GetFullPath(dir));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(dir), "Ingest.Indexer.dll"));
        var type = assembly.GetType("Ingest.Indexer.Parsing.PlanParser", throwOnError: true)!;
        var parser = type.GetConstructors().Single(c => c.GetParameters() is [{ ParameterType.Name: "DomainTables" }]).Invoke([null]);
        var parse = type.GetMethods().Single(m => m.Name == "Parse" && m.GetParameters() is [{ ParameterType: var t }, _] && t == typeof(string));
        return text => parse.Invoke(parser, [text, null]);
    }

    private static async Task<bool> NotABuild(string dir, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"{dir}: no Ingest.Indexer.dll there (give a build's output folder, e.g. indexer/Ingest.Cli/bin/Release/net10.0)");
        return true;
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)(q * (sorted.Length - 1))];

    private static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    // The values after a name, up to the next option.
    private static List<string> Values(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i < 0 ? [] : args.Skip(i + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
    }

    // Each build's own assemblies from its folder; the framework's from the process.
    private sealed class BuildLoadContext(string dir) : AssemblyLoadContext(dir, isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(dir, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
