using System.Threading.Channels;

namespace Ingest.Indexer.Indexing;

/// <summary>
/// The one writer every entry point shares (a folder given to `plans ingest`, concurrent HTTP uploads, a burst
/// of trigger events): callers parse on their own threads, so on all cores, and hand their plans here; one
/// loop writes whatever has gathered while the previous write ran as one batch (group commit), so a thousand
/// concurrent uploads cost a few transactions, not a thousand, and a lone upload waits for none. When a
/// batch fails, its callers' plans are written again one caller at a time, so only the caller whose plan
/// fails sees the error. Searches and deletes go straight to the inner index. Thread-safe.
/// </summary>
public sealed class BatchingSearchIndex : ISearchIndex, IAsyncDisposable
{
    private readonly ISearchIndex _inner;
    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    /// <summary>
    /// Wraps <paramref name="inner"/>; at most <paramref name="maxBatch"/> plans go into one write. In a burst the
    /// writer waits up to <paramref name="linger"/> (default 0.5 s) while plans keep arriving: a bulk load, whose
    /// callers are all waiting for the same writer, gives a longer one, so that its batches are as large as its
    /// plans in flight.
    /// </summary>
    public BatchingSearchIndex(ISearchIndex inner, int maxBatch = 2_000, TimeSpan? linger = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        (_inner, MaxBatch, _linger) = (inner, maxBatch, linger ?? DefaultLinger);
        // A thread of its own: on the pool, every step of the loop (a linger, the end of a write) queued behind
        // the callers' parsing, so with a thousand files in flight the writer sat idle while they parsed.
        _loop = Task.Factory.StartNew(WriteLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private static readonly TimeSpan LingerStep = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan DefaultLinger = TimeSpan.FromMilliseconds(500);
    private readonly TimeSpan _linger;

    /// <summary>The most plans one write takes.</summary>
    public int MaxBatch { get; }

    /// <summary>Number of writes made so far (for benchmarks and tests).</summary>
    public long Writes => Interlocked.Read(ref _writes);
    private long _writes;

    /// <inheritdoc />
    public async Task<IReadOnlyList<IngestOutcome>> UpsertAsync(IReadOnlyList<IndexedPlan> plans, CancellationToken cancellationToken = default)
    {
        if (plans.Count == 0) return [];
        var request = new Request(plans.ToList(), new TaskCompletionSource<IReadOnlyList<IngestOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_requests.Writer.TryWrite(request)) throw new ObjectDisposedException(nameof(BatchingSearchIndex));
        return await request.Done.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken = default) => _inner.DeleteAsync(planId, cancellationToken);

    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => _inner.SearchAsync(query, cancellationToken);

    private void WriteLoop()
    {
        var reader = _requests.Reader;
        var batch = new List<Request>();
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            var count = 0;
            var lingered = TimeSpan.Zero;
            while (true)
            {
                while (count < MaxBatch && reader.TryRead(out var request)) { batch.Add(request); count += request.Plans.Count; }
                // In a burst (more than one caller waiting), wait a moment while plans keep arriving: every write
                // rewrites the pages of the catalog's indexes it touches, so a few large batches write far fewer
                // bytes than many small ones. A lone caller is written at once.
                if (count >= MaxBatch || batch.Count < 2 || lingered >= _linger) break;
                Thread.Sleep(LingerStep);
                lingered += LingerStep;
                if (!reader.TryPeek(out _)) break;
            }
            WriteAsync(batch).GetAwaiter().GetResult();
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Request> batch)
    {
        try
        {
            var outcomes = await _inner.UpsertAsync(batch.SelectMany(r => r.Plans).ToList());
            Interlocked.Increment(ref _writes);
            var at = 0;
            foreach (var r in batch) { r.Done.TrySetResult(outcomes.Skip(at).Take(r.Plans.Count).ToList()); at += r.Plans.Count; }
        }
        catch when (batch.Count > 1)
        {
            // One bad plan must not fail its neighbours: write each caller's plans on their own.
            foreach (var r in batch) await WriteAsync([r]);
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    /// <summary>Finishes the writes already handed in, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _loop;
    }

    private sealed record Request(List<IndexedPlan> Plans, TaskCompletionSource<IReadOnlyList<IngestOutcome>> Done);
}
