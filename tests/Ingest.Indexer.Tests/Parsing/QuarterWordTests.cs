using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A quantity after a type word and number ("Kế hoạch 2 quý") is no citation, but the verb "quy định" folds as the
/// quarter "quý" does: "khoản 1 Điều 15 Thông tư 22 quy định về khen thưởng danh hiệu …" (kz-062, a school's page) is
/// what the Thông tư prescribes, and the type word with its number is cited.
/// </summary>
public sealed class QuarterWordTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string? Number)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number)).ToList();

    [Fact]
    public void A_number_before_the_verb_quy_dinh_is_cited()
    {
        Assert.Equal([("Thông tư", "22")],
            Cited("Theo đó, khoản 1 Điều 15 Thông tư 22 quy định về khen thưởng danh hiệu “Học sinh Xuất sắc” như sau:"));
    }

    [Fact]
    public void A_number_before_a_quarter_is_no_citation()
    {
        Assert.Empty(Cited("Đơn vị hoàn thành Kế hoạch 2 quý đầu năm theo tiến độ."));
    }
}
