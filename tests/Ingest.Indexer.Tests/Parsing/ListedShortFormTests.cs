using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A capitalized type word and a bare serial listed before a numbered citation ("Đề án 153, Kết luận số 77-KL/TW …") is an
/// item of a list of documents: a short form, its number kept as written (tests/corpus/README.md, short forms), though its
/// type is not one known by number alone. A count or a list of no numbered document leaves it a short form that needs
/// the full citation.
/// </summary>
public sealed class ListedShortFormTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string? Number)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number)).ToList();

    [Fact]
    public void A_project_s_serial_before_a_numbered_conclusion_is_a_short_form()
    {
        // mr-003, verbatim (a Thanh tra Chính phủ conclusion).
        var cites = Cited("UBND Thành phố Đà Nẵng rà soát, báo cáo có 215 dự án, cơ sở nhà đất có tình huống\npháp lý tương tự như trong Đề án 153, Kết luận số 77-KL/TW và Nghị quyết số\n170/2024/QH15.");
        Assert.Contains(("Đề án", "153"), cites);
        Assert.Contains(("Kết luận", "77-KL/TW"), cites);
    }

    [Theory]
    // Near misses: a count of two digits, and a list whose next item has no number.
    [InlineData("Triển khai Chương trình 12, Kết luận số 77-KL/TW của Bộ Chính trị.")]
    [InlineData("Tương tự như trong Đề án 153, Kết luận của Bộ Chính trị.")]
    public void A_count_or_a_list_of_no_numbered_document_is_no_short_form(string text)
    {
        Assert.DoesNotContain(Cited(text), c => c.Number is "12" or "153");
    }
}
