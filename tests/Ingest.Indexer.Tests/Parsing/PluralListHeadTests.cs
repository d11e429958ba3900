using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A plural heading with its issuer and a colon gives its type to the "số …" items it lists, though their Quốc hội
/// codes name no type: "Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010 về …; số 28/2016/QH14 …"
/// (mx-002, UBND thành phố Hà Nội 5721/QĐ-UBND of 19/11/2025, whose "số / 107/2020/QH14" was lost from the document).
/// Without such a heading, or past a clause of its own, a bare "số 12/2020/QH14" stays no citation.
/// </summary>
public sealed class PluralListHeadTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string? Number, string? Date)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number, c.Date)).ToList();

    [Fact]
    public void Each_item_of_a_plural_heading_is_a_document_of_its_type()
    {
        const string text = "*Căn cứ các Nghị quyết của\nQuốc hội: số 55/2010/QH12 ngày 24/11/2010 về miễn, giảm thuế sử dụng đất nông\n"
            + "nghiệp; số 28/2016/QH14 ngày 11/11/2016 về sửa đổi, bổ sung một số điều của\nNghị quyết số 55/2010/QH12 về miễn, giảm thuế "
            + "sử dụng đất nông nghiệp; số\n107/2020/QH14 ngày 10/6/2020 về kéo dài thời hạn miễn thuế sử dụng đất nông\nnghiệp;*";
        var cited = Cited(text);
        Assert.Equal(("Nghị quyết", "55/2010/QH12", "2010-11-24"), cited[0]);
        Assert.Equal(("Nghị quyết", "28/2016/QH14", "2016-11-11"), cited[1]);
        Assert.Contains(("Nghị quyết", "107/2020/QH14", "2020-06-10"), cited);
    }

    [Fact]
    public void A_heading_without_its_issuer_types_its_items_too()
    {
        var cited = Cited("Căn cứ các Luật: số 43/2024/QH15 ngày 29/6/2024 về A; số 47/2024/QH15 ngày 29/6/2024 về B.");
        Assert.Equal([("Luật", "43/2024/QH15", "2024-06-29"), ("Luật", "47/2024/QH15", "2024-06-29")], cited);
    }

    [Theory]
    // Near misses: a colon after no type word, a list broken by a new clause, a sentence's end before the item.
    [InlineData("Đại biểu có mặt: số 12/2020/QH14; số 13/2021/QH14.")]
    [InlineData("Căn cứ các Nghị quyết của Quốc hội: về miễn thuế;*\n*Căn cứ Quy chế; số 13/2021/QH14 ngày 1/2/2021.")]
    [InlineData("Các văn bản của Quốc hội: số 12/2020/QH14. Khách mời; số 13/2021/QH14.")]
    public void A_bare_quoc_hoi_symbol_outside_such_a_list_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cited(text), c => c.Number is "12/2020/QH14" or "13/2021/QH14");
    }
}
