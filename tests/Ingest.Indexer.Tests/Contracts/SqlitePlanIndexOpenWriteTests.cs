using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// A catalog that leaves its write open across upserts (commitEvery above 1, what `plans ingest` uses): readers
/// see the plans once committed, at the count or at Flush; a plan that fails undoes only its own call; another
/// catalog opens the file while the write is open without waiting for it.
/// </summary>
public sealed class SqlitePlanIndexOpenWriteTests : CatalogFolderTests
{
    [Fact]
    public async Task Plans_of_an_open_write_are_seen_by_readers_once_flushed()
    {
        var plans = PlanFixtures.Samples();
        using (new SqlitePlanIndex(DbPath, PlanFixtures.Parser)) { } // the file exists, as a folder in use has it
        using var writer = new SqlitePlanIndex(DbPath, PlanFixtures.Parser, commitEvery: 1_000);
        foreach (var plan in plans) Assert.Equal(IngestOutcome.Added, (await writer.UpsertAsync([plan])).Single());
        // Opening the file while the write is open needs no write of its own (it would wait, then fail).
        using (var reader = new SqlitePlanIndex(DbPath, PlanFixtures.Parser))
        {
            Assert.Equal(0, reader.Count());
            Assert.Null(await reader.GetAsync(plans[0].Id));
        }
        writer.Flush();
        SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        Assert.Equal(plans.Count, reopened.Count());
        Assert.Equal(plans.Count, (await reopened.SearchAsync(new SearchQuery { PageSize = 1 })).Total);
        Assert.Equal(plans[^1].ContentHash, (await reopened.GetAsync(plans[^1].Id))!.ContentHash);
    }

    [Fact]
    public async Task An_open_write_commits_by_itself_once_it_holds_its_count()
    {
        var plans = PlanFixtures.Samples();
        using var writer = new SqlitePlanIndex(DbPath, PlanFixtures.Parser, commitEvery: 2);
        await writer.UpsertAsync([plans[0]]);
        Assert.Equal(0, CommittedPlans());
        await writer.UpsertAsync([plans[1]]);
        Assert.Equal(2, CommittedPlans());
        Assert.Equal(2, (await writer.SearchAsync(new SearchQuery { PageSize = 1 })).Total);
    }

    [Fact]
    public async Task A_plan_that_fails_undoes_its_own_call_and_not_the_plans_before_it()
    {
        var plans = PlanFixtures.Samples();
        using (var writer = new SqlitePlanIndex(DbPath, PlanFixtures.Parser, commitEvery: 1_000))
        {
            await writer.UpsertAsync([plans[0]]);
            await Assert.ThrowsAsync<SqliteException>(() => writer.UpsertAsync([plans[1], plans[2] with { Id = null! }]));
            await writer.UpsertAsync([plans[3]]);
        } // Dispose commits
        SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        Assert.NotNull(await reopened.GetAsync(plans[0].Id));
        Assert.Null(await reopened.GetAsync(plans[1].Id));
        Assert.NotNull(await reopened.GetAsync(plans[3].Id));
        Assert.Equal(2, reopened.Count());
        Assert.Equal(2, (await reopened.SearchAsync(new SearchQuery { PageSize = 1 })).Total);
        Assert.Equal(2, reopened.Reindex());
    }

    [Fact]
    public async Task A_write_held_open_for_a_while_is_committed_by_its_timer()
    {
        var plans = PlanFixtures.Samples();
        using var writer = new SqlitePlanIndex(DbPath, PlanFixtures.Parser, commitEvery: 1_000, commitWithin: TimeSpan.FromMilliseconds(300));
        await writer.UpsertAsync([plans[0]]);
        await writer.UpsertAsync([plans[1]]);
        // Nothing read through the writer, so nothing forces the commit: the timer does, without another upsert.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (CommittedPlans() < 2 && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);
        Assert.Equal(2, CommittedPlans());
        // The next write opens anew and is committed by the timer again.
        await writer.UpsertAsync([plans[2]]);
        while (CommittedPlans() < 3 && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
        Assert.Equal(3, CommittedPlans());
    }

    [Fact]
    public async Task Reads_through_the_writer_see_every_upsert_that_returned_while_its_write_is_open()
    {
        var plans = PlanFixtures.Samples();
        using var writer = new SqlitePlanIndex(DbPath, PlanFixtures.Parser, commitEvery: 1_000, commitWithin: TimeSpan.FromHours(1));
        await writer.UpsertAsync([plans[0]]);
        // The ingestion's duplicate check reads the committed state and forces nothing.
        Assert.Null(await writer.GetCommittedAsync(plans[0].Id));
        Assert.Equal(0, CommittedPlans());
        // Any other read commits first: what an upload was answered for, a search through the service finds.
        Assert.Equal(1, (await writer.SearchAsync(new SearchQuery { PageSize = 1 })).Total);
        Assert.Equal(1, CommittedPlans());
        await writer.UpsertAsync([plans[1]]);
        Assert.Equal(plans[1].ContentHash, (await writer.GetAsync(plans[1].Id))!.ContentHash);
        await writer.UpsertAsync([plans[2]]);
        Assert.Equal(3, writer.Count());
        await writer.UpsertAsync([plans[3]]);
        Assert.NotNull(await writer.TraceAsync(plans[3].Id, Ingest.Indexer.Graph.TraceDirection.Up));
        Assert.Equal(4, CommittedPlans());
    }

    [Fact]
    public async Task A_write_held_open_by_time_is_committed_at_dispose()
    {
        var plans = PlanFixtures.Samples();
        using (var writer = new SqlitePlanIndex(DbPath, PlanFixtures.Parser, commitEvery: 1_000, commitWithin: TimeSpan.FromHours(1)))
            foreach (var plan in plans) await writer.UpsertAsync([plan]);
        Assert.Equal(plans.Count, CommittedPlans());
    }

    [Fact]
    public async Task An_open_write_publishes_its_full_text_once_tagged_with_the_catalogs_generation()
    {
        // The full text's half of the commit is prepared while the catalog commits and published after it: one Lucene
        // commit, tagged with the catalog's generation, and none more when the writer closes (commit data set after
        // the prepare would count as a change that the close commits again).
        var plans = PlanFixtures.Samples();
        string afterFlush;
        using (var writer = new SqlitePlanIndex(DbPath, PlanFixtures.Parser, commitEvery: 1_000))
        {
            foreach (var plan in plans) await writer.UpsertAsync([plan]);
            writer.Flush();
            afterFlush = LuceneCommits();
            Assert.Equal(plans.Count, (await writer.SearchAsync(new SearchQuery { PageSize = 1 })).Total);
        }
        Assert.Equal(afterFlush, LuceneCommits());
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(Dir, "index.lucene"));
        var infos = new Lucene.Net.Index.SegmentInfos();
        infos.Read(directory);
        Assert.Equal(CatalogGeneration().ToString(System.Globalization.CultureInfo.InvariantCulture), infos.UserData["generation"]);
        SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        Assert.Equal(afterFlush, LuceneCommits()); // the generations agree: the open rebuilt nothing
        Assert.Equal(plans.Count, (await reopened.SearchAsync(new SearchQuery { Text = "thi đua", PageSize = 1 })).Total);
    }

    private string LuceneCommits() =>
        string.Join(",", Directory.GetFiles(Path.Combine(Dir, "index.lucene"), "segments_*").Select(Path.GetFileName).Order());

    private long CatalogGeneration()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'generation'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // Plans committed, as a reader in another process sees them.
    private long CommittedPlans()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM plans";
        return (long)command.ExecuteScalar()!;
    }
}
