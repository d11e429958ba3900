using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A count spelled out before a type word, and as many numbers listed after it, says each number is one of those
/// documents, though the type word is in lower case and nothing closes the list: "Tinh thần xuyên suốt của Nghị quyết 59
/// và Ba nghị quyết 70, 71, 72 là chuyển nhanh …" (kk-075, a news report of the Tổng Bí thư's speech). A count the list
/// does not match keeps the rule that a list needs its issuer, a date or a plenum after it.
/// </summary>
public sealed class CountedListTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string? Number)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number)).ToList();

    [Fact]
    public void A_count_matched_by_its_listed_numbers_cites_each_number()
    {
        Assert.Equal([("Nghị quyết", "59"), ("Nghị quyết", "70"), ("Nghị quyết", "71"), ("Nghị quyết", "72")],
            Cited("Tổng Bí thư Tô Lâm cho rằng: Tinh thần xuyên suốt của Nghị quyết 59 và Ba nghị quyết 70, 71, 72 là chuyển nhanh từ \"ban hành chủ trương\" sang \"quản trị thực thi\"."));
    }

    [Theory]
    // Near misses: a count the list does not match, and a lower-case list with no count.
    [InlineData("Đơn vị đã quán triệt hai nghị quyết 70, 71, 72 trong tháng.")]
    [InlineData("Đơn vị đã quán triệt nghị quyết 70, 71, 72 trong tháng.")]
    public void A_lower_case_list_the_count_does_not_match_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cited(text), c => c.Number is "71" or "72");
    }
}
