using System.Collections.Concurrent;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Tests.Contracts;

namespace Ingest.Indexer.Tests.Indexing;

/// <summary>The one writer: concurrent callers share writes, and a bad plan fails only its own caller.</summary>
public sealed class BatchingSearchIndexTests
{
    [Fact]
    public async Task Concurrent_callers_are_written_in_a_few_groups()
    {
        var inner = new RecordingIndex(delay: TimeSpan.FromMilliseconds(50));
        await using var writer = new BatchingSearchIndex(inner);
        var plans = Enumerable.Range(0, 200).Select(i => PlanFixtures.Preparer.Prepare($"b/{i}.txt", $"Kế hoạch {i}")).ToList();
        var outcomes = await Task.WhenAll(plans.Select(p => Task.Run(() => writer.UpsertAsync([p]))));
        Assert.All(outcomes, o => Assert.Equal(IngestOutcome.Added, Assert.Single(o)));
        Assert.Equal(200, inner.Written.Count);
        Assert.True(inner.Batches < 20, $"{inner.Batches} writes for 200 callers");
        Assert.Equal(inner.Batches, writer.Writes);
    }

    [Fact]
    public async Task A_plan_that_cannot_be_written_fails_only_its_caller()
    {
        var inner = new RecordingIndex(delay: TimeSpan.FromMilliseconds(20), failOn: "b/bad.txt");
        await using var writer = new BatchingSearchIndex(inner);
        var good = Enumerable.Range(0, 30).Select(i => PlanFixtures.Preparer.Prepare($"b/{i}.txt", $"Kế hoạch {i}")).ToList();
        var bad = PlanFixtures.Preparer.Prepare("b/bad.txt", "Kế hoạch hỏng");
        var tasks = good.Select(p => Task.Run(() => writer.UpsertAsync([p]))).Append(Task.Run(() => writer.UpsertAsync([bad]))).ToList();
        await Assert.ThrowsAsync<InvalidOperationException>(() => tasks[^1]);
        foreach (var t in tasks.Take(30)) Assert.Equal(IngestOutcome.Added, Assert.Single(await t));
        Assert.Equal(30, inner.Written.Count);
    }

    private sealed class RecordingIndex(TimeSpan delay, string? failOn = null) : ISearchIndex
    {
        public ConcurrentBag<string> Written { get; } = [];
        public int Batches;

        public async Task<IReadOnlyList<IngestOutcome>> UpsertAsync(IReadOnlyList<IndexedPlan> plans, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            // All or nothing, as a transaction: a batch holding the bad plan writes none of its plans.
            if (plans.Any(p => p.Id == failOn)) throw new InvalidOperationException("cannot write " + failOn);
            Interlocked.Increment(ref Batches);
            foreach (var p in plans) Written.Add(p.Id);
            return plans.Select(_ => IngestOutcome.Added).ToList();
        }

        public Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
            Task.FromResult(new SearchResults(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>()));
    }
}
