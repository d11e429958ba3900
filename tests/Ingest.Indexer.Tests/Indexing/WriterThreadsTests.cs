using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Indexer.Tests.Indexing;

/// <summary>The catalog writer's per-plan work spread over the cores: every item once, failures as thrown.</summary>
public sealed class WriterThreadsTests
{
    [Fact]
    public void Every_index_is_taken_once_and_results_keep_their_places()
    {
        var items = Enumerable.Range(0, 5_000).ToArray();
        var seen = new int[items.Length];
        var results = WriterThreads.Map(items, perThread: 16, i => { Interlocked.Increment(ref seen[i]); return i * 2; });
        Assert.All(seen, n => Assert.Equal(1, n));
        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void A_failure_is_thrown_as_it_was_not_wrapped()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            WriterThreads.For(1_000, perThread: 16, i => { if (i == 700) throw new InvalidOperationException("plan 700"); }));
        Assert.Equal("plan 700", e.Message);
    }

    [Fact]
    public void Few_items_run_on_the_calling_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        WriterThreads.For(10, perThread: 16, _ => { lock (threads) threads.Add(Environment.CurrentManagedThreadId); });
        Assert.Equal([caller], threads);
    }
}
