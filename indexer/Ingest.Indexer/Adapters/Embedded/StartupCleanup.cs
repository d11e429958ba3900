namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// What a killed process may leave on this machine, removed at the next start (the service and every `plans`
/// command): tool process groups still running (<see cref="ChildProcesses.KillOrphans"/>), temporary workspaces
/// (<see cref="TempWorkspace.RemoveOrphans"/>), and, when no other process holds the data folder, the store's
/// half-written temporary blobs. What live processes own is left alone. Thread-safe.
/// </summary>
public static class StartupCleanup
{
    /// <summary>Cleans up; returns what was removed, for the start-up log.</summary>
    public static (int ChildGroups, int Workspaces, int TemporaryBlobs) Run(FileSystemBlobStore? blobs, DataFolderSession session) =>
        (ChildProcesses.KillOrphans(), TempWorkspace.RemoveOrphans(), blobs is null ? 0 : RemoveTemporaryBlobs(blobs, session));

    // Only when no other live process holds the folder at this moment, and only blobs written before it: every
    // process publishes its session before it writes, so one that starts meanwhile writes newer files. (Decided at
    // the session's opening instead, two processes starting together both found themselves alone, and one removed
    // the other's half-written blob.) The moment is taken before the look, less 20 ms: a file's time comes from the
    // kernel's coarse clock, a tick (4-10 ms) behind.
    private static int RemoveTemporaryBlobs(FileSystemBlobStore blobs, DataFolderSession session)
    {
        var before = DateTime.UtcNow - TimeSpan.FromMilliseconds(20);
        return session.AloneNow() ? blobs.RemoveTemporaryFiles(writtenBefore: before) : 0;
    }
}
