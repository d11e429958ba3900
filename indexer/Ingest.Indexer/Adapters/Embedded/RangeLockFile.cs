using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Exclusive one-byte locks at chosen offsets of one file, held across processes: Linux's open-file-description
/// locks (fcntl F_OFD_SETLK), which belong to this open file, not to the process (so two instances in one
/// process exclude each other, as two processes do), and which the kernel drops when the process dies, even by
/// SIGKILL. Within one instance an offset is held once at a time. Thread-safe.
/// </summary>
internal sealed class RangeLockFile : IDisposable
{
    private readonly FileStream _file;
    private readonly ConcurrentDictionary<long, byte> _held = new();

    private RangeLockFile(FileStream file) => _file = file;

    /// <summary>The file at <paramref name="path"/>, or null where these locks are not to be had (not Linux, an old kernel or a file system without them).</summary>
    public static RangeLockFile? TryOpen(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var locks = new RangeLockFile(file);
        try
        {
            // A query (F_OFD_GETLK takes nothing) proves the call works here.
            var probe = new Flock { Type = WriteLock, Whence = 0, Start = 0, Length = 1 };
            if (Fcntl(locks.Fd, OfdGetLock, ref probe) == 0) return locks;
            file.Dispose();
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException)
        {
            file.Dispose();
            return null;
        }
    }

    /// <summary>True when this instance now holds <paramref name="offset"/>; false when it or another holder has it.</summary>
    public bool TryLock(long offset)
    {
        if (!_held.TryAdd(offset, 0)) return false;
        var request = new Flock { Type = WriteLock, Whence = 0, Start = offset, Length = 1 };
        if (Fcntl(Fd, OfdSetLock, ref request) == 0) return true;
        _held.TryRemove(offset, out _);
        var errno = Marshal.GetLastPInvokeError();
        if (errno is EAgain or EAccess) return false;
        throw new IOException($"fcntl(F_OFD_SETLK) failed with errno {errno}");
    }

    /// <summary>Releases <paramref name="offset"/>, held by this instance.</summary>
    public void Unlock(long offset)
    {
        var request = new Flock { Type = Unlocked, Whence = 0, Start = offset, Length = 1 };
        var result = Fcntl(Fd, OfdSetLock, ref request);
        _held.TryRemove(offset, out _);
        if (result != 0) throw new IOException($"fcntl(F_OFD_SETLK, F_UNLCK) failed with errno {Marshal.GetLastPInvokeError()}");
    }

    public void Dispose() => _file.Dispose();

    private int Fd => (int)_file.SafeFileHandle.DangerousGetHandle();

    private const int OfdGetLock = 36, OfdSetLock = 37; // F_OFD_GETLK, F_OFD_SETLK
    private const short WriteLock = 1, Unlocked = 2; // F_WRLCK, F_UNLCK
    private const int EAgain = 11, EAccess = 13;

    // struct flock on Linux (x86-64 and arm64 alike): two shorts, then off_t start and length, then pid (0 here).
    [StructLayout(LayoutKind.Sequential)]
    private struct Flock
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int fd, int command, ref Flock request);
}
