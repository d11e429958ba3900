using System.Diagnostics;
using System.Globalization;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Corpus;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;

namespace Ingest.Cli;

/// <summary>
/// `plans bench query --data DIR --plans N`: query latency in process on an existing index (one that
/// `plans bench ingest` or `plans ingest` built from the generated corpus of N plans, seed 42, whose ground
/// truth is generated again here): search over a mix of very common and rare queries with facets on and
/// every match ranked, cites of central directives and of province and district plans (spelled the way a
/// user names a district's plan) with precision and recall, trace depth 5, peak memory. `--slowest N` lists the N
/// slowest queries of each kind, to find what a percentile is made of.
/// </summary>
public static class QueryBenchmark
{
    private const int Queries = 200;

    // A document spelled the way a user names it: a directive by number and year, a plan with its issuer.
    private static string CitesSpelling(CorpusPlan d)
    {
        var year = d.DocumentKey.Split('|')[1];
        return d.Level switch
        {
            "central" => $"{d.Number} {year}",
            "province" => $"Kế hoạch {d.Number} năm {year} của UBND tỉnh {d.Province}",
            // The generator draws district names from 900 syllable pairs, so one name recurs in several
            // provinces (far more often than in Vietnam): the province is named too, as a full citation does.
            _ => $"Kế hoạch {d.Number} năm {year} của UBND {d.Place} tỉnh {d.Province}",
        };
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var n = IndexBenchmark.Option(args, "--plans", 10_000);
        var slowest = IndexBenchmark.Option(args, "--slowest", 0);
        var data = IndexBenchmark.Option<string?>(args, "--data", null);
        if (data is null || !File.Exists(Path.Combine(data, "index.db")))
        {
            await stderr.WriteLineAsync("plans bench query: --data must name a folder holding index.db (see plans bench ingest)");
            return CommandLine.Usage;
        }
        var parser = new PlanParser();
        var truth = new PlanCorpusGenerator(42, parser.Tables.Provinces.Select(p => p.Name).ToList()).Generate(n)
            .Select(p => p with { Text = "" }).ToList();
        var watch = Stopwatch.StartNew();
        using var index = new SqlitePlanIndex(Path.Combine(data, "index.db"), parser);
        var openSeconds = watch.Elapsed.TotalSeconds;
        var rng = new Random(7);

        // Very common words (most plans), mid-frequency topics, rare names and numbers, a phrase, a typed-marks query.
        var places = truth.Where(t => t.Level == "commune").OrderBy(_ => rng.Next()).Take(20).Select(t => t.Place!).ToList();
        string[] common = ["thi đua", "kế hoạch", "nông thôn mới", "giảm nghèo", "chuyen doi so", "\"cải cách hành chính\"", "Đồng Nai", "pháp luật -thiên"];
        // Warm up (the OS cache of the index files, and the JIT: a method runs unoptimized code until it has been
        // called 30 times and its optimized build, compiled in the background, is in) on other queries than the
        // measured ones, then let the background compiles finish, as they have in a service that has answered a
        // few dozen queries.
        var warming = await WarmUpAsync(index, truth);
        foreach (var t in truth.Where(t => t.Level != "commune").Take(40)) { await index.CitesAsync(t.Number); await index.TraceAsync(t.Number, TraceDirection.Down, 5); }
        await Task.Delay(TimeSpan.FromSeconds(1));
        var search = new List<double>();
        var searchCpu = new List<double>();
        var timed = new List<(string Kind, string Text, double Ms, double? CpuMs)>();
        long matched = 0;
        var searchGc = GcWatch.Start();
        for (var i = 0; i < Queries; i++)
        {
            var text = i % 2 == 0 ? common[i / 2 % common.Length] : i % 4 == 1 ? places[i % places.Count] : truth[rng.Next(truth.Count)].Number;
            var q = new SearchQuery { Text = text, Level = i % 3 == 0 ? "district" : null, Year = i % 5 == 0 ? 2023 : null };
            var clock = CpuWatch.Start();
            var t0 = Stopwatch.GetTimestamp();
            var r = await index.SearchAsync(q);
            search.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            var cpu = clock.Stop(searchCpu);
            timed.Add(("search", $"{text} (level {q.Level ?? "any"}, year {q.Year?.ToString(CultureInfo.InvariantCulture) ?? "any"}, {r.Total} matches)", search[^1], cpu));
            matched += r.Total;
        }
        var searchGcs = searchGc.Stop();

        var citing = truth.SelectMany(t => t.Cites.Select(c => (c.Key, t.Id))).ToLookup(x => x.Key, x => x.Id);
        var targets = truth.Where(t => t.Level == "central").OrderBy(_ => rng.Next()).Take(Queries / 2)
            .Concat(truth.Where(t => t.Level == "province").OrderBy(_ => rng.Next()).Take(Queries / 4))
            .Concat(truth.Where(t => t.Level == "district").OrderBy(_ => rng.Next()).Take(Queries / 4)).ToList();
        var cites = new List<double>();
        var citesCpu = new List<double>();
        var misses = 0;
        double found = 0, expected = 0, returned = 0;
        // Each spelling's path warmed on documents that are not measured (the first province or district spelling
        // otherwise paid for the place tables and the JIT: one 25 ms outlier in every run).
        var measured = targets.ToHashSet();
        foreach (var level in new[] { "central", "province", "district" })
            foreach (var w in truth.Where(t => t.Level == level && !measured.Contains(t)).Take(15))
                await index.CitesAsync(CitesSpelling(w));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var citesGc = GcWatch.Start();
        foreach (var d in targets)
        {
            var query = CitesSpelling(d);
            var clock = CpuWatch.Start();
            var t0 = Stopwatch.GetTimestamp();
            var result = await index.CitesAsync(query);
            cites.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            var cpu = clock.Stop(citesCpu);
            timed.Add(("cites", $"{query} ({result.All.Count()} citations)", cites[^1], cpu));
            var got = result.All.Select(c => CorpusId(c.PlanId)).ToHashSet();
            var want = citing[d.DocumentKey].ToHashSet();
            found += got.Intersect(want).Count();
            expected += want.Count;
            returned += got.Count;
            if (got.Except(want).FirstOrDefault() is { } wrong && misses++ < 5)
                await stderr.WriteLineAsync($"cites \"{query}\" (key {d.DocumentKey}) also returned {wrong}");
            if (want.Except(got).FirstOrDefault() is { } missed && misses++ < 10)
                await stderr.WriteLineAsync($"cites \"{query}\" (key {d.DocumentKey}) missed {missed} ({got.Count} of {want.Count} found)");
        }

        var citesGcs = citesGc.Stop();
        var trace = new List<double>();
        var traceCpu = new List<double>();
        var traceGc = GcWatch.Start();
        foreach (var t in targets.Take(Queries / 2).Concat(truth.Where(t => t.Level == "commune").OrderBy(_ => rng.Next()).Take(Queries / 2)))
        {
            var planId = await PlanIdAsync(index, t.Id);
            var clock = CpuWatch.Start();
            var t0 = Stopwatch.GetTimestamp();
            await index.TraceAsync(planId, t.Level == "commune" ? TraceDirection.Up : TraceDirection.Down, 5);
            trace.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            var cpu = clock.Stop(traceCpu);
            timed.Add(("trace", $"{planId} {(t.Level == "commune" ? "up" : "down")}", trace[^1], cpu));
        }
        var traceGcs = traceGc.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            | query measure ({n:N0} plans, in process) | value |
            |---|---:|
            | open the index | {openSeconds * 1000:F0} ms |
            | search p50 / p99 ({search.Count} queries, facets on, every match ranked; {matched / (double)search.Count:F0} matches on average) | {IndexBenchmark.P(search, 50):F2} / {IndexBenchmark.P(search, 99):F2} ms |
            | search CPU time p50 / p99 (the searching thread's, without waiting for a core) | {IndexBenchmark.P(searchCpu, 50):F2} / {IndexBenchmark.P(searchCpu, 99):F2} ms |
            | search p50 / p99 while the JIT warms up (the first {warming.Count} searches, other texts) | {IndexBenchmark.P(warming, 50):F2} / {IndexBenchmark.P(warming, 99):F2} ms |
            | cites p50 / p99 ({cites.Count}: central, province and district documents) | {IndexBenchmark.P(cites, 50):F2} / {IndexBenchmark.P(cites, 99):F2} ms |
            | cites CPU time p50 / p99 | {IndexBenchmark.P(citesCpu, 50):F2} / {IndexBenchmark.P(citesCpu, 99):F2} ms |
            | cites recall / precision vs ground truth | {found / Math.Max(1, expected):F4} / {found / Math.Max(1, returned):F4} |
            | trace depth 5 p50 / p99 ({trace.Count}) | {IndexBenchmark.P(trace, 50):F2} / {IndexBenchmark.P(trace, 99):F2} ms |
            | trace CPU time p50 / p99 | {IndexBenchmark.P(traceCpu, 50):F2} / {IndexBenchmark.P(traceCpu, 99):F2} ms |
            | allocated a query: search / cites / trace (the process's bytes over each loop, which also holds the check of the answers) | {searchGcs.KbPer(search.Count):F0} / {citesGcs.KbPer(cites.Count):F0} / {traceGcs.KbPer(trace.Count):F0} KB |
            | garbage collections during each loop (gen0/gen1/gen2) and their pause: search / cites / trace | {searchGcs} / {citesGcs} / {traceGcs} |
            | peak working set | {peak / 1e6:F0} MB |
            """));
        foreach (var kind in timed.GroupBy(x => x.Kind).Where(_ => slowest > 0))
        {
            await stdout.WriteLineAsync($"\nslowest {kind.Key}:");
            foreach (var (_, text, ms, cpu) in kind.OrderByDescending(x => x.Ms).Take(slowest))
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F2} ms (CPU {cpu,7:F2})  {text}"));
            // On a shared machine the slowest by wall time are mostly the ones that waited for a core.
            await stdout.WriteLineAsync($"slowest {kind.Key} by CPU time:");
            foreach (var (_, text, ms, cpu) in kind.OrderByDescending(x => x.CpuMs ?? 0).Take(slowest))
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {cpu,8:F2} ms CPU (wall {ms,7:F2})  {text}"));
        }
        return CommandLine.Ok;
    }

    // A process runs its first searches in the JIT's quick, unoptimized code (tier 0) and moves the hot methods to
    // optimized code only after some thirty calls each, compiled in the background: on this corpus the first 200
    // searches took about three times the CPU of later ones (docs/BENCHMARKS.md, issue 12, i12-search). The measured
    // searches model a service that has been running, so the warm-up runs as many searches of the same shapes
    // (common words, a phrase, an exclusion, places, numbers, the same filters) on other texts, and reports them.
    private static async Task<List<double>> WarmUpAsync(SqlitePlanIndex index, IReadOnlyList<CorpusPlan> truth)
    {
        var rng = new Random(11);
        string[] words = ["báo cáo", "ubnd", "\"nhiệm vụ\"", "khen thưởng", "an toan giao thong", "phòng chống -dịch", "quốc phòng", "Hà Nội"];
        var places = truth.Where(t => t.Level == "commune").OrderBy(_ => rng.Next()).Take(20).Select(t => t.Place!).ToList();
        var times = new List<double>();
        for (var i = 0; i < Queries; i++)
        {
            var text = i % 2 == 0 ? words[i / 2 % words.Length] : i % 4 == 1 ? places[i % places.Count] : truth[rng.Next(truth.Count)].Number;
            var q = new SearchQuery { Text = text, Level = i % 3 == 0 ? "commune" : null, Year = i % 5 == 0 ? 2022 : null };
            var t0 = Stopwatch.GetTimestamp();
            await index.SearchAsync(q);
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return times;
    }

    // The calling thread's CPU time over one call, kept when the call completed on the thread it started on (the
    // embedded index answers synchronously): unlike wall time it leaves out waiting for a core.
    private readonly record struct CpuWatch(int Thread, TimeSpan? Cpu0)
    {
        public static CpuWatch Start() => new(Environment.CurrentManagedThreadId, ThreadCpuClock.Now());

        public double? Stop(List<double> into)
        {
            if (Thread != Environment.CurrentManagedThreadId || ThreadCpuClock.Now() - Cpu0 is not { } cpu) return null;
            into.Add(cpu.TotalMilliseconds);
            return cpu.TotalMilliseconds;
        }
    }

    // The collector's work over one measured loop: a pause inside a query is part of its latency, so a percentile
    // that moves between runs is read beside how many collections fell in the loop.
    private readonly record struct GcWatch(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
    {
        public static GcWatch Start() => new(GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

        public GcWatch Stop() => new(GC.GetTotalAllocatedBytes(precise: false) - Allocated, GC.CollectionCount(0) - Gen0, GC.CollectionCount(1) - Gen1,
            GC.CollectionCount(2) - Gen2, GC.GetTotalPauseDuration() - Pause);

        public double KbPer(int queries) => Allocated / 1024.0 / Math.Max(1, queries);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Gen0}/{Gen1}/{Gen2}, {Pause.TotalMilliseconds:F1} ms");
    }

    // The bench path files plans under their corpus path ("central/000001.txt"), `plans ingest corpus` under
    // uploads/yyyy/MM/central/000001.txt.
    private static string CorpusId(string planId) =>
        planId.StartsWith("uploads/", StringComparison.Ordinal) ? string.Join('/', planId.Split('/').Skip(3)) : planId;

    private static async Task<string> PlanIdAsync(SqlitePlanIndex index, string id)
    {
        if (await index.GetAsync(id) is not null) return id;
        var uploaded = $"uploads/{DateTime.UtcNow:yyyy/MM}/{id}";
        return await index.GetAsync(uploaded) is not null ? uploaded
            : throw new InvalidOperationException($"plan {id} is not in the index (ingested in another month?)");
    }
}
