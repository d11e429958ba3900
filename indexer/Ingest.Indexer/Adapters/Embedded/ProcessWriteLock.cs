namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// An exclusive lock on one file, held across processes (flock on Linux, as <see cref="FileSystemNameLock"/>
/// takes it): the kernel drops it when the holder dies, so a killed writer never leaves the index locked.
/// Acquire waits (FileSystemNameLock's poll) for as long as <see cref="Wait"/>; a holder keeps it while it writes a long bulk load,
/// so the wait is long. Re-entrant acquisition is not supported: one holder per instance. Thread-safe.
/// </summary>
internal sealed class ProcessWriteLock(string path)
{
    /// <summary>How long Acquire waits for another process to finish writing.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(30);

    private readonly object _gate = new();
    private FileStream? _held;

    public void Acquire()
    {
        lock (_gate)
        {
            if (_held is not null) return;
            // The file lock's own wait, sleeping this thread: the writer is opened synchronously, under a lock.
            _held = FileSystemNameLock.WaitForAsync(path, Wait, t => { Thread.Sleep(t); return ValueTask.CompletedTask; }).AsTask().GetAwaiter().GetResult()
                ?? throw new TimeoutException($"another process has been writing the index for {Wait.TotalMinutes:F0} minutes ({path})");
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }
}
