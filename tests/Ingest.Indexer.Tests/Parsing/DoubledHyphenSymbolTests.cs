using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A hyphen the OCR read twice across a gap, with a speck or not ("86/2016/TT- -BQP", "86/2016/TT-] -BQP"), is the one
/// hyphen between the codes, as "TT- BQP" and "TT: -VPCP" are read (lr-bo-quoc-phong-vbhn-2026-tang-le-ocr, seventeen
/// times beside the clean "86/2016/TT-BQP").
/// </summary>
public sealed class DoubledHyphenSymbolTests
{
    [Theory]
    // lr-bo-quoc-phong-vbhn-2026-tang-le-ocr, lines 1305-1306.
    [InlineData("1. Thông tư này có hiệu lực thi hành kế từ ngày 05 tháng 8 năm 2016 và\nthay thế Thông tư liên tịch số 114/2005/TTLT- -BQP-BNV ngày 01 tháng 8 năm\n\n2005 của Bộ Quốc phòng - Bộ Nội vụ về hướng dẫn thực hiện tổ chức lễ tang",
        new[] { "Thông tư liên tịch|114/2005/TTLT-BQP-BNV|2005-08-01" })]
    // lr-bo-quoc-phong-vbhn-2026-tang-le-ocr, lines 158-159.
    [InlineData("* Cụm từ “Hình thức” được bãi bỏ theo quy định tại điểm c khoản 2 Điều 18 của Thông tư số\n18/2026/TT-BQP sửa đổi, bỗ sung một số điều của Thông tư số 86/2016/TT-] -BQP ngày 20 tháng 6 năm\n2016 của Bộ trưởng Bộ Quốc phòng",
        new[] { "Thông tư|18/2026/TT-BQP|-", "Thông tư|86/2016/TT-BQP|2016-06-20" })]
    public void A_hyphen_read_twice_across_a_gap_is_one_hyphen(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
