using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Symbols printed with Cyrillic capitals drawn like Latin ones are read as the Latin symbol a reader sees, the citation's
/// text kept as printed.
/// </summary>
public sealed class LookAlikeLettersInSymbolsTests
{
    private static readonly PlanParser Parser = new();

    // ma-006, tintuc.thuvienphapluat.com (2025): "BТТ" with two Cyrillic Т (U+0422).
    [Fact]
    public void A_symbol_with_cyrillic_capitals_is_read_in_latin_letters()
    {
        const string text = "Ngày 28/7/2025, Uỷ ban Mặt trận Tổ quốc Việt Nam đã có Hướng dẫn 03/HD-MTTW-B\u0422\u0422 về tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp tỉnh, cấp xã nhiệm kỳ 2025 2030.";
        var cited = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal(("Hướng dẫn", "03/HD-MTTW-BTT"), (cited.Type, cited.Number));
        Assert.Equal("Hướng dẫn 03/HD-MTTW-B\u0422\u0422", cited.Text);
    }

    // ld-bo-tai-chinh-qd-2026-372-pdf (Bộ Tài chính, Quyết định 372/QĐ-BTC, the PDF's text layer): "BТС", Cyrillic Т and С.
    [Fact]
    public void A_ministry_code_with_cyrillic_capitals_is_the_ministry_code()
    {
        const string text = "Về việc đính chính Thông tư số 06/2022/TT-B\u0422\u0421 ngày 08 tháng 02 năm 2022 của Bộ trưởng Bộ Tài chính hướng dẫn công tác giám sát tuân thủ.";
        var cited = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal("06/2022/TT-BTC", cited.Number);
    }
}
