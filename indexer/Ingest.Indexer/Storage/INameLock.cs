namespace Ingest.Indexer.Storage;

/// <summary>
/// One writer per name across every host sharing a store: two Function instances on one storage account, or
/// the local service and `plans` on one data folder. A process serialises its own work on a name in memory;
/// this lock makes the other processes wait too. Implementations: <c>FileSystemNameLock</c> (an OS file lock,
/// released by the kernel when its process dies) and <c>AzureBlobNameLock</c> (a blob lease, renewed while held).
/// Thread-safe.
/// </summary>
public interface INameLock
{
    /// <summary>
    /// Waits until no other host holds <paramref name="name"/>, then holds it until the result is disposed.
    /// Throws <see cref="NameLockTimeoutException"/> when another host keeps it past the implementation's bound.
    /// </summary>
    Task<NameHold> AcquireAsync(string name, CancellationToken cancellationToken = default);
}
