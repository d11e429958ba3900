namespace Ingest.Cli;

/// <summary>
/// Bounds the bytes held at once by work in flight (files read and not yet written): a taker waits, first come
/// first served, until its bytes fit beside those already taken. One piece larger than the whole budget is let in
/// when nothing else is held, so no file waits forever. Thread-safe.
/// </summary>
public sealed class ByteBudget(long limit)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Bytes, TaskCompletionSource Admitted)> _waiting = new();
    private long _held;

    /// <summary>Waits until <paramref name="bytes"/> fit; disposing the result gives them back.</summary>
    public async Task<IDisposable> TakeAsync(long bytes, CancellationToken cancellationToken)
    {
        TaskCompletionSource admitted;
        lock (_gate)
        {
            if (_waiting.Count == 0 && Fits(bytes))
            {
                _held += bytes;
                return new Taken(this, bytes);
            }
            admitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((bytes, admitted));
        }
        using (cancellationToken.Register(() => admitted.TrySetCanceled(cancellationToken)))
            await admitted.Task;
        return new Taken(this, bytes);
    }

    private bool Fits(long bytes) => _held == 0 || _held + bytes <= limit;

    private void Give(long bytes)
    {
        lock (_gate)
        {
            _held -= bytes;
            while (_waiting.TryPeek(out var next) && Fits(next.Bytes))
            {
                _waiting.Dequeue();
                // A taker cancelled meanwhile holds nothing.
                if (next.Admitted.TrySetResult()) _held += next.Bytes;
            }
        }
    }

    private sealed class Taken(ByteBudget budget, long bytes) : IDisposable
    {
        private int _given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _given, 1) == 0) budget.Give(bytes);
        }
    }
}
