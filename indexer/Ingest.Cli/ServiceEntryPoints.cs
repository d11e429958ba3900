using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Ingest.Cli;

/// <summary>
/// The service's two entry points for `plans bench ingest`, each measured on the local service
/// (`Ingest.Functions.dll --local`, as `./ingest.sh run` starts it) in its own process, on an empty data folder:
/// every file of the corpus sent as an HTTP upload (POST /api/plans) by 200 concurrent clients, and every file put
/// in the service's blob folder and announced by one Event Grid BlobCreated delivery (the blob trigger's path,
/// POST /runtime/webhooks/blobs) from 200 concurrent senders. Wall time runs from the first request to the answer
/// of a search made after the last one (every plan searchable); bytes written and peak memory are the service
/// process's own (/proc/PID/io, VmHWM).
/// </summary>
internal static class ServiceEntryPoints
{
    public const int Clients = 200;

    /// <summary>The service's build beside this CLI's in the repository, or null when it is not built.</summary>
    public static string? ServiceDll()
    {
        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..",
            "functions", "Ingest.Functions", "bin", "Release", "net10.0", "Ingest.Functions.dll"));
        return File.Exists(path) ? path : null;
    }

    public static Task<(string, double, double, long, long, long)> UploadsAsync(string service, string data, string corpus, List<string> files, TextWriter stderr) =>
        RunAsync(service, data, "HTTP uploads (200 clients, the service's own process)", stderr, (http, key) => SendAllAsync(http, files, async (file, ct) =>
        {
            var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(await File.ReadAllBytesAsync(file, ct)), "file", UploadName(corpus, file) },
            };
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = form };
            request.Headers.Add("x-functions-key", key);
            return request;
        }, answered: s => s is HttpStatusCode.Created or HttpStatusCode.OK));

    public static Task<(string, double, double, long, long, long)> TriggerAsync(string service, string data, string corpus, List<string> files, TextWriter stderr) =>
        RunAsync(service, data, "trigger events (200 senders, the service's own process)", stderr, (http, key) => SendAllAsync(http, files, (file, _) =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan")
            {
                Content = new StringContent(Delivery(BlobName(corpus, file)), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("x-functions-key", key);
            request.Headers.Add("aeg-event-type", "Notification");
            return Task.FromResult(request);
        }, answered: s => s == HttpStatusCode.OK), before: () => PutBlobs(data, corpus, files));

    // One request per file, <see cref="Clients"/> at a time; returns how many were not answered as ingested.
    private static async Task<int> SendAllAsync(HttpClient http, List<string> files, Func<string, CancellationToken, Task<HttpRequestMessage>> request,
        Func<HttpStatusCode, bool> answered)
    {
        var failed = 0;
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (file, ct) =>
        {
            using var message = await request(file, ct);
            using var response = await http.SendAsync(message, ct);
            if (!answered(response.StatusCode)) Interlocked.Increment(ref failed);
        });
        return failed;
    }

    private static async Task<(string, double, double, long, long, long)> RunAsync(string service, string data, string name, TextWriter stderr,
        Func<HttpClient, string, Task<int>> send, Action? before = null)
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { service, "--local", "--data", data, "--port", port.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(30),
        };
        try
        {
            await WaitForHealthAsync(http, process);
            var key = (await File.ReadAllTextAsync(Path.Combine(data, "api-key"))).Trim();
            before?.Invoke();
            var written = WrittenBytes(process.Id);
            var cpu = CpuSeconds(process.Id);
            var watch = Stopwatch.StartNew();
            var failed = await send(http, key);
            // Until every answered plan is searchable: the service may hold the last group's commit for a moment
            // (IngestServices.LocalCommitWithin), and a search through it commits first.
            using (var search = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=k%E1%BA%BF%20ho%E1%BA%A1ch"))
            {
                search.Headers.Add("x-functions-key", key);
                using var answer = await http.SendAsync(search);
                answer.EnsureSuccessStatusCode();
            }
            var seconds = watch.Elapsed.TotalSeconds;
            if (failed > 0) await stderr.WriteLineAsync($"{name}: {failed} file(s) not ingested");
            // CPU time tells two builds or settings apart on a machine other work shares, where wall time does not.
            return (name, seconds, CpuSeconds(process.Id) - cpu, WrittenBytes(process.Id) - written, IngestBenchmark.SizeOf(data), PeakKb(process.Id));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            _ = await output;
            _ = await errors;
        }
    }

    private static async Task WaitForHealthAsync(HttpClient http, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode} before it answered");
            try
            {
                using var response = await http.GetAsync("/api/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("the service did not answer /api/health within 2 minutes");
    }

    // The corpus's files under their folder's name ("commune-050584.txt"), so no two uploads share a name.
    private static string UploadName(string corpus, string file) => Path.GetRelativePath(corpus, file).Replace('/', '-');

    private static string BlobName(string corpus, string file) => "bench/" + Path.GetRelativePath(corpus, file);

    // As the platform's storage would hold them before announcing them: each file under plans/, written whole.
    private static void PutBlobs(string data, string corpus, List<string> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(data, "blobs", "plans", BlobName(corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(file, path + ".tmp");
            File.Move(path + ".tmp", path);
        }
    }

    private static string Delivery(string blob) => JsonSerializer.Serialize(new[]
    {
        new
        {
            id = Guid.NewGuid(), eventType = "Microsoft.Storage.BlobCreated", subject = "/blobServices/default/containers/plans/blobs/" + blob,
            eventTime = DateTimeOffset.UtcNow, dataVersion = "", metadataVersion = "1",
            data = new { api = "PutBlob", blobType = "BlockBlob", url = "http://127.0.0.1:10000/devstoreaccount1/plans/" + blob },
        },
    });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // utime + stime of /proc/PID/stat (fields 14 and 15, after the command's closing bracket), in the kernel's
    // USER_HZ ticks, 100 a second on Linux; 0 where /proc is missing.
    private static double CpuSeconds(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path)) return 0;
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static long WrittenBytes(int pid) => IngestBenchmark.ProcField($"/proc/{pid}/io", "write_bytes:");

    private static long PeakKb(int pid) => IngestBenchmark.ProcField($"/proc/{pid}/status", "VmHWM:");
}
