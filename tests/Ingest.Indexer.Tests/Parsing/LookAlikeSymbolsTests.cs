using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A symbol whose codes the OCR misread (one letter put for another, added or lost, into a code no table knows) is the
/// symbol of the same serial and year the same text prints with known codes (iv-byt-qd-130-2023-ocr,
/// kx-bo-quoc-phong-vbhn-2026-tang-le-ocr); two symbols whose codes are all known stay two documents.
/// </summary>
public sealed class LookAlikeSymbolsTests
{
    [Theory]
    // iv-byt-qd-130-2023-ocr: "BVT" for BYT in one line of the bases, the whole symbol in a later one.
    [InlineData("Căn cứ Thông tư số 56/2017/TT-BVT ngày 29 tháng 12 năm 2017 quy định chi tiết thi hành về bảo hiểm xã hội thuộc lĩnh vực y tế;\n" +
        "Thông tư số 18/2022/TT-BYT ngày 31 tháng 12 năm 2022 sửa đổi, bổ sung một số Điều của Thông tư số 56/2017/TT-BYT ngày 29 tháng 12 năm 2017;",
        new[] { "Thông tư|56/2017/TT-BYT|2017-12-29", "Thông tư|18/2022/TT-BYT|2022-12-31", "Thông tư|56/2017/TT-BYT|2017-12-29" })]
    // kx-bo-quoc-phong-vbhn-2026-tang-le-ocr: a "1" struck after the type code TT.
    [InlineData("của Thông tư số 86/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng; " +
        "sửa đổi, bổ sung một số điều của Thông tư số 86/2016/TT1-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng",
        new[] { "Thông tư|86/2016/TT-BQP|2016-06-20", "Thông tư|86/2016/TT-BQP|2016-06-20" })]
    // Near miss: the same serial, each symbol's codes known, are two documents of two bodies.
    [InlineData("Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh và Kế hoạch số 12/KH-BYT ngày 15/01/2024 của Bộ Y tế;",
        new[] { "Kế hoạch|12/KH-UBND|2024-01-10", "Kế hoạch|12/KH-BYT|2024-01-15" })]
    public void A_misread_code_takes_the_symbol_the_same_text_prints_whole(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
