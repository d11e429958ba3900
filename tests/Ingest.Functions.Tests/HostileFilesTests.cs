using System.Diagnostics;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace Ingest.Functions.Tests;

/// <summary>
/// Every hostile file (<see cref="HostileFiles"/>) sent to the real local service over HTTP, dropped in its
/// inbox and announced through its blob trigger: the service stays up, keeps the original byte for byte, writes a
/// failed/ report for what it cannot read, stays under 1 GB resident and is done with each file: none hangs it. The bound on time is a hang's, not a
/// speed figure (the times printed here are, and docs/BENCHMARKS.md quotes them): on two cores loaded by other test runs
/// and builds (load average 40) the 10,000-page PDF took 51 s over HTTP where it takes a few seconds alone.
/// Prints time and peak resident memory per file (docs/BENCHMARKS.md quotes them).
/// </summary>
public sealed class HostileFilesTests(ITestOutputHelper output) : IDisposable
{
    private const long MaxResident = 1L << 30;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(100);
    private readonly ServiceProcess _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Hostile_files_through_every_door_leave_the_service_up_and_their_originals_kept()
    {
        await _service.WaitReadyAsync();
        var failures = new List<string>();
        foreach (var file in HostileFiles.All())
            foreach (var door in new[] { "http", "inbox", "trigger" })
            {
                var name = door + "-" + file.Name;
                using var sampler = new PeakSampler(_service);
                var watch = Stopwatch.StartNew();
                var outcome = door switch
                {
                    "http" => await UploadAsync(name, file.Bytes),
                    "inbox" => await DropAsync(name, file.Bytes),
                    _ => await TriggerAsync(name, file.Bytes),
                };
                var elapsed = watch.Elapsed;
                var peak = await sampler.StopAsync();
                output.WriteLine($"{door,-8} {file.Name,-24} {outcome,-28} {elapsed.TotalSeconds,6:F1} s  peak {peak / 1048576.0,6:F0} MB resident");
                if (elapsed > MaxTime) failures.Add($"{name}: {elapsed.TotalSeconds:F0} s");
                if (peak > MaxResident) failures.Add($"{name}: {peak / 1048576} MB resident");
                if (_service.HasExited || (await _service.Client.GetAsync("/api/health")).StatusCode != HttpStatusCode.OK) failures.Add($"{name}: the service is down");
                if (!Stored("plans", name).Any(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(file.Bytes))) failures.Add($"{name}: original not kept");
                if (!file.Readable && !Stored("failed", name + ".json").Any()) failures.Add($"{name}: no failed/ report ({outcome})");
            }
        var high = _service.Memory("VmHWM");
        output.WriteLine($"peak resident over the whole run (VmHWM): {high / 1048576} MB");
        Assert.True(high < MaxResident, $"{high / 1048576} MB resident at peak");
        Assert.Empty(failures);
    }

    private async Task<string> UploadAsync(string name, byte[] bytes)
    {
        using var response = await _service.Client.PostAsync("/api/plans?name=" + Uri.EscapeDataString(name), new ByteArrayContent(bytes));
        return $"HTTP {(int)response.StatusCode}";
    }

    private async Task<string> DropAsync(string name, byte[] bytes)
    {
        // Written beside the inbox and moved in, as a finished file arrives.
        var inbox = Path.Combine(_service.DataDirectory, "inbox");
        var staged = Path.Combine(_service.DataDirectory, name);
        await File.WriteAllBytesAsync(staged, bytes);
        File.Move(staged, Path.Combine(inbox, name));
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(2); waited += TimeSpan.FromMilliseconds(100))
        {
            if (File.Exists(Path.Combine(inbox, "processed", name))) return "inbox processed";
            if (File.Exists(Path.Combine(inbox, "failed", name))) return "inbox failed";
            await Task.Delay(100);
        }
        return "inbox: never picked up";
    }

    private async Task<string> TriggerAsync(string name, byte[] bytes)
    {
        var blob = "trigger/" + name;
        var path = _service.Blob("plans", blob);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        var payload = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Payloads", "eventgrid-blobcreated.json")))
            .Replace("{SUBJECT_NAME}", blob).Replace("{URL}", "https://stingestdev.blob.core.windows.net/plans/" + blob);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("aeg-event-type", "Notification");
        using var response = await _service.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = System.Text.RegularExpressions.Regex.Match(body, "\"status\"\\s*:\\s*\"?(\\w+)").Groups[1].Value;
        return $"HTTP {(int)response.StatusCode} {status}";
    }

    // Every stored blob in the container whose name ends with the file's name (uploads and inbox files are
    // filed under dated folders, kept versions as {hash}-{name} under versions/).
    private IEnumerable<string> Stored(string container, string fileName)
    {
        var root = Path.Combine(_service.DataDirectory, "blobs", container);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) == fileName
                || Path.GetFileName(f).EndsWith("-" + fileName, StringComparison.Ordinal)) // kept versions: {hash}-{name}
            : [];
    }

    /// <summary>Samples the service's resident memory every 20 ms; the highest value seen is the file's peak.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<long> _loop;

        public PeakSampler(ServiceProcess service) => _loop = Task.Run(async () =>
        {
            long peak = 0;
            while (!_stop.IsCancellationRequested && !service.HasExited)
            {
                peak = Math.Max(peak, service.Memory("VmRSS"));
                try { await Task.Delay(20, _stop.Token); } catch (OperationCanceledException) { }
            }
            return peak;
        });

        public async Task<long> StopAsync()
        {
            _stop.Cancel();
            return await _loop;
        }

        public void Dispose() => _stop.Dispose();
    }
}
