namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// An exclusive lock on one file, held across processes (flock on Linux, as <see cref="FileSystemNameLock"/>
/// takes it): the kernel drops it when the holder dies, so a killed writer never leaves the index locked.
/// Acquire waits, polling, for as long as <see cref="Wait"/>; a holder keeps it while it writes a long bulk load,
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
            var started = DateTime.UtcNow;
            var poll = 2;
            while ((_held = FileSystemNameLock.TryLock(path)) is null)
            {
                if (DateTime.UtcNow - started > Wait)
                    throw new TimeoutException($"another process has been writing the index for {Wait.TotalMinutes:F0} minutes ({path})");
                Thread.Sleep(poll);
                poll = Math.Min(poll * 2, 100);
            }
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
