using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Serialization;
using Microsoft.Data.Sqlite;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The catalog's texts and records in segment files (<see cref="PlanSegmentStore"/>): what a write that never
/// committed leaves is never read, and a catalog from before them (text in plan_source, record in its row)
/// still opens, answers and takes new plans.
/// </summary>
public sealed class PlanSegmentStoreTests : CatalogFolderTests
{
    private string Segment => Path.Combine(Dir, "index.segments", "000001.seg");

    [Fact]
    public async Task Bytes_a_write_left_past_the_committed_end_are_cut_off_and_never_read()
    {
        var plans = PlanFixtures.Samples();
        using (var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser))
        {
            await index.UpsertAsync([plans[0]]);
            var committed = new FileInfo(Segment).Length;
            // What a kill between the append and the commit leaves.
            await File.AppendAllTextAsync(Segment, new string('x', 5000));
            await index.UpsertAsync(plans.Skip(1).ToList());
            Assert.Equal(committed + plans.Skip(1).Sum(p => SegmentBytesOf(p)), new FileInfo(Segment).Length);
        }
        SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        foreach (var plan in plans)
            Assert.Equal(RecordJson.Serialize(plan.Record), RecordJson.Serialize((await reopened.GetAsync(plan.Id))!.Record));
        Assert.Equal(plans.Count, reopened.Reindex());
        var results = await reopened.SearchAsync(new SearchQuery { Text = "thi đua" });
        Assert.Equal(5, results.Total);
        Assert.All(results.Hits, h => Assert.Contains(h.Snippet, p => p.Match));
    }

    [Fact]
    public async Task A_catalog_from_before_the_segment_files_keeps_its_text_and_records_and_takes_new_plans()
    {
        var plans = PlanFixtures.Samples();
        using (var index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser)) await index.UpsertAsync(plans.Take(4).ToList());
        SqliteConnection.ClearAllPools();
        DowngradeToVersion3(Dir);
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        var results = await reopened.SearchAsync(new SearchQuery { Text = "thi đua" });
        Assert.Equal(4, results.Total);
        Assert.All(results.Hits, h => Assert.Contains(h.Snippet, p => p.Match));
        foreach (var plan in plans.Take(4))
            Assert.Equal(RecordJson.Serialize(plan.Record), RecordJson.Serialize((await reopened.GetAsync(plan.Id))!.Record));
        await reopened.UpsertAsync([plans[4]]);
        Assert.Equal(RecordJson.Serialize(plans[4].Record), RecordJson.Serialize((await reopened.GetAsync(plans[4].Id))!.Record));
        Assert.Equal(5, reopened.Reindex());
        Assert.Equal(5, (await reopened.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
    }

    private static long SegmentBytesOf(IndexedPlan plan) =>
        PlanSourceText.Compress(plan.Text).Length + PlanSourceText.Record(plan.Record).Length;

    /// <summary>
    /// Rewrites a catalog as version 3 wrote it: each text in plan_source, each record in its row, no segment
    /// files, no full-text index (rebuilt at the next open).
    /// </summary>
    internal static void DowngradeToVersion3(string dir)
    {
        var segments = new PlanSegmentStore(Path.Combine(dir, "index.segments"));
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(dir, "index.db")}"))
        {
            connection.Open();
            var rows = new List<(long Rowid, byte[] Text, byte[] Record)>();
            using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT rowid, segment, at, text_length, record_length FROM plan_segments";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    var (segment, at, textLength) = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3));
                    rows.Add((reader.GetInt64(0), segments.Read(segment, at, textLength), segments.Read(segment, at + textLength, reader.GetInt32(4))));
                }
            }
            foreach (var (rowid, text, record) in rows)
            {
                using var write = connection.CreateCommand();
                write.CommandText = "INSERT INTO plan_source(rowid, text) VALUES ($r, $t); UPDATE plans SET record_json = $j WHERE rowid = $r;";
                write.Parameters.AddWithValue("$r", rowid);
                write.Parameters.AddWithValue("$t", text);
                write.Parameters.AddWithValue("$j", record);
                write.ExecuteNonQuery();
            }
            using var drop = connection.CreateCommand();
            drop.CommandText = """
                DROP TABLE plan_segments; DELETE FROM meta WHERE key IN ('segment', 'segment_end');
                DROP INDEX plans_hash16; CREATE INDEX plans_hash ON plans(content_hash);
                UPDATE meta SET value = '3' WHERE key = 'schema';
                """;
            drop.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.Combine(dir, "index.segments"), recursive: true);
        Directory.Delete(Path.Combine(dir, "index.lucene"), recursive: true);
    }
}
