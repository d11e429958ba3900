using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A symbol with a space where its separator was ("96 NQ/QHK6") takes the layout of its body's rules: a state body the
/// tables know numbers in the state layout, a Đoàn's or a Hội's in the Party layout it shares (the ig- and ih- rules,
/// and the twentieth session's jd-022 reading, tests/corpus/README.md).
/// </summary>
public sealed class SpaceForSeparatorLayoutTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Fact]
    public void A_state_body_with_its_term_reads_in_the_state_layout_dated_after_an_encyclopedia_s_edit_links()
    {
        // jd-022: an encyclopedia's section, its edit links glued before the first sentence.
        var cite = Assert.Single(Cite("[sửa | sửa mã nguồn]Ngày 13 tháng 7 năm 1977, Ủy ban Thường vụ Quốc hội khóa VI ra Quyết định số 96 NQ/QHK6 phê chuẩn việc hợp nhất Tổng cục Thông tin và Bộ Văn hóa."));
        Assert.Equal(("96/NQ-QHK6", "1977-07-13"), (cite.Number, cite.Date));
    }

    [Fact]
    public void A_provincial_Doan_keeps_the_Party_layout()
    {
        // dc-026: "Kế hoạch số 105 KH/TĐ … của BCH Tỉnh Đoàn Bắc Giang".
        var cite = Assert.Single(Cite("Thực hiện Kế hoạch số 105 KH/TĐ ngày 17 tháng 4 năm 2006 của BCH Tỉnh Đoàn Bắc Giang về tổ chức Tháng Thanh niên."));
        Assert.Equal("105-KH/TĐ", cite.Number);
    }
}
