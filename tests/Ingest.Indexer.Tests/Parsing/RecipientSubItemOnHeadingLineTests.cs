using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A Nơi nhận item that heads sub-items, its first "+" sub-item written after its colon on the same line: "- VPUB: + CVP,
/// các PCVP (đ/b);" then "+ Cổng TTĐT tỉnh (đưa tin);" (mx-ubnd-quang-ngai-qd-2025-1627). One entry per mark, as when each
/// sub-item has a line of its own (mx-ubnd-bac-ninh-qd-2025-471). A colon with no "+" after it stays inside its item.
/// </summary>
public sealed class RecipientSubItemOnHeadingLineTests
{
    private static readonly PlanParser Parser = new();

    private static IEnumerable<string> Recipients(string tail) =>
        Parser.Parse("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1627/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc kiểm kê tài sản công\nĐiều 1. Ban hành kế hoạch.\n" + tail)
            .Recipients.Select(r => r.Text);

    [Fact]
    public void A_sub_item_after_its_heading_items_colon_is_an_item_of_its_own()
    {
        Assert.Equal(["Như Điều 2", "VP: Tỉnh ủy, HĐND tỉnh, Đoàn ĐBQH tỉnh", "VPUB", "CVP, các PCVP (đ/b)", "Cổng TTĐT tỉnh (đưa tin)"],
            Recipients("Nơi nhận:\n- Như Điều 2;\n- VP: Tỉnh ủy, HĐND tỉnh, Đoàn ĐBQH tỉnh;\n- VPUB: + CVP, các PCVP (đ/b);\n+ Cổng TTĐT tỉnh (đưa tin);\n- Lưu: VT, KTTHVTD.\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\nNguyễn Ngọc Sâm\n"));
    }

    [Fact]
    public void A_colon_with_no_sub_item_mark_after_it_stays_inside_its_item()
    {
        Assert.Equal(["Như Điều 3", "VPUBTP: PCVP Đ.Q.Hùng, NNMT, ĐT, KT, TH"],
            Recipients("Nơi nhận:\n- Như Điều 3;\n- VPUBTP: PCVP Đ.Q.Hùng, NNMT, ĐT, KT, TH;\n- Lưu: VT, KT.\n|\n**TM. ỦY BAN NHÂN DÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Vũ Thu Hà**\n"));
    }
}
