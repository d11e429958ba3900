using System.Runtime.InteropServices;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Makes a directory's entries durable (fsync on the directory), so a file created in it survives a power cut
/// along with the catalog row that names it. Written by hand because .NET has no call for it: FileStream.Flush(true)
/// syncs a file's bytes, not its name in the folder. Linux only (elsewhere a no-op). Thread-safe.
/// </summary>
internal static class DirectorySync
{
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenDirectory([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int descriptor);

    /// <summary>Flushes <paramref name="directory"/>'s entries to disk; throws when the system refuses.</summary>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux()) return;
        var descriptor = OpenDirectory(directory, 0); // O_RDONLY: enough to fsync a directory
        if (descriptor < 0) throw new IOException($"cannot open {directory} to sync it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Fsync(descriptor) != 0) throw new IOException($"cannot sync {directory} (errno {Marshal.GetLastPInvokeError()})");
        }
        finally { Close(descriptor); }
    }
}
