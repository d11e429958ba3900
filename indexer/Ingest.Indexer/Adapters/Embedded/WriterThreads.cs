namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Spreads the one catalog writer's per-plan work over the cores: the calling thread and up to one thread of its own
/// per further core take the next index until none is left. Not the thread pool: during a bulk load it is full of
/// the files in flight being parsed, and work queued behind them would start after the caller had done it alone.
/// </summary>
internal static class WriterThreads
{
    /// <summary>
    /// Runs <paramref name="work"/> for 0 … <paramref name="count"/> − 1, in no set order, each index once; on one
    /// thread when there are fewer than <paramref name="perThread"/> items per thread to share (a lone upload is one
    /// plan). Returns when all are done; throws the first failure unwrapped, the others stopped early.
    /// </summary>
    public static void For(int count, int perThread, Action<int> work)
    {
        var threads = Math.Min(Environment.ProcessorCount, count / Math.Max(1, perThread));
        if (threads < 2)
        {
            for (var i = 0; i < count; i++) work(i);
            return;
        }
        var next = -1;
        Exception? failure = null;
        void Take()
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) work(i);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                Volatile.Write(ref next, count);
            }
        }
        var others = Enumerable.Range(1, threads - 1)
            .Select(_ => Task.Factory.StartNew(Take, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Take();
        Task.WaitAll(others);
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary><see cref="For"/> that keeps each index's result.</summary>
    public static TResult[] Map<TSource, TResult>(IReadOnlyList<TSource> items, int perThread, Func<TSource, TResult> map)
    {
        var results = new TResult[items.Count];
        For(items.Count, perThread, i => results[i] = map(items[i]));
        return results;
    }
}
