using System.Text;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The contract suite on the embedded index (SQLite catalog and graph, Lucene.Net full text), plus what only a
/// local index can show: atomic batches, reopening, repair after a crash, exact-mark ranking, bounded snippets.
/// </summary>
public sealed class LuceneIndexTests : SearchIndexContract
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ingest-tests", Guid.NewGuid().ToString("N"));
    private SqlitePlanIndex? _index;
    private string DbPath => Path.Combine(_dir, "index.db");

    protected override Task<(ISearchIndex, IReferenceGraph, IPlanCatalog)> CreateAsync()
    {
        _index = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
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
        await Assert.ThrowsAsync<InvalidOperationException>(() => Index.UpsertAsync(new FailingList(plans, failAt: 3)));
        Assert.Equal(1, _index!.Count());
        Assert.Equal(1, (await Index.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
    }

    [Fact]
    public async Task A_large_group_is_written_whole_and_a_plan_given_twice_keeps_its_last_version()
    {
        // Enough plans that the rows and the full text are written on several threads.
        var plans = Enumerable.Range(0, 100)
            .Select(i => PlanFixtures.Preparer.Prepare($"g/{i}.txt", $"Kế hoạch số {i}/KH-UBND về chuyển đổi số năm 2024, đợt {i}"))
            .Append(PlanFixtures.Preparer.Prepare("g/7.txt", "Kế hoạch số 7/KH-UBND về khuyến nông năm 2024"))
            .ToList();
        var outcomes = await Index.UpsertAsync(plans);
        Assert.Equal(IngestOutcome.Replaced, outcomes[^1]);
        Assert.Equal(100, _index!.Count());
        Assert.Equal(99, (await Index.SearchAsync(new SearchQuery { Text = "\"chuyển đổi số\"" })).Total);
        Assert.Equal("g/7.txt", Assert.Single((await Index.SearchAsync(new SearchQuery { Text = "khuyến nông" })).Hits).PlanId);
    }

    [Fact]
    public async Task The_index_survives_reopening()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        _index!.Dispose();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        Assert.Equal(5, reopened.Count());
        Assert.Equal(5, (await reopened.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
        Assert.Equal(3, (await reopened.CitesAsync("34-CT/TW")).All.Select(c => c.PlanId).Distinct().Count());
    }

    [Fact]
    public async Task A_reindex_right_after_the_open_rebuilt_the_index_does_not_rebuild_it_again()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        _index!.Dispose();
        Directory.Delete(Path.Combine(_dir, "index.lucene"), recursive: true);
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        string Commits() => string.Join(",", Directory.GetFiles(Path.Combine(_dir, "index.lucene"), "segments_*").Select(Path.GetFileName).Order());
        var atOpen = Commits();
        Assert.Equal(5, reopened.Reindex());
        Assert.Equal(atOpen, Commits());
        // Asked again, or after a write, it rebuilds.
        Assert.Equal(5, reopened.Reindex());
        Assert.NotEqual(atOpen, Commits());
        Assert.Equal(5, (await reopened.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
    }

    [Fact]
    public async Task A_new_folder_commits_its_empty_full_text_index_once_and_writes_to_it()
    {
        // The index of this test was opened on a new folder (InitializeAsync). Tagged with the empty catalog's generation at once: no rebuild of nothing, committed a second time.
        Assert.Equal(["segments_1"], Directory.GetFiles(Path.Combine(_dir, "index.lucene"), "segments_*").Select(Path.GetFileName));
        await Index.UpsertAsync(PlanFixtures.Samples());
        Assert.Equal(5, (await Index.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
    }

    [Fact]
    public async Task A_lost_full_text_index_is_rebuilt_from_the_catalog_at_open()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        _index!.Dispose();
        // A crash between the SQLite commit and the Lucene commit leaves Lucene behind; losing it is the extreme case.
        Directory.Delete(Path.Combine(_dir, "index.lucene"), recursive: true);
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        var results = await reopened.SearchAsync(new SearchQuery { Text = "Đồng Nai" });
        Assert.Contains(results.Hits, h => h.PlanId == "samples/huyen-dong-nai-thi-dua-2021.md");
        Assert.Equal(5, reopened.Reindex());
        Assert.Equal(5, (await reopened.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
    }

    [Fact]
    public async Task A_full_text_index_of_an_older_shape_is_rebuilt_at_open()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        _index!.Dispose();
        // Schema 1 (three exact fields) tagged its commits with the generation only. Its documents are emptied here,
        // so only a rebuild finds anything again.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(_dir, "index.lucene")))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
            Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            var generation = writer.CommitData["generation"];
            writer.DeleteAll();
            writer.SetCommitData(new Dictionary<string, string> { ["generation"] = generation });
            writer.Commit();
        }
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        var hits = (await reopened.SearchAsync(new SearchQuery { Text = "thi đua" })).Hits;
        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.True(h.Score > LuceneQueryBuilder.ExactBonus));
    }

    [Fact]
    public async Task A_catalog_from_before_name_keys_gains_them_at_open_for_the_plans_it_holds()
    {
        const string text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 3/KH-UBND\nKẾ HOẠCH\nThu chi ngân sách\nCăn cứ Luật Ngân sách nhà nước số 83/2015/QH13;\n";
        await Index.UpsertAsync([.. PlanFixtures.Samples(), PlanFixtures.Preparer.Prepare("budget.txt", text)]);
        _index!.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP INDEX citations_name_cover; DROP INDEX citations_key_name; ALTER TABLE citations DROP COLUMN name_key; UPDATE meta SET value = '5' WHERE key = 'schema';";
            command.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        Assert.Equal(["budget.txt"], (await reopened.CitesAsync("Luật Ngân sách nhà nước")).All.Select(c => c.PlanId).Distinct());
        Assert.Equal(3, (await reopened.CitesAsync("Luật Thi đua, khen thưởng")).All.Select(c => c.PlanId).Distinct().Count());
    }

    [Fact]
    public async Task A_file_from_the_fts5_days_keeps_its_text_and_gets_a_lucene_index()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        _index!.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        PlanSegmentStoreTests.DowngradeToVersion3(_dir); // and without its Lucene folder
        // Version 2 kept the text in FTS5's content table, not in plan_source, and had no Lucene folder.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE plan_text(rowid INTEGER PRIMARY KEY, title TEXT, cited TEXT, body TEXT, tags TEXT, issuer TEXT);
                INSERT INTO plan_text(rowid, body) SELECT rowid, 'Kế hoạch ' || rowid || ' về chuyển đổi số' FROM plan_source;
                DELETE FROM plan_source;
                UPDATE meta SET value = '2' WHERE key = 'schema';
                """;
            command.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var reopened = new SqlitePlanIndex(DbPath, PlanFixtures.Parser);
        Assert.Equal(5, (await reopened.SearchAsync(new SearchQuery { Text = "chuyển đổi số" })).Total);
        Assert.Equal(5, reopened.Reindex());
    }

    [Fact]
    public async Task Every_match_is_ranked_and_counted()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        var results = await Index.SearchAsync(new SearchQuery { Text = "thi đua", PageSize = 5 });
        Assert.Null(results.RankedAmong);
        Assert.Equal(5, results.Hits.Count);
        Assert.Equal(5, results.Facets["level"].Sum(f => f.Count));
        Assert.True(results.Hits.Zip(results.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task A_typed_mark_ranks_every_exact_match_above_every_folded_one()
    {
        await Index.UpsertAsync(PlanFixtures.Samples());
        await Index.UpsertAsync(
        [
            PlanFixtures.Plan("q/quan.txt", "UBND TỈNH ĐỒNG NAI", "9/KH-UBND", "Đồng Nai, ngày 01 tháng 3 năm 2022", "Quản lý đính chính", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh Đồng Nai"),
            PlanFixtures.Plan("q/dinh.txt", "UBND TỈNH ĐỒNG NAI", "10/KH-UBND", "Đồng Nai, ngày 02 tháng 3 năm 2022", "Huyện Định Quán", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh Đồng Nai"),
        ]);
        var hits = (await Index.SearchAsync(new SearchQuery { Text = "Định Quán" })).Hits;
        Assert.Equal("q/dinh.txt", hits[0].PlanId);
        // "quản … đính" matches folded but neither word as typed: below everything with a typed word.
        var folded = Assert.Single(hits, h => h.PlanId == "q/quan.txt");
        Assert.True(folded.Score < hits[0].Score - LuceneQueryBuilder.ExactBonus);
        Assert.Equal("q/quan.txt", hits[^1].PlanId);
    }

    [Fact]
    public async Task A_huge_plan_without_line_breaks_is_found_and_its_snippet_cut_from_its_window()
    {
        // What such a plan costs a search is measured by `plans bench query`, not timed here: this checks what keeps
        // that cost bounded, a snippet cut from the text's first window and never from the whole 5 MiB.
        var huge = PlanFixtures.Plan("big/plan.txt", "UBND TỈNH AN GIANG", "77/KH-UBND", "An Giang, ngày 01 tháng 3 năm 2022",
            "Tổng hợp", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh An Giang",
            string.Join(' ', Enumerable.Repeat("báo cáo tổng hợp số liệu", 5 * 1024 * 1024 / 30)) + " cuối cùng");
        Assert.True(Encoding.UTF8.GetByteCount(huge.Text) > 5 * 1024 * 1024);
        await Index.UpsertAsync([huge, .. PlanFixtures.Samples()]);

        var hit = Assert.Single((await Index.SearchAsync(new SearchQuery { Text = "báo cáo" })).Hits, h => h.PlanId == "big/plan.txt");
        Assert.Contains(hit.Snippet, p => p.Match);
        Assert.InRange(hit.Snippet.Sum(p => p.Text.Length), 1, 1_000);
        // The match beyond the snippet window is found, though not highlighted.
        var last = Assert.Single((await Index.SearchAsync(new SearchQuery { Text = "cuối cùng" })).Hits, h => h.PlanId == "big/plan.txt");
        Assert.DoesNotContain(last.Snippet, p => p.Match && p.Text.Contains("cuối", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_split_over_the_segments_answers_as_one_pass_does()
    {
        // One batch per plan: as many segments as plans, so the split cuts between segments.
        foreach (var plan in PlanFixtures.Samples().Concat(PlanFixtures.Places()).Concat(PlanFixtures.Hierarchy()))
            await Index.UpsertAsync([plan]);
        var queries = new[]
        {
            new SearchQuery { Text = "thi đua", PageSize = 3, Page = 2 }, new SearchQuery { Text = "kế hoạch" },
            new SearchQuery { Level = "province" }, new SearchQuery { Text = "huyện", Province = "Quảng Ngãi" },
        };
        var (before, parts) = (LuceneSlicedSearch.ParallelFromDocs, LuceneSlicedSearch.Parts);
        try
        {
            LuceneSlicedSearch.Parts = 2;
            LuceneSlicedSearch.ParallelFromDocs = int.MaxValue;
            var onePass = new List<SearchResults>();
            foreach (var q in queries) onePass.Add(await Index.SearchAsync(q));
            LuceneSlicedSearch.ParallelFromDocs = 0;
            for (var i = 0; i < queries.Length; i++)
            {
                var split = await Index.SearchAsync(queries[i]);
                Assert.True(onePass[i].Total > 0, $"query {i} matches nothing");
                Assert.Equal(onePass[i].Total, split.Total);
                Assert.Equal(onePass[i].Hits.Select(h => (h.PlanId, h.Score, h.Title)), split.Hits.Select(h => (h.PlanId, h.Score, h.Title)));
                Assert.Equal(Flat(onePass[i].Facets), Flat(split.Facets));
            }
        }
        finally { (LuceneSlicedSearch.ParallelFromDocs, LuceneSlicedSearch.Parts) = (before, parts); }

        static List<string> Flat(IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets) =>
            facets.OrderBy(f => f.Key).SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}")).ToList();
    }

    [Fact]
    public async Task Term_at_a_time_scoring_answers_as_lucenes_own_scorers_do()
    {
        foreach (var plan in PlanFixtures.Samples().Concat(PlanFixtures.Places()).Concat(PlanFixtures.Hierarchy()))
            await Index.UpsertAsync([plan]);
        string[] texts =
        [
            "thi đua", "kế hoạch", "ke hoach", "Định Quán", "kế hoạch -\"chuyển đổi\"", "\"thi đua\" | \"chuyển đổi\"", "chi thi 34 level:district",
            "thi đua -level:province", "title:\"thi đua\"", "-thi", "chuyển*", "34-CT/TW", "huyện +quảng", "cited:34 body:thi",
        ];
        var queries = texts.Select(t => new SearchQuery { Text = t, PageSize = 50 })
            .Append(new SearchQuery { Text = "huyện", Province = "Quảng Ngãi" }).Append(new SearchQuery { Text = "kế hoạch", Level = "district", Year = 2022 })
            .ToList();
        var before = LuceneSlicedSearch.TermAtATime;
        try
        {
            LuceneSlicedSearch.TermAtATime = false;
            var lucene = new List<SearchResults>();
            foreach (var q in queries) lucene.Add(await Index.SearchAsync(q));
            LuceneSlicedSearch.TermAtATime = true;
            for (var i = 0; i < queries.Count; i++)
            {
                var r = await Index.SearchAsync(queries[i]);
                Assert.Equal(lucene[i].Total, r.Total);
                Assert.Equal(lucene[i].Hits.Select(h => h.PlanId), r.Hits.Select(h => h.PlanId));
                Assert.All(lucene[i].Hits.Zip(r.Hits), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-4));
                Assert.Equal(Flat(lucene[i]), Flat(r));
            }
            Assert.Contains(lucene, r => r.Total > 1);
        }
        finally { LuceneSlicedSearch.TermAtATime = before; }

        static string Flat(SearchResults r) =>
            string.Join(";", r.Facets.OrderBy(f => f.Key).SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}")));
    }

    [Fact]
    public async Task Searches_at_once_count_the_same_facets_as_one_at_a_time()
    {
        // Facet values are turned into text through segment doc values, whose lookups are not safe to share
        // between threads: the service answers many searches at once.
        foreach (var plan in PlanFixtures.Samples().Concat(PlanFixtures.Places()).Concat(PlanFixtures.Hierarchy()))
            await Index.UpsertAsync([plan]);
        var queries = new[] { new SearchQuery { Text = "kế hoạch" }, new SearchQuery { Text = "thi đua" }, new SearchQuery() };
        var alone = new List<string>();
        foreach (var q in queries) alone.Add(Flat(await Index.SearchAsync(q)));
        var together = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(async () => (i % 3, Flat(await Index.SearchAsync(queries[i % 3]))))));
        Assert.All(together, t => Assert.Equal(alone[t.Item1], t.Item2));

        static string Flat(SearchResults r) =>
            string.Join(";", r.Facets.OrderBy(f => f.Key).SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}")));
    }

    [Fact]
    public async Task A_search_sees_what_another_instance_on_the_same_files_committed()
    {
        var plans = PlanFixtures.Samples();
        await Index.UpsertAsync([plans[0]]);
        Assert.Equal(1, (await Index.SearchAsync(new SearchQuery { Text = "kế hoạch" })).Total);
        // The service and `plans ingest` are two processes on one data folder; two instances stand for them.
        using (var other = new SqlitePlanIndex(DbPath, PlanFixtures.Parser)) await other.UpsertAsync(plans.Skip(1).ToList());
        Assert.Equal(plans.Count, (await Index.SearchAsync(new SearchQuery { Text = "kế hoạch" })).Total);
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
