using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The query syntax users type (Azure AI Search's simple syntax with searchMode=all, plus field terms) and cites
/// narrowed by jurisdiction: every backend must find the same plans (issue 16), and no text typed may make a
/// request the service would refuse.
/// </summary>
public abstract partial class SearchIndexContract
{
    private async Task<List<string>> Found(string text) =>
        (await Index.SearchAsync(new SearchQuery { Text = text, PageSize = 50 })).Hits.Select(h => h.PlanId).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Quotes_make_a_phrase_and_a_minus_excludes()
    {
        await IngestPlaces();
        // "số chuyển" never occurs as a phrase, though both words occur in the plans here.
        Assert.Empty(await Found("\"số chuyển\""));
        Assert.Equal(["p/phrase.txt"], await Found("\"chuyển đổi số\""));
        Assert.Equal(["p/phrase.txt"], await Found("\"chuyen doi so\""));
        var without = await Index.SearchAsync(new SearchQuery { Text = "kế hoạch -\"chuyển đổi\"" });
        Assert.DoesNotContain(without.Hits, h => h.PlanId == "p/phrase.txt");
        Assert.Equal(2, without.Total);
    }

    [Fact]
    public async Task A_bar_joins_alternatives_and_operators_bind_left_to_right()
    {
        await IngestPlaces();
        Assert.Equal(["p/dinh-quan.txt", "p/phrase.txt", "p/quan.txt"], await Found("định | chuyển"));
        Assert.Equal(["p/phrase.txt"], await Found("(quản | chuyển) -định"));
        // No precedence but the order: the alternative binds first, then the exclusion.
        Assert.Equal(["p/phrase.txt"], await Found("quản | chuyển -định"));
        Assert.Equal(["p/dinh-quan.txt", "p/quan.txt"], await Found("quản+định"));
        // Only exclusions: everything but.
        Assert.Equal(["p/dinh-quan.txt", "p/quan.txt"], await Found("-chuyển"));
    }

    [Fact]
    public async Task A_star_ends_a_prefix_and_a_tilde_allows_edits()
    {
        await IngestPlaces();
        Assert.Equal(["p/phrase.txt"], await Found("chuyen*"));
        Assert.Equal(["p/phrase.txt"], await Found("Chuyển*"));
        Assert.Equal(["p/phrase.txt"], await Found("thuonx~1"));
        Assert.Empty(await Found("thuonxx~1"));
    }

    [Fact]
    public async Task Field_terms_filter_and_search_one_field()
    {
        await IngestSamples();
        var district = await Index.SearchAsync(new SearchQuery { Text = "chi thi 34 level:district" });
        Assert.Equal("samples/huyen-dong-nai-thi-dua-2021.md", Assert.Single(district.Hits).PlanId);
        var notProvince = await Index.SearchAsync(new SearchQuery { Text = "thi đua -level:province" });
        Assert.NotEmpty(notProvince.Hits);
        Assert.DoesNotContain(notProvince.Hits, h => h.Level == "province");
        var inTitles = await Index.SearchAsync(new SearchQuery { Text = "title:\"thi đua\"" });
        Assert.NotEmpty(inTitles.Hits);
        Assert.All(inTitles.Hits, h => Assert.Contains("thi đua", h.Title!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["samples/quang-ngai-ban-dan-toc-2022.txt"], await Found("year:2022"));
        Assert.Empty(await Found("year:hai"));
        Assert.Equal(4, (await Found("-year:2022")).Count);
        Assert.Equal(["samples/khanh-hoa-ban-dan-toc-2021.txt"], await Found("thi đua province:\"Khánh Hòa\""));
    }

    [Fact]
    public async Task A_document_number_with_slashes_and_hyphens_is_searched_as_its_words()
    {
        await IngestSamples();
        Assert.Equal(await Found("chi thi 34 ct tw"), await Found("Chỉ thị 34-CT/TW"));
        Assert.Equal(3, (await Found("34-CT/TW")).Count);
    }

    [Fact]
    public async Task Operators_in_user_text_never_throw()
    {
        await IngestSamples();
        foreach (var text in new[]
        {
            "\"", "(", ")", "-", "+", "|", "*", "~", "\\", "title:", "level:\"", "a AND", "((thi", "\"thi đua", "-thi -đua", "34-CT/TW",
            "a:b", "x^2", "[1 TO 2]", "{a}", "/thi/", "thi~", "!thi", "&&", "|| thi", "NOT", "OR thi", "thi\\", "\"thi\"~", "\"thi đua\"~2", "?",
        })
            Assert.NotNull(await Index.SearchAsync(new SearchQuery { Text = text }));
        var everythingBut = await Index.SearchAsync(new SearchQuery { Text = "-thi" });
        Assert.Equal(everythingBut.Total, everythingBut.Facets["level"].Sum(f => f.Count));
    }

    [Fact]
    public async Task A_cite_of_a_whole_symbol_finds_a_plan_citing_it_by_serial_and_year()
    {
        // cp-223: "Nghị định số 41/2012" keeps its number as written; its type implies 41/2012/NĐ-CP, which finds it.
        await Index.UpsertAsync(
        [
            PlanFixtures.Plan("n/short.txt", "UBND TỈNH CAO BẰNG\nSỞ NỘI VỤ", "12/KH-SNV", "Cao Bằng, ngày 01 tháng 3 năm 2013",
                "Vị trí việc làm", "Nghị định số 41/2012 ngày 08/5/2012 của Chính phủ"),
        ]);
        Assert.Equal(["n/short.txt"], (await Graph.CitesAsync("41/2012/NĐ-CP")).All.Select(c => c.PlanId).Distinct().ToList());
        Assert.Equal(["n/short.txt"], (await Graph.CitesAsync("Nghị định 41/2012")).All.Select(c => c.PlanId).Distinct().ToList());
    }

    [Fact]
    public async Task A_cite_naming_a_district_narrows_to_that_districts_document()
    {
        await Index.UpsertAsync(
        [
            PlanFixtures.Plan("d/xa-a.txt", "ỦY BAN NHÂN DÂN\nXÃ TỊNH HÀ", "5/KH-UBND", "Tịnh Hà, ngày 20 tháng 02 năm 2023",
                "Thi đua", "Kế hoạch số 143/KH-UBND ngày 10/02/2023 của UBND huyện Sơn Tịnh tỉnh Quảng Ngãi"),
            PlanFixtures.Plan("d/huyen-b.txt", "ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN", "9/KH-UBND", "Bình Sơn, ngày 20 tháng 02 năm 2023",
                "Thi đua", "Kế hoạch số 143/KH-UBND ngày 05/01/2023 của UBND tỉnh Quảng Ngãi"),
        ]);
        var district = await Graph.CitesAsync("Kế hoạch 143/KH-UBND của UBND huyện Sơn Tịnh");
        Assert.Equal("d/xa-a.txt", Assert.Single(district.All).PlanId);
        var province = await Graph.CitesAsync("Kế hoạch 143/KH-UBND năm 2023 của UBND tỉnh Quảng Ngãi");
        Assert.Equal("d/huyen-b.txt", Assert.Single(province.All).PlanId);
        Assert.Equal(2, (await Graph.CitesAsync("143/KH-UBND")).All.Count());
    }

    [Fact]
    public async Task A_cite_of_a_district_document_without_its_name_follows_the_only_such_plan()
    {
        // The commune cites "của UBND huyện" without naming it; the district's plan 15/KH-UBND is the only one of
        // that number, year and province that names a district, so the citation is its.
        var chain = PlanFixtures.Hierarchy();
        var commune = PlanFixtures.Plan("h/commune-2.txt", "ỦY BAN NHÂN DÂN\nXÃ TỊNH PHONG", "04/KH-UBND", "Tịnh Phong, ngày 21 tháng 02 năm 2022",
            "Thi đua trên địa bàn xã năm 2022", "Kế hoạch số 15/KH-UBND ngày 10/02/2022 của UBND huyện, tỉnh Quảng Ngãi");
        await Index.UpsertAsync([chain[2], commune]);
        var cites = await Graph.CitesAsync("Kế hoạch 15/KH-UBND của UBND huyện Sơn Tịnh");
        Assert.Equal(["h/commune-2.txt"], cites.All.Select(c => c.PlanId).Distinct().ToList());
        Assert.Equal("15/KH-UBND|2022|quang-ngai", cites.All.First().Key); // keyed without the district
        Assert.Equal("h/district.txt", cites.IndexedPlanId);
        Assert.Empty((await Graph.CitesAsync("Kế hoạch 15/KH-UBND của UBND huyện Bình Sơn")).All);
    }

    [Fact]
    public async Task The_indexed_plan_of_a_reference_is_the_one_of_the_jurisdiction_it_names()
    {
        // Every body numbers from 1: a newer 08/KH-UBND of 2022 from another province and one from a district of
        // the same province must not stand for "Kế hoạch 08/KH-UBND năm 2022 của UBND tỉnh Quảng Ngãi".
        var chain = PlanFixtures.Hierarchy();
        var elsewhere = PlanFixtures.Plan("j/an-giang.txt", "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", "08/KH-UBND", "An Giang, ngày 01 tháng 12 năm 2022",
            "Chuyển đổi số năm 2022", "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ");
        var district = PlanFixtures.Plan("j/binh-son.txt", "ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN", "08/KH-UBND", "Bình Sơn, ngày 02 tháng 12 năm 2022",
            "Chuyển đổi số trên địa bàn huyện", "Kế hoạch số 08/KH-UBND ngày 20/01/2022 của UBND tỉnh Quảng Ngãi");
        await Index.UpsertAsync([chain[1], elsewhere, district]);
        Assert.Equal("h/province.txt", (await Graph.CitesAsync("Kế hoạch 08/KH-UBND năm 2022 của UBND tỉnh Quảng Ngãi")).IndexedPlanId);
        Assert.Equal("j/an-giang.txt", (await Graph.CitesAsync("Kế hoạch 08/KH-UBND năm 2022 của UBND tỉnh An Giang")).IndexedPlanId);
        Assert.Equal("j/binh-son.txt", (await Graph.CitesAsync("Kế hoạch 08/KH-UBND năm 2022 của UBND huyện Bình Sơn tỉnh Quảng Ngãi")).IndexedPlanId);
    }

    [Fact]
    public async Task A_citation_of_the_provinces_plan_stays_the_provinces_when_one_district_has_that_number()
    {
        // Every body numbers from 1: the district's 15/KH-UBND and the province's 15/KH-UBND of 2022 are two plans.
        var chain = PlanFixtures.Hierarchy();
        var citingProvince = PlanFixtures.Plan("h/other-district.txt", "ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN", "16/KH-UBND", "Bình Sơn, ngày 01 tháng 3 năm 2022",
            "Thi đua", "Kế hoạch số 15/KH-UBND ngày 05/01/2022 của UBND tỉnh Quảng Ngãi");
        await Index.UpsertAsync([chain[2], citingProvince]);
        Assert.Empty((await Graph.CitesAsync("Kế hoạch 15/KH-UBND của UBND huyện Sơn Tịnh")).All);
        var province = await Graph.CitesAsync("Kế hoạch 15/KH-UBND năm 2022 của UBND tỉnh Quảng Ngãi");
        Assert.Equal(["h/other-district.txt"], province.All.Select(c => c.PlanId).Distinct().ToList());
    }

    [Fact]
    public async Task Trace_follows_a_citation_of_the_district_without_its_name_both_ways()
    {
        // As cites does: "Kế hoạch số 15/KH-UBND … của UBND huyện, tỉnh Quảng Ngãi" is the only such district plan.
        var chain = PlanFixtures.Hierarchy();
        var commune = PlanFixtures.Plan("h/commune-2.txt", "ỦY BAN NHÂN DÂN\nXÃ TỊNH PHONG", "04/KH-UBND", "Tịnh Phong, ngày 21 tháng 02 năm 2022",
            "Thi đua trên địa bàn xã năm 2022", "Kế hoạch số 15/KH-UBND ngày 10/02/2022 của UBND huyện, tỉnh Quảng Ngãi");
        await Index.UpsertAsync([chain[2], commune]);
        var down = await Graph.TraceAsync("h/district.txt", TraceDirection.Down);
        Assert.Equal(["h/commune-2.txt"], down!.Children.Select(c => c.PlanId).ToList());
        var up = await Graph.TraceAsync("h/commune-2.txt", TraceDirection.Up);
        Assert.Equal(["h/district.txt"], up!.Children.Select(c => c.PlanId).ToList());
    }
}
