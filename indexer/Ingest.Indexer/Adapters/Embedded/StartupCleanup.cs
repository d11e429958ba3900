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
        (ChildProcesses.KillOrphans(), TempWorkspace.RemoveOrphans(), blobs is not null && session.Alone ? blobs.RemoveTemporaryFiles() : 0);
}
