using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ingest.Indexer.Tests.Doubles;

/// <summary>
/// Azurite's blob service (npm azurite 3.37.0, from the repository's package-lock.json, installed by
/// ./ingest.sh setup), started on a free loopback port in a temp folder and stopped with its process tree.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account and key (public, documented, not a secret).</summary>
    public const string Account = "devstoreaccount1";
    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string _folder;

    private AzuriteServer(Process process, string folder, int port) => (_process, _folder, Port) = (process, folder, port);

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/{Account}");

    public static async Task<AzuriteServer> StartAsync()
    {
        var bin = Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(bin)) throw new FileNotFoundException("Azurite is not installed: run ./ingest.sh setup (npm ci from package-lock.json)", bin);
        var port = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { bin, "--disableTelemetry", "--silent", "--skipApiVersionCheck", "--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", folder })
            info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        var server = new AzuriteServer(process, folder, port);
        // Node starts Azurite in about a second on an idle machine; a loaded one (parallel test projects) can take
        // many times that, so wait up to a minute before calling it a failure.
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) { await Task.Delay(100); }
            if (process.HasExited) throw new InvalidOperationException("Azurite exited: " + await process.StandardError.ReadToEndAsync());
        }
        await server.DisposeAsync();
        throw new TimeoutException("Azurite did not start within 60 s");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ingest.sln");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        try { _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); } catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
