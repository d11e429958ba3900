using System.Text;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The cases at the edges of what a search service allows (issue 16): a page far past the results, a plan near
/// the request size limit, a directive cited by more plans than one page of answers holds, and dates in ranges.
/// Every backend must answer them the same way.
/// </summary>
public abstract partial class SearchIndexContract
{
    [Fact]
    public async Task A_page_far_past_the_results_is_empty_and_keeps_the_total()
    {
        await IngestSamples();
        var far = await Index.SearchAsync(new SearchQuery { Text = "thi đua", Page = 5000, PageSize = 100 });
        Assert.Equal(5, far.Total);
        Assert.Empty(far.Hits);
    }

    [Fact]
    public async Task A_plan_of_three_megabytes_is_indexed_searchable_and_kept_whole_in_its_record()
    {
        var body = new StringBuilder();
        var n = 0;
        while (body.Length < 3_000_000)
            body.Append("Đoạn ").Append(++n).Append(": các xã, phường tổ chức tuyên truyền, phổ biến nội dung kế hoạch đến từng thôn, tổ dân phố.\n");
        var plan = PlanFixtures.Plan("big/ke-hoach-lon.txt", "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN", "77/KH-UBND", "Phú Yên, ngày 05 tháng 5 năm 2023",
            "Tuyên truyền sâu rộng khuyến học", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", body.ToString());
        Assert.Equal(IngestOutcome.Added, Assert.Single(await Index.UpsertAsync([plan])));
        var found = await Index.SearchAsync(new SearchQuery { Text = "khuyến học" });
        Assert.Equal("big/ke-hoach-lon.txt", Assert.Single(found.Hits).PlanId);
        Assert.Equal("big/ke-hoach-lon.txt", Assert.Single((await Graph.CitesAsync("19/CT-TTg")).All).PlanId);
        Assert.Equal(plan.Record.Citations.Count, (await Catalog.GetAsync("big/ke-hoach-lon.txt"))!.Record.Citations.Count);
    }

    [Fact]
    public async Task Cites_lists_every_plan_when_more_cite_a_directive_than_one_page_holds()
    {
        const int citing = 1054;
        var plans = Enumerable.Range(1, citing).Select(i => PlanFixtures.Plan($"many/xa-{i:0000}.txt", $"ỦY BAN NHÂN DÂN\nXÃ SỐ {i}",
            $"{i}/KH-UBND", "Hà Tĩnh, ngày 10 tháng 8 năm 2021", $"Thi đua số {i}", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ")).ToList();
        await Index.UpsertAsync(plans);
        var result = await Graph.CitesAsync("Chỉ thị 19/CT-TTg");
        Assert.Equal(citing, result.All.Select(c => c.PlanId).Distinct().Count());
    }

    [Fact]
    public async Task Deadlines_are_found_by_a_range_that_holds_them_and_not_by_one_beside_it()
    {
        await Index.UpsertAsync(PlanFixtures.Hierarchy());
        Assert.Equal("2022-03-15", Assert.Single(await Graph.DeadlinesAsync(new DateOnly(2022, 3, 15), new DateOnly(2022, 3, 15))).Date);
        Assert.Empty(await Graph.DeadlinesAsync(new DateOnly(2022, 3, 16), new DateOnly(2022, 4, 30)));
        var ranged = await Index.SearchAsync(new SearchQuery { IssuedFrom = new DateOnly(2022, 2, 1), IssuedTo = new DateOnly(2022, 2, 28) });
        Assert.Equal(["h/commune.txt", "h/district.txt"], ranged.Hits.Select(h => h.PlanId).Order());
    }

    [Fact]
    public async Task A_search_by_todays_province_also_finds_the_plans_of_the_provinces_merged_into_it()
    {
        await Index.UpsertAsync(
        [
            PlanFixtures.Plan("merge/nam-dinh.txt", "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH", "12/KH-UBND", "Nam Định, ngày 10 tháng 3 năm 2021",
                "Thi đua năm 2021", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ"),
            PlanFixtures.Plan("merge/ninh-binh.txt", "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "40/KH-UBND", "Ninh Bình, ngày 10 tháng 9 năm 2025",
                "Thi đua năm 2025", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ"),
        ]);
        var today = await Index.SearchAsync(new SearchQuery { Province = "Ninh Bình" });
        Assert.Equal(["merge/nam-dinh.txt", "merge/ninh-binh.txt"], today.Hits.Select(h => h.PlanId).Order());
        Assert.Equal(["Ninh Bình", "Hà Nam", "Nam Định"], today.ProvincesCovered);
        var before = await Index.SearchAsync(new SearchQuery { Province = "nam dinh" });
        Assert.Equal("merge/nam-dinh.txt", Assert.Single(before.Hits).PlanId);
        Assert.Null(before.ProvincesCovered);
    }
}
