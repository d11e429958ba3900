using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// One set of cases for every implementation of the index interfaces (embedded SQLite, Azure AI Search):
/// the same questions must get the same answers whatever the backend.
/// </summary>
public abstract partial class SearchIndexContract : IAsyncLifetime
{
    protected ISearchIndex Index { get; private set; } = null!;
    protected IReferenceGraph Graph { get; private set; } = null!;
    protected IPlanCatalog Catalog { get; private set; } = null!;

    /// <summary>A new, empty index of the backend under test.</summary>
    protected abstract Task<(ISearchIndex, IReferenceGraph, IPlanCatalog)> CreateAsync();

    protected virtual Task DisposeIndexAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => (Index, Graph, Catalog) = await CreateAsync();

    public Task DisposeAsync() => DisposeIndexAsync();

    private async Task IngestSamples() => await Index.UpsertAsync(PlanFixtures.Samples());

    [Theory]
    [InlineData("34-CT/TW")]
    [InlineData("Chỉ thị 34-CT/TW")]
    [InlineData("34-ct/tw")]
    [InlineData("Chỉ thị số 34-CT/TW ngày 07/4/2014")]
    [InlineData("chi thi 34")]
    [InlineData("Chỉ thị 34")]
    public async Task Cites_finds_every_plan_citing_directive_34_in_any_spelling(string spelling)
    {
        await IngestSamples();
        var result = await Graph.CitesAsync(spelling);
        var plans = result.All.Select(c => c.PlanId).Distinct().OrderBy(x => x).ToList();
        Assert.Equal(["samples/dong-nai-ban-dan-toc-15-KH-BDT-2021.txt", "samples/huyen-dong-nai-thi-dua-2021.md", "samples/khanh-hoa-ban-dan-toc-2021.txt"], plans);
        Assert.Equal(["province", "district"], result.ByLevel.Keys);
        Assert.All(result.All, c => Assert.Contains("34", c.Sentence));
    }

    [Theory]
    [InlineData("26/CT-TTg", 2)]
    [InlineData("Thông tri 28-TT/TU", 2)]
    [InlineData("786/QĐ-UBDT", 1)]
    [InlineData("Luật Thi đua, khen thưởng", 3)]
    public async Task Cites_finds_the_cross_references_among_the_samples(string document, int plans)
    {
        await IngestSamples();
        var result = await Graph.CitesAsync(document);
        Assert.Equal(plans, result.All.Select(c => c.PlanId).Distinct().Count());
    }

    [Theory]
    [InlineData("Luật Ngân sách nhà nước", new[] { "a.txt", "c.txt", "d.txt", "f.txt", "g.txt" })]
    [InlineData("Luật Ngân sách nhà nước năm 2015", new[] { "a.txt", "c.txt", "f.txt", "g.txt" })]
    [InlineData("Luật Ngân sách nhà nước 2002", new[] { "c.txt", "d.txt" })]
    [InlineData("83/2015/QH13", new[] { "a.txt", "f.txt", "g.txt" })]
    [InlineData("Luật số 83/2015/QH13", new[] { "a.txt", "f.txt", "g.txt" })]
    public async Task A_law_asked_by_name_finds_it_cited_with_its_year_or_without(string document, string[] expected)
    {
        // A name cited with no year ("c") may be of any year; one cited with another year ("d", "a") is not; a law
        // cited by number and name ("f") is found by either, and so, through "f", is the law cited by its name only
        // ("a", with its year) or by its number only ("g"); a name without a year ("c") is no number's.
        static IndexedPlan Plan(string id, string basis) => PlanFixtures.Preparer.Prepare(id,
            $"ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 1/KH-UBND\nKẾ HOẠCH\nThu chi ngân sách xã\nCăn cứ {basis};\nXã triển khai thực hiện.\n");
        await Index.UpsertAsync([
            Plan("a.txt", "Luật Ngân sách nhà nước năm 2015"),
            Plan("c.txt", "Luật Ngân sách nhà nước"),
            Plan("d.txt", "Luật Ngân sách nhà nước năm 2002"),
            Plan("e.txt", "Luật Ngân sách nhà nước sửa đổi"),
            Plan("f.txt", "Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015"),
            Plan("g.txt", "Luật số 83/2015/QH13"),
        ]);
        var plans = (await Graph.CitesAsync(document)).All.Select(c => c.PlanId).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, plans);
    }

    [Fact]
    public async Task Known_documents_are_the_cited_and_the_indexed_with_how_many_plans_cite_them()
    {
        await IngestSamples();
        var documents = await ((IDocumentDirectory)Graph).KnownDocumentsAsync();
        var directive = documents.Where(d => d.Label.StartsWith("Chỉ thị 34-CT/TW", StringComparison.Ordinal)).MaxBy(d => d.CitingPlans)!;
        Assert.Equal((3, "central", "Chỉ thị 34-CT/TW 2014", false), (directive.CitingPlans, directive.Level, directive.Lookup, directive.Indexed));
        Assert.Contains(documents, d => d.Indexed && d.Label.StartsWith("Kế hoạch 15/KH-BDT", StringComparison.Ordinal));
        // A suggestion's lookup text asks for exactly that document.
        Assert.Equal(3, (await Graph.CitesAsync(directive.Lookup)).All.Select(c => c.PlanId).Distinct().Count());
    }

    [Fact]
    public async Task Citing_plans_come_one_row_per_plan_with_a_second_file_of_a_plan_as_its_version()
    {
        var samples = PlanFixtures.Samples();
        var district = samples.Single(p => p.Id.Contains("huyen", StringComparison.Ordinal));
        await Index.UpsertAsync([.. samples, PlanFixtures.Preparer.Prepare("scans/huyen-ban-quet.txt", district.Text + "\n")]);
        var answer = await new CitingPlansQuery(Graph, Catalog).AskAsync("34-ct/tw");
        Assert.Equal((3, 4), (answer.PlanCount, answer.FileCount));
        var row = Assert.Single(answer.Levels.Single(l => l.Level == "district").Provinces.SelectMany(p => p.Plans));
        Assert.Equal(["samples/huyen-dong-nai-thi-dua-2021.md", "scans/huyen-ban-quet.txt"], row.Versions.Order(StringComparer.Ordinal));
        Assert.NotEmpty(row.Evidence);
    }

    [Fact]
    public async Task Cites_reports_the_relation_sentence_and_page()
    {
        await IngestSamples();
        var hit = (await Graph.CitesAsync("Chỉ thị 01/CT-UBND")).All.First();
        Assert.Equal("implements", hit.Relation);
        Assert.Equal(1, hit.Page);
        Assert.StartsWith("Thực hiện Chỉ thị số 01/CT-UBND", hit.Sentence);
    }

    [Theory]
    [InlineData("dong nai")]
    [InlineData("Đồng Nai")]
    [InlineData("ĐỒNG NAI")]
    public async Task Search_ignores_marks_case_and_the_d_stroke(string text)
    {
        await IngestSamples();
        var results = await Index.SearchAsync(new SearchQuery { Text = text });
        Assert.Contains(results.Hits, h => h.PlanId == "samples/dong-nai-ban-dan-toc-15-KH-BDT-2021.txt");
        Assert.Contains(results.Hits, h => h.PlanId == "samples/huyen-dong-nai-thi-dua-2021.md");
        Assert.All(results.Hits, h => Assert.Contains(h.Snippet, p => p.Match));
    }

    [Fact]
    public async Task Search_filters_and_counts_facets()
    {
        await IngestSamples();
        var all = await Index.SearchAsync(new SearchQuery { Text = "chi thi 34 ct tw" });
        Assert.Equal(3, all.Total);
        Assert.Contains(all.Facets["level"], f => f is { Value: "province", Count: 2 });
        var district = await Index.SearchAsync(new SearchQuery { Text = "chi thi 34 ct tw", Level = "district" });
        Assert.Equal("samples/huyen-dong-nai-thi-dua-2021.md", Assert.Single(district.Hits).PlanId);
        var byProvince = await Index.SearchAsync(new SearchQuery { Text = "thi đua", Province = "khanh hoa" });
        Assert.Equal("samples/khanh-hoa-ban-dan-toc-2021.txt", Assert.Single(byProvince.Hits).PlanId);
        var byYear = await Index.SearchAsync(new SearchQuery { Year = 2022 });
        Assert.Equal("samples/quang-ngai-ban-dan-toc-2022.txt", Assert.Single(byYear.Hits).PlanId);
    }

    [Fact]
    public async Task Search_filters_by_issuer_type_and_issue_date()
    {
        await IngestSamples();
        // Issuer words, marks ignored: the three provincial Ban Dân tộc and the Ủy ban Dân tộc.
        var byIssuer = await Index.SearchAsync(new SearchQuery { Text = "thi đua", Issuer = "ban dan toc" });
        Assert.Equal(4, byIssuer.Total);
        Assert.Single((await Index.SearchAsync(new SearchQuery { Text = "thi đua", Issuer = "Ban Dân tộc tỉnh Khánh Hòa" })).Hits);
        var byType = await Index.SearchAsync(new SearchQuery { Text = "thi đua", Type = "ke-hoach" });
        Assert.Equal(5, byType.Total);
        var byDate = await Index.SearchAsync(new SearchQuery { Text = "thi đua", IssuedFrom = new DateOnly(2021, 1, 1), IssuedTo = new DateOnly(2021, 1, 31) });
        Assert.Equal("samples/dong-nai-ban-dan-toc-15-KH-BDT-2021.txt", Assert.Single(byDate.Hits).PlanId);
        var browse = await Index.SearchAsync(new SearchQuery { Level = "central" });
        Assert.Equal("samples/uy-ban-dan-toc-thi-dua-2021.txt", Assert.Single(browse.Hits).PlanId);
    }

    [Fact]
    public async Task Search_pages_through_results()
    {
        await IngestSamples();
        var first = await Index.SearchAsync(new SearchQuery { Text = "thi đua", PageSize = 2, Page = 1 });
        var second = await Index.SearchAsync(new SearchQuery { Text = "thi đua", PageSize = 2, Page = 2 });
        Assert.Equal(5, first.Total);
        Assert.Equal(2, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.PlanId).Intersect(second.Hits.Select(h => h.PlanId)));
    }

    [Fact]
    public async Task A_query_typed_with_marks_ranks_exact_mark_matches_first()
    {
        await Index.UpsertAsync(
        [
            PlanFixtures.Plan("a.txt", "UBND TỈNH AN GIANG", "1/KH-UBND", "An Giang, ngày 01 tháng 01 năm 2022", "Sửa chữa dương cầm", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh An Giang"),
            PlanFixtures.Plan("b.txt", "UBND TỈNH AN GIANG", "2/KH-UBND", "An Giang, ngày 02 tháng 01 năm 2022", "Sửa chữa đường giao thông", "Chỉ thị số 1/CT-UBND ngày 01/01/2022 của UBND tỉnh An Giang"),
        ]);
        Assert.Equal("b.txt", (await Index.SearchAsync(new SearchQuery { Text = "đường" })).Hits[0].PlanId);
        Assert.Equal("a.txt", (await Index.SearchAsync(new SearchQuery { Text = "dương" })).Hits[0].PlanId);
        Assert.Equal(2, (await Index.SearchAsync(new SearchQuery { Text = "duong" })).Total);
    }

    protected async Task IngestPlaces() => await Index.UpsertAsync(PlanFixtures.Places());

    [Fact]
    public async Task A_query_typed_with_marks_ranks_the_words_as_typed_first()
    {
        await IngestPlaces();
        var marked = await Index.SearchAsync(new SearchQuery { Text = "Định Quán" });
        Assert.Equal("p/dinh-quan.txt", marked.Hits[0].PlanId);
        Assert.Equal("p/dinh-quan.txt", (await Index.SearchAsync(new SearchQuery { Text = "dinh quan" })).Hits.Select(h => h.PlanId).Intersect(["p/dinh-quan.txt"]).Single());
    }

    [Fact]
    public async Task Words_without_marks_find_the_text_with_marks_and_d_stroke()
    {
        await IngestPlaces();
        var results = await Index.SearchAsync(new SearchQuery { Text = "thi dua khen thuong" });
        Assert.Equal("p/phrase.txt", Assert.Single(results.Hits).PlanId);
    }

    [Fact]
    public async Task Reingesting_the_same_content_is_a_no_op_and_a_change_replaces()
    {
        var plans = PlanFixtures.Samples();
        Assert.All(await Index.UpsertAsync(plans), o => Assert.Equal(IngestOutcome.Added, o));
        Assert.All(await Index.UpsertAsync(plans), o => Assert.Equal(IngestOutcome.Unchanged, o));
        var changed = PlanFixtures.Preparer.Prepare(plans[0].Id, plans[0].Text.Replace("34-CT/TW", "35-CT/TW"));
        Assert.Equal(IngestOutcome.Replaced, (await Index.UpsertAsync([changed]))[0]);
        Assert.Equal(2, (await Graph.CitesAsync("34-CT/TW")).All.Select(c => c.PlanId).Distinct().Count());
        Assert.Single((await Graph.CitesAsync("35-CT/TW")).All);
    }

    [Fact]
    public async Task Delete_removes_the_plan_and_its_edges()
    {
        await IngestSamples();
        Assert.True(await Index.DeleteAsync("samples/khanh-hoa-ban-dan-toc-2021.txt"));
        Assert.False(await Index.DeleteAsync("samples/khanh-hoa-ban-dan-toc-2021.txt"));
        Assert.Null(await Catalog.GetAsync("samples/khanh-hoa-ban-dan-toc-2021.txt"));
        Assert.Equal(2, (await Graph.CitesAsync("34-CT/TW")).All.Count());
        Assert.Equal(4, (await Index.SearchAsync(new SearchQuery { Text = "thi đua" })).Total);
    }

    [Fact]
    public async Task The_stored_record_is_the_parsed_one()
    {
        await IngestSamples();
        var stored = await Catalog.GetAsync("samples/dong-nai-ban-dan-toc-15-KH-BDT-2021.txt");
        Assert.Equal("15/KH-BDT", stored!.Record.Number);
        Assert.Equal("15/KH-BDT|2021|dong-nai", stored.DocumentKey);
        Assert.Equal(15, stored.Record.Citations.Count); // as in the hand-checked record
    }

    [Fact]
    public async Task Trace_goes_down_from_a_directive_through_every_level()
    {
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        var tree = await Graph.TraceAsync("Chỉ thị 19/CT-TTg", TraceDirection.Down);
        Assert.NotNull(tree);
        Assert.Equal("h/central.txt", tree!.PlanId);
        var province = Assert.Single(tree.Children);
        Assert.Equal(("h/province.txt", "province", "implements"), (province.PlanId, province.Level, province.Relation));
        var district = Assert.Single(province.Children);
        Assert.Equal(("h/district.txt", "district"), (district.PlanId, district.Level));
        var commune = Assert.Single(district.Children);
        Assert.Equal(("h/commune.txt", "commune"), (commune.PlanId, commune.Level));
    }

    [Fact]
    public async Task Trace_goes_up_from_a_commune_plan_to_the_party_resolution()
    {
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        var tree = await Graph.TraceAsync("h/commune.txt", TraceDirection.Up);
        var chain = new List<string>();
        for (var node = tree; node is not null; node = node.Children.FirstOrDefault()) chain.Add(node.PlanId ?? node.Key);
        Assert.Equal(["h/commune.txt", "h/district.txt", "h/province.txt", "h/central.txt", "nghi-quyet:dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang"], chain);
    }

    [Fact]
    public async Task Trace_respects_the_depth_limit()
    {
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        var tree = await Graph.TraceAsync("h/central.txt", TraceDirection.Down, depth: 1);
        var province = Assert.Single(tree!.Children);
        Assert.Empty(province.Children);
        Assert.True(province.Truncated);
    }

    [Fact]
    public async Task A_document_ingested_after_its_citers_becomes_their_node()
    {
        var chain = PlanFixtures.Hierarchy();
        await Index.UpsertAsync([chain[2]]); // the district plan cites the province plan, not yet here
        var before = await Graph.TraceAsync("h/district.txt", TraceDirection.Up);
        Assert.Null(Assert.Single(before!.Children).PlanId);
        await Index.UpsertAsync([chain[1]]);
        var after = await Graph.TraceAsync("h/district.txt", TraceDirection.Up);
        Assert.Equal("h/province.txt", Assert.Single(after!.Children).PlanId);
    }

    [Fact]
    public async Task A_citation_without_its_year_meets_the_only_document_of_that_number()
    {
        var citer = PlanFixtures.Plan("y/citer.txt", "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", "7/KH-UBND", "An Giang, ngày 01 tháng 3 năm 2022",
            "Thực hiện chỉ thị", "Chỉ thị số 45-CT/TW của Bộ Chính trị");
        var directive = PlanFixtures.Plan("y/directive.txt", "BAN CHẤP HÀNH TRUNG ƯƠNG", "45-CT/TW", "Hà Nội, ngày 20 tháng 6 năm 2020",
            "Về lãnh đạo bầu cử", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng");
        await Index.UpsertAsync([citer]);
        await Index.UpsertAsync([directive]);
        var up = await Graph.TraceAsync("y/citer.txt", TraceDirection.Up);
        Assert.Equal("y/directive.txt", Assert.Single(up!.Children).PlanId);
        var down = await Graph.TraceAsync("y/directive.txt", TraceDirection.Down);
        Assert.Equal("y/citer.txt", Assert.Single(down!.Children).PlanId);
    }

    [Fact]
    public async Task Cycles_are_marked_not_followed()
    {
        await Index.UpsertAsync(
        [
            PlanFixtures.Plan("c/a.txt", "UBND TỈNH AN GIANG", "5/KH-UBND", "An Giang, ngày 01 tháng 3 năm 2022", "Kế hoạch A", "Kế hoạch số 6/KH-UBND ngày 02/3/2022 của UBND tỉnh An Giang"),
            PlanFixtures.Plan("c/b.txt", "UBND TỈNH AN GIANG", "6/KH-UBND", "An Giang, ngày 02 tháng 3 năm 2022", "Kế hoạch B", "Kế hoạch số 5/KH-UBND ngày 01/3/2022 của UBND tỉnh An Giang"),
        ]);
        var tree = await Graph.TraceAsync("c/a.txt", TraceDirection.Up, depth: 10);
        var b = Assert.Single(tree!.Children);
        var backToA = Assert.Single(b.Children);
        Assert.True(backToA.Cycle);
        Assert.Empty(backToA.Children);
    }

    [Fact]
    public async Task Deadlines_between_two_dates_by_issuer()
    {
        await IngestSamples();
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        var march = await Graph.DeadlinesAsync(new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31));
        Assert.Equal("2021-03-15", Assert.Single(march).Date);
        var all2021 = await Graph.DeadlinesAsync(new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31), issuer: "huyen son tinh");
        Assert.Equal("2022-03-15", Assert.Single(all2021).Date);
    }
}
