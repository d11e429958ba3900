namespace Ingest.Indexer.Storage;

/// <summary>
/// A name held through <see cref="INameLock"/>: dispose it to let the next host in. <see cref="Lost"/> is
/// cancelled when the hold can no longer be vouched for (a lease that could not be renewed): work under it
/// should stop, so that the platform retries it rather than let it write beside another host. Thread-safe.
/// </summary>
public sealed class NameHold : IAsyncDisposable
{
    private readonly Func<ValueTask> _release;
    private int _released;

    /// <summary>A hold released by <paramref name="release"/>, lost when <paramref name="lost"/> is cancelled.</summary>
    public NameHold(Func<ValueTask> release, CancellationToken lost = default) => (_release, Lost) = (release, lost);

    /// <summary>Cancelled when the hold was lost before it was released (never for a kernel file lock).</summary>
    public CancellationToken Lost { get; }

    /// <summary>Releases the name once; later calls do nothing.</summary>
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _released, 1) == 0 ? _release() : ValueTask.CompletedTask;
}
