using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Serialization;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// <see cref="SegmentCompactor"/>: the bytes replaced and deleted plans leave in the segment files are reclaimed,
/// every plan still reads back whole before and after the old files go, new plans keep being written, a
/// compaction that never committed changes nothing a reader sees, and no file goes while another live process
/// may read it.
/// </summary>
public sealed class SegmentCompactionTests : CatalogFolderTests
{
    private static readonly SegmentCompactionPolicy AnyDeadByte = SegmentCompactionPolicy.AnyDeadByte;
    private string SegmentFolder => Path.Combine(Dir, "index.segments");

    // The five samples, each written as a later version: the same name, its text with one more line.
    private static List<IndexedPlan> Edited(IEnumerable<IndexedPlan> plans, int version) =>
        plans.Select(p => PlanFixtures.Preparer.Prepare(p.Id, p.Text + $"\nBản sửa đổi lần {version}.")).ToList();

    private long SegmentBytesOnDisk() => Directory.GetFiles(SegmentFolder, "*.seg").Sum(f => new FileInfo(f).Length);

    private static long LiveBytes(IEnumerable<IndexedPlan> plans) =>
        plans.Sum(p => PlanSourceText.Compress(p.Text).Length + PlanSourceText.Record(p.Record).Length);

    private static async Task AssertReadsBackAsync(SqlitePlanIndex index, IReadOnlyList<IndexedPlan> plans)
    {
        foreach (var plan in plans)
            Assert.Equal(RecordJson.Serialize(plan.Record), RecordJson.Serialize((await index.GetAsync(plan.Id))!.Record));
        var results = await index.SearchAsync(new SearchQuery { Text = "sửa đổi" });
        Assert.Equal(plans.Count(p => p.Text.Contains("sửa đổi", StringComparison.Ordinal)), results.Total);
        Assert.All(results.Hits, h => Assert.Contains(h.Snippet, p => p.Match));
    }

    [Fact]
    public async Task The_bytes_of_replaced_plans_are_reclaimed_and_every_plan_reads_back_before_and_after_the_old_file_goes()
    {
        var samples = PlanFixtures.Samples();
        using var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await index.UpsertAsync(samples);
        for (var version = 1; version <= 3; version++) await index.UpsertAsync(Edited(samples, version));
        var current = Edited(samples, 3);
        Assert.True(SegmentBytesOnDisk() > 3 * LiveBytes(current), "four versions of each plan were written");

        using var session = DataFolderSession.Open(Dir);
        var (done, removed) = index.Compact(session, AnyDeadByte);
        Assert.Equal((1, 5, LiveBytes(current), 0), (done.Segments, done.Plans, done.MovedBytes, removed));
        Assert.True(File.Exists(Path.Combine(SegmentFolder, "000001.seg")), "a retired file stays until it is safe to remove");
        await AssertReadsBackAsync(index, current);

        Assert.Equal((SegmentCompaction.None, 1), index.Compact(session, AnyDeadByte, removeOwn: true)); // nothing dead is left
        Assert.Equal(LiveBytes(current), SegmentBytesOnDisk());
        await AssertReadsBackAsync(index, current);

        var next = Edited(samples, 4);
        await index.UpsertAsync(next);
        Assert.Equal(5, index.Reindex());
        SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await AssertReadsBackAsync(reopened, next);
    }

    [Fact]
    public async Task Segments_mostly_alive_are_left_as_they_are()
    {
        var samples = PlanFixtures.Samples();
        using var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await index.UpsertAsync(samples);
        await index.UpsertAsync(Edited(samples.Take(1), 1)); // one plan of five replaced: far from half dead
        var before = SegmentBytesOnDisk();
        using var session = DataFolderSession.Open(Dir);
        Assert.Equal((SegmentCompaction.None, 0), index.Compact(session, new SegmentCompactionPolicy(MinDeadFraction: 0.5, MinDeadBytes: 1), removeOwn: true));
        Assert.Equal(before, SegmentBytesOnDisk());
    }

    [Fact]
    public async Task A_segment_whose_plans_were_all_deleted_is_retired_and_new_plans_go_to_a_fresh_one()
    {
        var samples = PlanFixtures.Samples();
        using var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await index.UpsertAsync(samples);
        foreach (var plan in samples) Assert.True(await index.DeleteAsync(plan.Id));
        using var session = DataFolderSession.Open(Dir);
        var (done, removed) = index.Compact(session, AnyDeadByte, removeOwn: true);
        Assert.Equal((1, 0, 0L, 1), (done.Segments, done.Plans, done.MovedBytes, removed));
        Assert.False(File.Exists(Path.Combine(SegmentFolder, "000001.seg")));

        var again = Edited(samples, 1);
        await index.UpsertAsync(again);
        Assert.Equal(LiveBytes(again), SegmentBytesOnDisk());
        SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await AssertReadsBackAsync(reopened, again);
    }

    [Fact]
    public async Task A_compaction_that_never_committed_changes_nothing_a_reader_sees()
    {
        var samples = PlanFixtures.Samples();
        var current = Edited(samples, 1);
        using (var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser))
        {
            await index.UpsertAsync(samples);
            await index.UpsertAsync(current);
        }
        SqliteConnection.ClearAllPools();
        // What a kill before the commit leaves: the live bytes copied into a new segment no row points at.
        using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            var uncommitted = SegmentCompactor.Compact(connection, transaction, new PlanSegmentStore(SegmentFolder), AnyDeadByte);
            Assert.Equal(5, uncommitted.Plans);
            transaction.Rollback();
        }
        SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(Path.Combine(SegmentFolder, "000002.seg")));
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        await AssertReadsBackAsync(reopened, current);
        var next = Edited(samples, 2);
        await reopened.UpsertAsync(next);
        await AssertReadsBackAsync(reopened, next);
        // The next compaction starts after every file on disk and reclaims both: the dead versions and the bytes the
        // uncommitted compaction copied, which no row points at.
        using var session = DataFolderSession.Open(Dir);
        var (done, removed) = reopened.Compact(session, AnyDeadByte, removeOwn: true);
        Assert.Equal((2, 2), (done.Segments, removed));
        Assert.Equal(LiveBytes(next), SegmentBytesOnDisk());
        Assert.True(File.Exists(Path.Combine(SegmentFolder, "000003.seg")));
        await AssertReadsBackAsync(reopened, next);
    }

    [Fact]
    public async Task No_file_goes_while_another_live_process_holds_the_folder_and_a_later_start_removes_it()
    {
        var samples = PlanFixtures.Samples();
        var current = Edited(samples, 1);
        using (var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser))
        {
            await index.UpsertAsync(samples);
            await index.UpsertAsync(current);
            using var session = DataFolderSession.Open(Dir);
            // Another process holding the folder (its session marker, as a `plans` command or the service writes it).
            using var other = System.Diagnostics.Process.Start("sleep", "60");
            var marker = Path.Combine(Dir, "sessions", ProcessOwner.Of(other.Id)!);
            await File.WriteAllTextAsync(marker, "");
            try
            {
                var (done, removed) = index.Compact(session, AnyDeadByte, removeOwn: true);
                Assert.Equal((1, 0), (done.Segments, removed));
                Assert.True(File.Exists(Path.Combine(SegmentFolder, "000001.seg")));
            }
            finally { other.Kill(); await other.WaitForExitAsync(); }
            // Gone now, but this process's own readers may hold the file: only a later start removes it.
            Assert.Equal((SegmentCompaction.None, 0), index.Compact(session, AnyDeadByte));
            Assert.True(File.Exists(Path.Combine(SegmentFolder, "000001.seg")));
        }
        SqliteConnection.ClearAllPools();
        using var later = DataFolderSession.Open(Dir);
        using var restarted = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        Assert.Equal((SegmentCompaction.None, 1), restarted.Compact(later, AnyDeadByte));
        Assert.False(File.Exists(Path.Combine(SegmentFolder, "000001.seg")));
        await AssertReadsBackAsync(restarted, current);
    }

    [Fact]
    public async Task A_catalog_from_before_compaction_gains_its_table_at_open_and_compacts()
    {
        var samples = PlanFixtures.Samples();
        using (var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser))
        {
            await index.UpsertAsync(samples);
            await index.UpsertAsync(Edited(samples, 1));
        }
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE retired_segments; UPDATE meta SET value = '4' WHERE key = 'schema';";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        using var session = DataFolderSession.Open(Dir);
        Assert.Equal((1, 1), (reopened.Compact(session, AnyDeadByte, removeOwn: true) is var (done, removed) ? (done.Segments, removed) : default));
        await AssertReadsBackAsync(reopened, Edited(samples, 1));
    }
}
