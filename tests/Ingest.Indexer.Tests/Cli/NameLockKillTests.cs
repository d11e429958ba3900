using System.Diagnostics;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Tests.Cli;

/// <summary>
/// The data folder's per-name lock is the kernel's (issue 14): a `plans` process killed with SIGKILL while it
/// holds a name leaves its lock file behind but no lock, so the next process is not kept waiting.
/// </summary>
public sealed class NameLockKillTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-namelock-test-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_process_killed_while_holding_a_name_does_not_block_the_next_one()
    {
        // A long .rtf keeps LibreOffice, and so the ingestion holding the name, busy for seconds.
        var rtf = Path.Combine(_dir, "plan.rtf");
        var body = string.Concat(Enumerable.Range(1, 4000).Select(i => $"\\par Muc {i}: thuc hien ke hoach so {i}/KH-UBND."));
        await File.WriteAllTextAsync(rtf, "{\\rtf1\\ansi " + body + "}");
        var data = Path.Combine(_dir, "data");
        var locks = Path.Combine(data, FileSystemNameLock.FolderName);
        var name = BlobNames.ForUploadPath("plan.rtf");
        using var host = PlansProcess.Start("ingest", rtf, "--json", "--data", data);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!await HeldAsync(locks, name) && DateTime.UtcNow < deadline && !host.HasExited) await Task.Delay(20);
        Assert.False(host.HasExited, "plans ended before it was seen holding the name");
        Assert.True(await HeldAsync(locks, name), "plans never held the name");
        host.Kill(); // SIGKILL: no finally block of the host runs
        await host.WaitForExitAsync();

        Assert.True(File.Exists(new FileSystemNameLock(locks).PathOf(name)), "the lock file is kept; only the lock goes");
        var watch = Stopwatch.StartNew();
        await (await new FileSystemNameLock(locks, TimeSpan.FromSeconds(5)).AcquireAsync(name)).DisposeAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the next holder waited {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<bool> HeldAsync(string locks, string name)
    {
        try
        {
            await (await new FileSystemNameLock(locks, TimeSpan.Zero).AcquireAsync(name)).DisposeAsync();
            return false;
        }
        catch (NameLockTimeoutException) { return true; }
    }
}
