using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>The contract suite on the embedded index with SQLite FTS5 as its full-text engine (the earlier engine, kept to compare).</summary>
public sealed class Fts5IndexTests : SearchIndexContract
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ingest-tests", Guid.NewGuid().ToString("N"));
    private SqlitePlanIndex? _index;

    protected override Task<(ISearchIndex, IReferenceGraph, IPlanCatalog)> CreateAsync()
    {
        _index = new SqlitePlanIndex(Path.Combine(_dir, "index.db"), PlanFixtures.Parser, FullTextEngine.Fts5);
        return Task.FromResult<(ISearchIndex, IReferenceGraph, IPlanCatalog)>((_index, _index, _index));
    }

    protected override Task DisposeIndexAsync()
    {
        _index?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_batch_that_fails_midway_leaves_the_index_as_it_was()
    {
        var plans = PlanFixtures.Samples();
        await Index.UpsertAsync([plans[0]]);
        var failing = new FailingList(plans, failAt: 3);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Index.UpsertAsync(failing));
        Assert.Equal(1, _index!.Count());
        Assert.Equal(1, (await Index.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
    }

    [Fact]
    public async Task The_index_survives_reopening()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        using var reopened = new SqlitePlanIndex(Path.Combine(_dir, "index.db"), PlanFixtures.Parser, FullTextEngine.Fts5);
        Assert.Equal(5, reopened.Count());
        Assert.Equal(3, (await reopened.CitesAsync("34-CT/TW")).All.Select(c => c.PlanId).Distinct().Count());
    }

    [Fact]
    public async Task Past_the_ranking_window_the_newest_matches_are_ranked_and_everything_is_counted()
    {
        using var small = new SqlitePlanIndex(Path.Combine(_dir, "window.db"), PlanFixtures.Parser, FullTextEngine.Fts5) { RankingWindow = 2 };
        await small.UpsertAsync(PlanFixtures.Samples());
        var results = await small.SearchAsync(new SearchQuery { Text = "thi đua" });
        Assert.Equal(5, results.Total);
        Assert.Equal(2, results.RankedAmong);
        Assert.Equal(5, results.Facets["level"].Sum(f => f.Count));
        Assert.Equal(2, results.Hits.Count);
        Assert.Null((await Index.SearchAsync(new SearchQuery { Text = "thi đua" })).RankedAmong);
    }

    private sealed class FailingList(IReadOnlyList<IndexedPlan> inner, int failAt) : IReadOnlyList<IndexedPlan>
    {
        public IndexedPlan this[int index] => index == failAt ? throw new InvalidOperationException("disk full") : inner[index];
        public int Count => inner.Count;
        public IEnumerator<IndexedPlan> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
