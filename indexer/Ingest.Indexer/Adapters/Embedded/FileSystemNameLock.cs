using System.Security.Cryptography;
using System.Text;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// <see cref="INameLock"/> for processes sharing a data folder (the local service, `plans`): an exclusive OS
/// lock, which the kernel drops when the holding process ends, even by SIGKILL, so no stale lock survives a
/// crash and nothing has to expire. On Linux, one byte per name of one of 256 shared files
/// (FOLDER/names/{2 hex}.lock, the file and the offset taken from the name's sha-256; <see cref="RangeLockFile"/>):
/// a file per name cost an inode and a directory entry for every name ever written (run 13 in
/// docs/BENCHMARKS.md); 256 files, not one, since the kernel scans a file's whole list of locks at each lock. Elsewhere, and where Linux's
/// open-file-description locks are missing, one empty file per name (FileShare.None, which .NET takes with
/// flock on macOS and with a share mode on Windows), kept (a file deleted while another process waits on it
/// would let a third lock a new file of the same name beside it), under FOLDER/{2 hex}/{sha-256 of the
/// name}.lock; setting DOTNET_SYSTEM_IO_DISABLEFILELOCKING turns those off. Processes of builds from before
/// the shared file do not see its locks: stop them before starting this one on the same folder. Thread-safe.
/// </summary>
public sealed class FileSystemNameLock(string folder, TimeSpan? wait = null) : INameLock, IDisposable
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

    /// <summary>The folder of the shared lock files (Linux), under <see cref="Folder"/>.</summary>
    public const string SharedFolderName = "names";

    private readonly RangeLockFile?[] _files = new RangeLockFile?[256];
    private bool? _shared;

    public void Dispose()
    {
        lock (_files) foreach (var file in _files) file?.Dispose();
    }

    // The shared file of a name's first hash byte, opened at its first use; null where such files do not serve.
    private RangeLockFile? SharedFile(byte stripe)
    {
        lock (_files)
        {
            if (_shared is false) return null;
            var file = _files[stripe] ??= RangeLockFile.TryOpen(SharedPath(stripe));
            // Decided once, by the first file opened: every later one is on the same file system.
            _shared ??= file is not null;
            return file ?? throw new IOException($"the shared lock file {SharedPath(stripe)} could not be opened");
        }
    }

    private string SharedPath(byte stripe) => Path.Combine(Folder, SharedFolderName, stripe.ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + ".lock");

    private static byte[] HashOf(string name) => SHA256.HashData(Encoding.UTF8.GetBytes(name));

    public async Task<NameHold> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        var hash = HashOf(BlobContainers.ValidName(name));
        if (SharedFile(hash[0]) is { } shared)
        {
            var offset = OffsetOf(hash);
            var poll = TimeSpan.FromMilliseconds(2);
            while (!shared.TryLock(offset))
            {
                if (DateTime.UtcNow - started >= _wait) throw new NameLockTimeoutException(name, DateTime.UtcNow - started);
                await Task.Delay(poll, cancellationToken);
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
            }
            return new NameHold(() => { shared.Unlock(offset); return ValueTask.CompletedTask; });
        }
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

    /// <summary>
    /// The file that holds a name's lock: the shared file where one serves, else the name's own (hashed: names
    /// may be long, hold slashes and any letter).
    /// </summary>
    public string PathOf(string name)
    {
        var bytes = HashOf(name);
        if (SharedFile(bytes[0]) is not null) return SharedPath(bytes[0]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        return Path.Combine(Folder, hash[..2], hash + ".lock");
    }

    // Where a name's byte lies in its shared file: 62 bits of its hash after the byte that chose the file.
    private static long OffsetOf(byte[] hash) => (long)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash.AsSpan(1)) >> 2);

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
