using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ingest.Functions.Hosting;

namespace Ingest.Functions.Tests;

/// <summary>
/// The real local service (Ingest.Functions.dll --local) as a child process on a free loopback port with a
/// private data folder, for tests that measure it from outside (resident memory) or must see it survive. It
/// runs with the test run's runtime config and dependencies, where every library it needs is found. Given a data
/// folder, it starts on that folder (a restart after a kill) and leaves it in place when disposed.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    public const string Key = "hostile-test-key";
    private readonly Process _process;
    private readonly bool _ownsData;

    public ServiceProcess(string? dataDirectory = null)
    {
        _ownsData = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("ingest-service-").FullName;
        Port = FreePort();
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var tests = typeof(ServiceProcess).Assembly.GetName().Name;
        string[] args = ["exec", "--runtimeconfig", Path.Combine(AppContext.BaseDirectory, tests + ".runtimeconfig.json"),
            "--depsfile", Path.Combine(AppContext.BaseDirectory, tests + ".deps.json"), Path.Combine(AppContext.BaseDirectory, "Ingest.Functions.dll"), "--local"];
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment[IngestSettings.DataName] = DataDirectory;
        info.Environment[IngestSettings.ApiKeyName] = Key;
        info.Environment[IngestSettings.PortName] = Port.ToString();
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromMinutes(2) };
        Client.DefaultRequestHeaders.Add("x-functions-key", Key);
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log = new();

    /// <summary>The service's last output lines (its log), for a failing test to show.</summary>
    public IReadOnlyCollection<string> Log => _log;

    private void Remember(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > 2000) _log.TryDequeue(out _);
    }

    public string DataDirectory { get; }
    public int Port { get; }
    public HttpClient Client { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>Waits until /api/health answers 200.</summary>
    public async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await Client.GetAsync("/api/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("the service did not start");
    }

    /// <summary>SIGKILL to the service process alone, as `kill -9 PID` would: its tools die by their own means.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(30_000);
    }

    /// <summary>A figure from /proc/PID/status in bytes: VmRSS (resident now) or VmHWM (peak resident).</summary>
    public long Memory(string field)
    {
        var line = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    public string Blob(string container, string name) => Path.Combine(DataDirectory, "blobs", container, name.Replace('/', Path.DirectorySeparatorChar));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        if (_ownsData) Directory.Delete(DataDirectory, recursive: true);
    }
}
