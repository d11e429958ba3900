using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;
using Xunit.Abstractions;

namespace Ingest.Functions.Tests;

/// <summary>
/// The local service (Ingest.Functions.dll --local, a child process) receives a 300-file batch as concurrent HTTP
/// uploads and is killed with SIGKILL at seeded random points of it, 20 times, each kill followed by a restart
/// on the same data folder. After every restart each upload that was answered 200 or 201 is served byte for
/// byte, indexed under its content with its record, found by a word of its text, and the killed
/// process left no temporary file or workspace. Uploads that got no answer are sent again, as a clerk would; at
/// the end all 300 are there, once each.
/// </summary>
public sealed class ServiceFaultInjectionTests(ITestOutputHelper output) : IDisposable
{
    private const int Files = 300;
    private const int Kills = 20;
    private const int Clerks = 8;
    private readonly string _data = Directory.CreateTempSubdirectory("ingest-service-faults-").FullName;
    private readonly Dictionary<string, byte[]> _batch = new(StringComparer.Ordinal); // upload name → its bytes
    private readonly ConcurrentDictionary<string, string> _accepted = new(StringComparer.Ordinal); // upload name → blob
    private int _unanswered;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Killed_at_random_points_of_an_HTTP_batch_the_service_keeps_every_accepted_upload()
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(1414);
        BuildBatch();
        // Where each kill lands: once this many uploads were accepted, plus a few hundred milliseconds. Equal
        // thresholds put the next kill right after a restart, while the service repairs.
        var thresholds = Enumerable.Range(0, Kills).Select(_ => random.Next(Files - 20)).Order().ToArray();
        var pending = new ConcurrentQueue<string>(_batch.Keys.Order(StringComparer.Ordinal));
        int? killed = null;
        var starting = TimeSpan.Zero;
        for (var round = 0; round <= Kills; round++)
        {
            var start = watch.Elapsed;
            using var service = new ServiceProcess(_data);
            await service.WaitReadyAsync();
            starting += watch.Elapsed - start;
            if (killed is { } pid) await AssertWholeAsync(service, pid);
            int? killAt = round < Kills ? thresholds[round] : null;
            killed = await RunRoundAsync(service, pending, killAt, TimeSpan.FromMilliseconds(random.Next(400)));
            output.WriteLine($"round {round + 1}: {(killed is null ? "batch done" : $"killed at {_accepted.Count} accepted")}, {watch.Elapsed.TotalSeconds:F0} s");
            if (killed is null)
            {
                Assert.Empty(pending);
                await AssertWholeAsync(service, null, complete: true);
            }
        }
        Assert.Equal(Files, _accepted.Count);
        output.WriteLine($"{Kills} kills and restarts, {Files} files, {_unanswered} uploads unanswered and sent again, " +
            $"{watch.Elapsed.TotalSeconds:F0} s in all ({starting.TotalSeconds:F0} s waiting for the service to answer health)");
    }

    private void BuildBatch()
    {
        var samples = Directory.GetFiles(FunctionsApp.Samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var i = 0; i < Files; i++)
        {
            // Every tenth name is Vietnamese (NFC-normalised, percent-encoded in Location); each text is its own plan.
            var name = i % 10 == 0 ? $"kế-hoạch-{i:D3}.txt" : $"plan-{i:D3}.txt";
            var sample = samples[i % samples.Length];
            var text = $"Số: {i + 1}/KH-UBND\nMã kiểm tra {Word(i)}\n" + sample[..Math.Min(sample.Length, 1500)];
            _batch[name] = Encoding.UTF8.GetBytes(text);
        }
    }

    // A word no sample holds, one per file: letters only, so every analyzer keeps it whole.
    private static string Word(int i) => "zq" + (char)('a' + i / 676 % 26) + (char)('a' + i / 26 % 26) + (char)('a' + i % 26);

    private static int IndexOf(string name) => int.Parse(name[^7..^4]);

    /// <summary>Clerks upload until the batch is done or, with <paramref name="killAt"/>, the service is killed; returns the killed process id.</summary>
    private async Task<int?> RunRoundAsync(ServiceProcess service, ConcurrentQueue<string> pending, int? killAt, TimeSpan after)
    {
        using var stop = new CancellationTokenSource();
        var clerks = Enumerable.Range(0, Clerks).Select(_ => Task.Run(() => ClerkAsync(service, pending, stop.Token))).ToArray();
        if (killAt is null)
        {
            await Task.WhenAll(clerks);
            return null;
        }
        while (_accepted.Count < killAt && !clerks.All(c => c.IsCompleted)) await Task.Delay(5);
        await Task.Delay(after);
        stop.Cancel();
        service.Kill();
        await Task.WhenAll(clerks);
        return service.Id;
    }

    private async Task ClerkAsync(ServiceProcess service, ConcurrentQueue<string> pending, CancellationToken stopped)
    {
        while (!stopped.IsCancellationRequested && pending.TryDequeue(out var name))
        {
            HttpStatusCode status;
            string body;
            try
            {
                using var response = await service.Client.PostAsync("/api/plans?name=" + Uri.EscapeDataString(name), new ByteArrayContent(_batch[name]));
                (status, body) = (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (Exception e) when (stopped.IsCancellationRequested && e is HttpRequestException or IOException or TaskCanceledException)
            {
                pending.Enqueue(name); // no answer: the clerk sends it again once the service is back
                Interlocked.Increment(ref _unanswered);
                continue;
            }
            Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"{name}: {(int)status} {body}");
            _accepted[name] = JsonDocument.Parse(body).RootElement.GetProperty("blob").GetString()!;
        }
    }

    private async Task AssertWholeAsync(ServiceProcess service, int? killed, bool complete = false)
    {
        if (killed is { } pid) await AssertNothingLeftAsync(service, pid);
        var store = new FileSystemBlobStore(Path.Combine(_data, "blobs"));
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        try
        {
            await Parallel.ForEachAsync(_accepted, options, async (accepted, _) =>
                await UploadAssert.KeptAsync(service.Client, store, accepted.Value, _batch[accepted.Key], Word(IndexOf(accepted.Key))));
        }
        catch (HttpRequestException e)
        {
            // A status alone (one CI run saw a search answer 500 here) does not say why: the service's log does.
            throw new HttpRequestException($"{e.Message}\nservice log, last lines:\n{string.Join("\n", service.Log.TakeLast(40))}", e, e.StatusCode);
        }
        if (!complete) return;
        var plans = (await store.ListAsync(BlobContainers.Plans)).Where(n => !BlobNames.IsVersion(n)).Order(StringComparer.Ordinal);
        Assert.Equal(_accepted.Values.Order(StringComparer.Ordinal), plans);
        var all = await service.Client.GetFromJsonAsync<JsonElement>("/api/search?q=&pageSize=1");
        Assert.Equal(Files, all.GetProperty("total").GetInt32());
        Assert.Empty(Directory.GetFiles(_data, "*.tmp", SearchOption.AllDirectories));
    }

    // The restarted service removes what the killed one left at its start, then repairs, writing blobs through
    // temporary files of its own; the folder is judged once its log says the repair is done. (Waiting for a moment
    // with no temporary file was not enough: the next record's could appear between that moment and the check.)
    private async Task AssertNothingLeftAsync(ServiceProcess service, int killed)
    {
        for (var i = 0; i < 600 && !service.Log.Any(l => l.Contains("start: repair done", StringComparison.Ordinal) || l.Contains("start: the repair stopped", StringComparison.Ordinal)); i++) await Task.Delay(100);
        string[] Left() =>
        [
            .. Directory.GetFiles(_data, "*.tmp", SearchOption.AllDirectories),
            .. Directory.GetDirectories(Path.GetTempPath(), $"ingest-{killed}_*"),
            .. Directory.GetFiles(Path.Combine(_data, "sessions"), $"{killed}_*"),
        ];
        var left = Left();
        Assert.True(left.Length == 0, string.Join("\n", left.Concat(service.Log.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) ||
            l.Contains("exception", StringComparison.OrdinalIgnoreCase) || l.Contains("start:", StringComparison.Ordinal)))));
    }
}
