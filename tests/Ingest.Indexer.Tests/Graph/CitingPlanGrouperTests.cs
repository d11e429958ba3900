using Ingest.Indexer.Graph;

namespace Ingest.Indexer.Tests.Graph;

/// <summary>One row per plan: several mentions and several files of one plan become one row that keeps all its evidence.</summary>
public sealed class CitingPlanGrouperTests
{
    private static CitingPlan Cite(string id, string? number = "15/KH-BDT", string? date = "2021-03-01", string issuer = "Ban Dân tộc tỉnh Đồng Nai",
        string level = "province", string? province = "Đồng Nai", string relation = "implements", string sentence = "Thực hiện Chỉ thị 34.", int page = 1) =>
        new(id, number, "Kế hoạch", issuer, level, province, date, relation, "Chỉ thị 34-CT/TW", sentence, page, "34-CT/TW|2014");

    private static CitesResult Result(params CitingPlan[] citations) =>
        new(new DocumentRef { NumberKey = "34-CT/TW" }, null,
            citations.GroupBy(c => c.Level ?? "unknown").ToDictionary(g => g.Key, g => (IReadOnlyList<CitingPlan>)g.ToList()));

    [Fact]
    public void Two_mentions_in_one_plan_are_one_row_with_both_sentences_and_relations()
    {
        var answer = CitingPlanGrouper.Group(Result(Cite("a.txt"), Cite("a.txt", relation: "basis", sentence: "Căn cứ Chỉ thị 34.", page: 2)), new Dictionary<string, string>());
        var row = Assert.Single(answer.Plans);
        Assert.Equal(["implements", "basis"], row.Relations);
        Assert.Equal([1, 2], row.Evidence.Select(e => e.Page));
        Assert.Null(row.VersionsAlike);
        Assert.Equal((1, 1, 2), (answer.PlanCount, answer.FileCount, answer.CitationCount));
    }

    [Fact]
    public void Files_with_the_same_number_issuer_and_date_are_versions_of_one_plan()
    {
        var answer = CitingPlanGrouper.Group(Result(Cite("scan.pdf", page: 2), Cite("photo.jpg"), Cite("text.txt")), new Dictionary<string, string>());
        var row = Assert.Single(answer.Plans);
        Assert.Equal(3, row.Versions.Count);
        Assert.Equal(CitingPlanGrouper.SameNumberIssuerDate, row.VersionsAlike);
        Assert.Single(row.Evidence); // the same sentence read in three files is one piece of evidence, wherever its page fell
    }

    [Fact]
    public void Unnumbered_files_with_the_same_content_hash_are_one_plan()
    {
        var hashes = new Dictionary<string, string> { ["x.txt"] = "h1", ["copy of x.txt"] = "h1", ["y.txt"] = "h2" };
        var answer = CitingPlanGrouper.Group(Result(Cite("x.txt", number: null), Cite("copy of x.txt", number: null), Cite("y.txt", number: null)), hashes);
        Assert.Equal(2, answer.PlanCount);
        Assert.Equal(CitingPlanGrouper.SameContent, answer.Plans.Single(p => p.Versions.Count == 2).VersionsAlike);
    }

    [Theory]
    [InlineData("15/KH-BDT", "16/KH-BDT", "2021-03-01", "2021-03-01")] // another number
    [InlineData("15/KH-BDT", "15/KH-BDT", "2021-03-01", "2022-03-01")] // the same number a year later
    [InlineData(null, null, "2021-03-01", "2021-03-01")]                 // no number: nothing to match on
    public void Different_plans_stay_apart(string? n1, string? n2, string d1, string d2)
    {
        var answer = CitingPlanGrouper.Group(Result(Cite("a.txt", number: n1, date: d1), Cite("b.txt", number: n2, date: d2)), new Dictionary<string, string>());
        Assert.Equal(2, answer.PlanCount);
    }

    [Fact]
    public void Rows_are_grouped_by_level_top_down_then_province_with_unknown_last()
    {
        var answer = CitingPlanGrouper.Group(Result(
            Cite("xa.txt", number: "1/KH-UBND", level: "commune", province: "Đồng Nai"),
            Cite("huyen.txt", number: "2/KH-UBND", level: "district", province: null),
            Cite("kh.txt", number: "3/KH-BDT", province: "Khánh Hòa"),
            Cite("dn.txt", number: "4/KH-BDT", province: "Đồng Nai")), new Dictionary<string, string>());
        Assert.Equal(["province", "district", "commune"], answer.Levels.Select(l => l.Level));
        Assert.Equal(["Khánh Hòa", "Đồng Nai"], answer.Levels[0].Provinces.Select(p => p.Province));
        Assert.Null(answer.Levels[1].Provinces.Single().Province);
    }
}
