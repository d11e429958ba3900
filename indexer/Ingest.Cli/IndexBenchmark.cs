using System.Collections.Concurrent;
using System.Diagnostics;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Corpus;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;

namespace Ingest.Cli;

/// <summary>
/// `plans bench index --plans N`: generates N plans with a planted hierarchy, writes them as text files,
/// ingests them (parsing on all cores, one SQLite writer), and measures ingest rate, index size, peak memory
/// and the latency and recall of search, cites and trace; then what a clerk would do instead, `rg -l`, for the
/// same directives on the same files. Prints a Markdown table for docs/BENCHMARKS.md.
/// </summary>
public static class IndexBenchmark
{
    private const int Queries = 200;
    private const int Batch = 1000;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var n = Option(args, "--plans", 10_000);
        var root = Option(args, "--dir", Path.Combine(Path.GetTempPath(), $"ingest-bench-{n}"));
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var corpusDir = Path.Combine(root, "corpus");
        Directory.CreateDirectory(corpusDir);
        var parser = new PlanParser();
        var preparer = new PlanPreparer(parser);
        var provinces = parser.Tables.Provinces.Select(p => p.Name).ToList();

        // Ground truth kept small: per plan only its key, level and planted citations.
        var truth = new List<(string Id, string Level, string Key, IReadOnlyList<CorpusCitation> Cites)>(n);
        var sw = Stopwatch.StartNew();
        foreach (var plan in new PlanCorpusGenerator(42, provinces).Generate(n))
        {
            var path = Path.Combine(corpusDir, plan.Id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, plan.Text);
            truth.Add((plan.Id, plan.Level, plan.DocumentKey, plan.Cites));
        }
        var generateSeconds = sw.Elapsed.TotalSeconds;
        var corpusBytes = Directory.EnumerateFiles(corpusDir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        await stderr.WriteLineAsync($"generated {truth.Count} plans ({corpusBytes / 1e6:F0} MB) in {generateSeconds:F1} s");

        var dbPath = Path.Combine(root, "index.db");
        using var index = new SqlitePlanIndex(dbPath, parser);
        sw.Restart();
        var parseTicks = 0L;
        foreach (var chunk in truth.Chunk(Batch))
        {
            var prepared = new ConcurrentBag<(int, IndexedPlan)>();
            var t0 = Stopwatch.GetTimestamp();
            Parallel.ForEach(chunk.Select((t, i) => (t, i)), x =>
                prepared.Add((x.i, preparer.Prepare(x.t.Id, File.ReadAllText(Path.Combine(corpusDir, x.t.Id))))));
            parseTicks += Stopwatch.GetTimestamp() - t0;
            await index.UpsertAsync(prepared.OrderBy(p => p.Item1).Select(p => p.Item2).ToList());
        }
        var ingestSeconds = sw.Elapsed.TotalSeconds;
        var parseSeconds = parseTicks / (double)Stopwatch.Frequency;
        var indexBytes = Directory.EnumerateFiles(root, "index.db*").Sum(f => new FileInfo(f).Length);
        await stderr.WriteLineAsync($"ingested in {ingestSeconds:F1} s");

        var rng = new Random(7);
        var directives = truth.Where(t => t.Level == "central").OrderBy(_ => rng.Next()).Take(Queries).ToList();
        var citing = truth.SelectMany(t => t.Cites.Select(c => (c.Key, t.Id))).ToLookup(x => x.Key, x => x.Id);
        var spell = directives.Select(d => (d.Key, Query: $"{d.Key.Split('|')[0]} {d.Key.Split('|')[1]}", Number: d.Key.Split('|')[0])).ToList();

        var citesLatency = new List<double>();
        double found = 0, expected = 0, returned = 0;
        foreach (var (key, query, _) in spell)
        {
            var t0 = Stopwatch.GetTimestamp();
            var result = await index.CitesAsync(query);
            citesLatency.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            var got = result.All.Select(c => c.PlanId).ToHashSet();
            var want = citing[key].ToHashSet();
            found += got.Intersect(want).Count();
            expected += want.Count;
            returned += got.Count;
        }

        string[] words = ["thi đua", "cải cách hành chính", "chuyen doi so", "nông thôn mới", "Đồng Nai", "phòng chống thiên tai", "giảm nghèo", "pháp luật"];
        var searchLatency = new List<double>();
        for (var i = 0; i < Queries; i++)
        {
            var q = new SearchQuery { Text = words[i % words.Length], Level = i % 3 == 0 ? "district" : null, Year = i % 4 == 0 ? 2023 : null };
            var t0 = Stopwatch.GetTimestamp();
            await index.SearchAsync(q);
            searchLatency.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        var traceLatency = new List<double>();
        var communes = truth.Where(t => t.Level == "commune").OrderBy(_ => rng.Next()).Take(Queries / 2).ToList();
        foreach (var d in directives.Take(Queries / 2))
        {
            var t0 = Stopwatch.GetTimestamp();
            await index.TraceAsync(d.Id, TraceDirection.Down, 5);
            traceLatency.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        foreach (var c in communes)
        {
            var t0 = Stopwatch.GetTimestamp();
            await index.TraceAsync(c.Id, TraceDirection.Up, 5);
            traceLatency.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        var (rgFound, rgSeconds, rgRuns) = Ripgrep(corpusDir, spell.Take(50).Select(s => (s.Number, citing[s.Key].ToHashSet())).ToList());
        var rgExpected = spell.Take(50).Sum(s => citing[s.Key].Count());
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        await stdout.WriteLineAsync($"""
            | measure ({n} plans, {corpusBytes / 1e6:F0} MB of text) | value |
            |---|---:|
            | ingest (parse + index), wall | {ingestSeconds:F1} s ({n / ingestSeconds:F0} plans/s) |
            | of which parsing on {Environment.ProcessorCount} cores, wall | {parseSeconds:F1} s |
            | index size (SQLite file + WAL) | {indexBytes / 1e6:F0} MB |
            | peak working set | {peak / 1e6:F0} MB |
            | cites p50 / p99 ({citesLatency.Count} directives) | {P(citesLatency, 50):F2} / {P(citesLatency, 99):F2} ms |
            | cites recall / precision vs ground truth | {found / Math.Max(1, expected):P1} / {found / Math.Max(1, returned):P1} |
            | search p50 / p99 ({searchLatency.Count} queries, facets on) | {P(searchLatency, 50):F2} / {P(searchLatency, 99):F2} ms |
            | trace depth 5 p50 / p99 ({traceLatency.Count}, down from directives and up from communes) | {P(traceLatency, 50):F2} / {P(traceLatency, 99):F2} ms |
            | rg -l -i -F NUMBER, per directive ({rgRuns} directives) | {rgSeconds / Math.Max(1, rgRuns) * 1000:F0} ms |
            | rg recall vs ground truth (same directives) | {rgFound / Math.Max(1.0, rgExpected):P1} |
            | index cites p50 vs rg: speed ratio | {rgSeconds / Math.Max(1, rgRuns) * 1000 / Math.Max(0.001, P(citesLatency, 50)):F0}x |
            """);
        return CommandLine.Ok;
    }

    // The clerk's way: search the files for the number as printed (case-insensitive, literal).
    private static (double Found, double Seconds, int Runs) Ripgrep(string dir, List<(string Number, HashSet<string> Truth)> queries)
    {
        double found = 0;
        var sw = Stopwatch.StartNew();
        foreach (var (number, truth) in queries)
        {
            var psi = new ProcessStartInfo("rg") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
            foreach (var a in new[] { "-l", "-i", "-F", number, "." }) psi.ArgumentList.Add(a);
            using var process = Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var files = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(f => f.TrimStart('.', '/')).ToHashSet();
            found += files.Intersect(truth).Count();
        }
        return (found, sw.Elapsed.TotalSeconds, queries.Count);
    }

    internal static double P(List<double> values, int percentile)
    {
        if (values.Count == 0) return 0;
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    internal static T Option<T>(string[] args, string name, T fallback)
    {
        var i = Array.IndexOf(args, name);
        return i < 0 || i + 1 >= args.Length ? fallback : (T)Convert.ChangeType(args[i + 1], typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
