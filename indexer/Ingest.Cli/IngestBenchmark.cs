using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Corpus;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;

namespace Ingest.Cli;

/// <summary>
/// `plans bench ingest --plans N`: the entry point users run, `plans ingest FOLDER` (a child process, as a user
/// starts it, measured with /usr/bin/time), beside plain-index anchors of the same files in the same run (a
/// bare Lucene index and a bare FTS5 table: read each file, index its text, nothing else) and the bench path
/// (parse on all cores, one upsert per 1,000 plans), then the service's entry points (<see cref="ServiceEntryPoints"/>:
/// HTTP uploads and trigger events, when the service is built). Reports wall time, ratios, bytes written to disk per input
/// byte (the kernel's write accounting: /proc/self/io, or rusage for the child) and peak memory. Leaves the
/// ingested data folder for `plans bench query`.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var n = IndexBenchmark.Option(args, "--plans", 10_000);
        var root = IndexBenchmark.Option(args, "--dir", Path.Combine(Path.GetTempPath(), $"ingest-bench-ingest-{n}"));
        var corpus = Path.Combine(root, "corpus");
        var parser = new PlanParser();
        await Corpus(corpus, n, parser, stderr);
        var files = System.IO.Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var inputBytes = files.Sum(f => new FileInfo(f).Length);
        var rows = new List<(string Name, double Seconds, double Cpu, long Written, long Size, long PeakKb)>();
        ClearOutputs(root);

        // Warm up (JIT) Lucene, SQLite and the parser on a few files, so no row pays for compiling the code.
        Measure("warm-up", Path.Combine(root, "warm-up"), dir =>
        {
            PlainLucene(Path.Combine(dir, "l"), files.Take(200).ToList());
            PlainFts5(dir, files.Take(200).ToList());
            BenchPath(Path.Combine(dir, "b"), corpus, files.Take(200).ToList(), parser);
        });
        rows.Add(Measure("plain Lucene index (read, index the text, 1 thread)", Path.Combine(root, "plain-lucene"), dir => PlainLucene(dir, files)));
        rows.Add(Measure("plain FTS5 table (read, insert, 1 transaction)", Path.Combine(root, "plain-fts5"), dir => PlainFts5(dir, files)));
        rows.Add(Measure("bench path (parse on all cores, upsert per 1,000)", Path.Combine(root, "bench"), dir => BenchPath(dir, corpus, files, parser)));
        var data = Path.Combine(root, "data");
        rows.Add(await EntryPointAsync(data, corpus, stderr));
        // What a process pays whatever the folder's size (its start, the JIT of the path to steady state), which the
        // bench path, warm in this process, does not: the same command on the first 200 files alone.
        var few = FewFiles(Path.Combine(root, "corpus-200"), corpus, files.Take(200));
        rows.Add(await EntryPointAsync(Path.Combine(root, "data-200"), few, stderr) with { Item1 = "`plans ingest` of the first 200 plans (a process's fixed cost)" });
        // The service's entry points, when it is built beside this CLI (`dotnet build functions/Ingest.Functions -c Release`).
        if (ServiceEntryPoints.ServiceDll() is { } service)
        {
            rows.Add(await ServiceEntryPoints.UploadsAsync(service, Path.Combine(root, "http-data"), corpus, files, stderr));
            rows.Add(await ServiceEntryPoints.TriggerAsync(service, Path.Combine(root, "trigger-data"), corpus, files, stderr));
        }
        else await stderr.WriteLineAsync("the service is not built (dotnet build functions/Ingest.Functions -c Release): HTTP uploads and trigger events not measured");

        var plain = rows[0].Seconds;
        var bench = rows[2].Seconds;
        await stdout.WriteLineAsync($"| {n:N0} plans, {inputBytes / 1e6:F0} MB of text | wall s | × plain Lucene | × bench path | CPU s | bytes written per input byte | on disk MB | peak RSS MB |");
        await stdout.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Seconds:F1} | {r.Seconds / plain:F2} | {r.Seconds / bench:F2} | {r.Cpu:F1} | {r.Written / (double)inputBytes:F2} | {r.Size / 1e6:F0} | {(r.PeakKb > 0 ? (r.PeakKb / 1024.0).ToString("F0", CultureInfo.InvariantCulture) : "")} |"));
        await stdout.WriteLineAsync($"\n(data folder for `plans bench query --data {data} --plans {n}`)");
        return CommandLine.Ok;
    }

    // An earlier run's output, removed before any row is timed rather than just before its own row: a file system
    // without a journal (ext4 here) checks each new inode against those deleted in the last seconds, so the tens
    // of thousands of files an earlier `plans ingest` left, deleted right before the next one, made that row pay
    // for them (`cp -r` of the 10,000 plans: 2.0 s of system time on a quiet file system, 3.0 s right after a
    // delete; docs/BENCHMARKS.md, run 23). Flushed to disk, so the check's window is over by the entry points' rows.
    private static void ClearOutputs(string root)
    {
        foreach (var row in new[] { "warm-up", "plain-lucene", "plain-fts5", "bench", "data", "data-200", "corpus-200", "http-data", "trigger-data" })
            if (System.IO.Directory.Exists(Path.Combine(root, row))) System.IO.Directory.Delete(Path.Combine(root, row), recursive: true);
        if (OperatingSystem.IsLinux()) Sync();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "sync")]
    private static extern void Sync();

    private static async Task Corpus(string dir, int n, PlanParser parser, TextWriter stderr)
    {
        var done = dir + ".complete";
        if (File.Exists(done)) return;
        if (System.IO.Directory.Exists(dir)) System.IO.Directory.Delete(dir, recursive: true);
        foreach (var plan in new PlanCorpusGenerator(42, parser.Tables.Provinces.Select(p => p.Name).ToList()).Generate(n))
        {
            var path = Path.Combine(dir, plan.Id);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, plan.Text);
        }
        await File.WriteAllTextAsync(done, n.ToString(CultureInfo.InvariantCulture));
        await stderr.WriteLineAsync($"generated {n} plans in {dir}");
    }

    // In process: wall time, CPU time (user + system, every thread: whether a row is slower for the work it does or
    // for the cores it leaves idle), bytes this process wrote meanwhile (flushing first, so the page cache of the
    // previous step is not counted here), the output's size on disk.
    private static (string, double, double, long, long, long) Measure(string name, string dir, Action<string> run)
    {
        if (System.IO.Directory.Exists(dir)) System.IO.Directory.Delete(dir, recursive: true);
        System.IO.Directory.CreateDirectory(dir);
        var before = WrittenBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        run(dir);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        SqliteConnection.ClearAllPools();
        return (name, seconds, cpuSeconds, WrittenBytes() - before, SizeOf(dir), 0);
    }

    private static void PlainLucene(string dir, List<string> files)
    {
        var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer)));
        });
        System.IO.Directory.CreateDirectory(dir);
        using var directory = FSDirectory.Open(dir);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 64 });
        foreach (var file in files)
            writer.AddDocument(new Document { new StringField("id", file, Field.Store.YES), new TextField("body", File.ReadAllText(file), Field.Store.NO) });
        writer.Commit();
    }

    private static void PlainFts5(string dir, List<string> files)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, "plain.db")}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2');";
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t(id, body) VALUES ($id, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var file in files)
        {
            (id.Value, body.Value) = (file, File.ReadAllText(file));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void BenchPath(string dir, string corpus, List<string> files, PlanParser parser)
    {
        var preparer = new PlanPreparer(parser);
        using var index = new SqlitePlanIndex(Path.Combine(dir, "index.db"), parser);
        foreach (var chunk in files.Chunk(1000))
        {
            var prepared = new ConcurrentBag<(int, IndexedPlan)>();
            Parallel.ForEach(chunk.Select((f, i) => (f, i)), x =>
                prepared.Add((x.i, preparer.Prepare(Path.GetRelativePath(corpus, x.f), File.ReadAllText(x.f)))));
            index.UpsertAsync(prepared.OrderBy(p => p.Item1).Select(p => p.Item2).ToList()).GetAwaiter().GetResult();
        }
    }

    // The command as a user runs it, in its own process: /usr/bin/time gives wall time, user and system CPU time,
    // peak RSS and the blocks the process wrote (rusage ru_oublock, 512-byte units on Linux).
    private static async Task<(string, double, double, long, long, long)> EntryPointAsync(string data, string corpus, TextWriter stderr)
    {
        if (System.IO.Directory.Exists(data)) System.IO.Directory.Delete(data, recursive: true);
        var plans = Path.Combine(AppContext.BaseDirectory, "plans.dll");
        var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-f", "TIME %e %M %O %U %S", "dotnet", plans, "--data", data, "ingest", "--json", corpus }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        var line = errors.Split('\n').LastOrDefault(l => l.StartsWith("TIME ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("plans ingest did not report its time: " + errors);
        if (process.ExitCode != 0) await stderr.WriteLineAsync($"plans ingest exited with {process.ExitCode}: {errors[..Math.Min(errors.Length, 2000)]}");
        var parts = line.Split(' ');
        return ("`plans ingest FOLDER` (the entry point, own process)", double.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[4], CultureInfo.InvariantCulture) + double.Parse(parts[5], CultureInfo.InvariantCulture),
            long.Parse(parts[3], CultureInfo.InvariantCulture) * 512, SizeOf(data), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    // A copy of some of the corpus's files, under the same relative names.
    private static string FewFiles(string dir, string corpus, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var copy = Path.Combine(dir, Path.GetRelativePath(corpus, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return dir;
    }

    internal static long WrittenBytes() => ProcField("/proc/self/io", "write_bytes:");

    /// <summary>A number field of a /proc file ("write_bytes:" of …/io, "VmHWM:" of …/status, in its unit).</summary>
    internal static long ProcField(string path, string field)
    {
        foreach (var line in File.ReadLines(path))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return 0;
    }

    internal static long SizeOf(string dir) =>
        System.IO.Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
