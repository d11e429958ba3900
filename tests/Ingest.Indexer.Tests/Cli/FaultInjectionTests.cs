using System.Diagnostics;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Xunit.Abstractions;

namespace Ingest.Indexer.Tests.Cli;

/// <summary>
/// `plans ingest` of a 300-file batch killed with SIGKILL at seeded random points, at least 20 times; after each
/// kill the next start (any command) repairs, and then every accepted upload is indexed under its content, every
/// kept original is byte-identical to a version of its source file, every indexed plan has its record, the
/// full-text index agrees with the catalog, and nothing temporary is left. Each round also rewrites some source
/// files, so replacements are killed too.
/// </summary>
public sealed class FaultInjectionTests(ITestOutputHelper output) : IDisposable
{
    private const int Files = 300;
    private const int Kills = 20;
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-faults-").FullName;
    private string Source => Path.Combine(_dir, "batch");
    private string Data => Path.Combine(_dir, "data");
    private readonly Dictionary<string, HashSet<string>> _versions = new(StringComparer.Ordinal); // file name → every content hash it had

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Killed_at_random_points_of_a_batch_the_store_is_whole_after_every_restart()
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(1414);
        var samples = Directory.GetFiles(TestPaths.Plans).Order().Select(File.ReadAllText).ToArray();
        Directory.CreateDirectory(Source);
        for (var i = 0; i < Files; i++) await WriteAsync(i, samples[i % samples.Length], 0);
        var killed = 0;
        for (var round = 1; killed < Kills && round <= 3 * Kills; round++)
        {
            // Some plans change between runs: their new versions replace the old under the same name.
            foreach (var i in Enumerable.Range(0, 15).Select(_ => random.Next(Files)))
                await WriteAsync(i, samples[(i + round) % samples.Length], round);
            using var run = PlansProcess.Start("ingest", Source, "--json", "--data", Data);
            // The kill lands at a random point after the run opened the data folder (its start-up under load
            // takes seconds and is not what is tested): during its repair, its uploads or its index writes.
            await OpenedAsync(run);
            await Task.Delay(random.Next(0, 3000));
            if (!run.HasExited)
            {
                run.Kill();
                killed++;
            }
            await run.WaitForExitAsync();
            var restart = await PlansProcess.RunAsync("search", "kế hoạch", "--json", "--data", Data);
            Assert.True(restart.Code == 0, restart.Error);
            var indexed = await AssertWholeAsync(run.Id);
            output.WriteLine($"round {round}: {(run.ExitCode == 0 ? "finished" : "killed")}, {indexed} plans indexed, {watch.Elapsed.TotalSeconds:F0} s");
        }
        Assert.Equal(Kills, killed);
        var last = await PlansProcess.RunAsync("ingest", Source, "--json", "--data", Data);
        Assert.True(last.Code == 0, last.Error);
        Assert.Equal(Files, await AssertWholeAsync(null, complete: true));
        output.WriteLine($"{killed} kills, {watch.Elapsed.TotalSeconds:F0} s in all");
    }

    private async Task OpenedAsync(Process run)
    {
        var sessions = Path.Combine(Data, "sessions");
        for (var waited = 0; waited < 120_000 && !run.HasExited; waited += 20)
        {
            if (Directory.Exists(sessions) && Directory.GetFiles(sessions, $"{run.Id}_*").Length > 0) return;
            await Task.Delay(20);
        }
    }

    private async Task WriteAsync(int i, string sample, int round)
    {
        var name = $"plan-{i:D3}.txt";
        var text = $"KẾ HOẠCH số {i + 1}/KH-UBND (bản {round})\n" + sample[..Math.Min(sample.Length, 3000)];
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        await File.WriteAllBytesAsync(Path.Combine(Source, name), bytes);
        if (!_versions.TryGetValue(name, out var hashes)) _versions[name] = hashes = [];
        hashes.Add(IndexedPlan.HashOf(bytes));
    }

    // Returns how many plans are indexed. With complete, every source file must be there in its latest version.
    private async Task<int> AssertWholeAsync(int? killedHost, bool complete = false)
    {
        var blobs = Path.Combine(Data, "blobs");
        Assert.Empty(Directory.GetFiles(Data, "*.tmp", SearchOption.AllDirectories));
        if (killedHost is { } host)
        {
            Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), $"ingest-{host}_*"));
            Assert.DoesNotContain(Directory.GetFiles(Path.Combine(Data, "sessions")), m => Path.GetFileName(m).StartsWith($"{host}_", StringComparison.Ordinal));
        }
        var store = new FileSystemBlobStore(blobs);
        var names = await store.ListAsync("plans");
        using var index = new SqlitePlanIndex(Path.Combine(Data, "index.db"), new PlanParser());
        var plans = 0;
        foreach (var name in names)
        {
            var bytes = (await store.GetAsync("plans", name))!;
            var hash = IndexedPlan.HashOf(bytes);
            if (BlobNames.IsVersion(name))
            {
                // A kept version is filed by its hash, its source's name after it: BlobNames.Version.
                var source = Path.GetFileName(name)[(hash[..16].Length + 1)..];
                Assert.Equal(BlobNames.Version(source, hash), name);
                Assert.Contains(hash, _versions[source]); // byte-identical to a version of its source
                continue;
            }
            var file = Path.GetFileName(name);
            Assert.Contains(hash, _versions[file]); // byte-identical to a version of its source
            plans++;
            var stored = await index.GetAsync(name);
            Assert.True(stored is not null, $"{name} is kept but not indexed");
            Assert.Equal(hash, stored.ContentHash);
            Assert.NotNull(stored.Record);
            if (complete) Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Source, file)), bytes);
        }
        var all = await index.SearchAsync(new SearchQuery { PageSize = 1 });
        Assert.Equal(plans, all.Total);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return plans;
    }
}
