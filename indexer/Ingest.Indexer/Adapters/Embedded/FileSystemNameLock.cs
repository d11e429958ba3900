using System.Security.Cryptography;
using System.Text;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// <see cref="INameLock"/> for processes sharing a data folder (the local service, `plans`): an exclusive OS
/// lock on one empty file per name (FileShare.None, which .NET takes with flock on Linux and macOS and with a
/// share mode on Windows). The kernel drops the lock when the holding process ends, even by SIGKILL, so no
/// stale lock survives a crash and nothing has to expire. Lock files are kept (a file deleted while another
/// process waits on it would let a third lock a new file of the same name beside it): one empty file per name
/// ever written, under FOLDER/{2 hex}/{sha-256 of the name}.lock. Setting DOTNET_SYSTEM_IO_DISABLEFILELOCKING
/// turns .NET's file locks, and so this one, off. Thread-safe.
/// </summary>
public sealed class FileSystemNameLock(string folder, TimeSpan? wait = null) : INameLock
{
    /// <summary>
    /// Longer than <see cref="Extraction.ExtractionLimits.TimePerFile"/>: a holder that is working finishes or is
    /// stopped by its own limit before a waiter gives up.
    /// </summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(20);

    /// <summary>The folder of lock files under a data folder (DATA/locks), shared by the service and `plans`.</summary>
    public const string FolderName = "locks";

    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(100);

    public string Folder { get; } = Path.GetFullPath(folder);

    private readonly TimeSpan _wait = wait ?? DefaultWait;

    public async Task<NameHold> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        var stream = await WaitForAsync(PathOf(BlobContainers.ValidName(name)), _wait, t => new ValueTask(Task.Delay(t, cancellationToken)))
            ?? throw new NameLockTimeoutException(name, DateTime.UtcNow - started);
        return new NameHold(() => { stream.Dispose(); return ValueTask.CompletedTask; });
    }

    /// <summary>
    /// The file at <paramref name="path"/> locked exclusively once no other holder has it, or null after
    /// <paramref name="wait"/>. The kernel has no wait with a timeout for this lock; a short poll (2 ms doubling to
    /// 100 ms) costs little beside an ingestion. <paramref name="delay"/> sleeps: awaited, or blocking for a
    /// synchronous caller.
    /// </summary>
    internal static async ValueTask<FileStream?> WaitForAsync(string path, TimeSpan wait, Func<TimeSpan, ValueTask> delay)
    {
        var started = DateTime.UtcNow;
        var poll = TimeSpan.FromMilliseconds(2);
        while (true)
        {
            if (TryLock(path) is { } stream) return stream;
            if (DateTime.UtcNow - started >= wait) return null;
            await delay(poll);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
        }
    }

    /// <summary>The lock file of a name (hashed: names may be long, hold slashes and any letter).</summary>
    public string PathOf(string name)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        return Path.Combine(Folder, hash[..2], hash + ".lock");
    }

    private static FileStream? TryLock(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            return null; // held by another process (EWOULDBLOCK on Unix, a sharing violation on Windows)
        }
        catch (DirectoryNotFoundException)
        {
            return null; // the folder was removed between creating it and opening the file: try again
        }
    }
}
