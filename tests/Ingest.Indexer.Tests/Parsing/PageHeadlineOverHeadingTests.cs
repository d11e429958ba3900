using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A page's headline in capitals above the header block ("KẾ HOẠCH … CỦA TRƯỜNG …") gives way to the document's
/// own type heading under the motto and the trích yếu under it. The header text is made up for the test.
/// </summary>
public sealed class PageHeadlineOverHeadingTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void The_documents_own_heading_under_the_motto_wins_over_the_pages_headline()
    {
        var r = Parser.Parse(
            "KẾ HOẠCH HỘI THI CỦA TRƯỜNG TIỂU HỌC AN BÌNH NĂM HỌC 2024 - 2025\n\n" +
            "UBND XÃ AN BÌNH    TRƯỜNG TIỂU HỌC AN BÌNH\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n" +
            "Số: 27/KH-THAB\n\nAn Bình, ngày 14 tháng 10 năm 2024\n\nKẾ HOẠCH\n\n" +
            "Tổ chức hội thi giáo viên dạy giỏi cấp trường năm học 2024 - 2025\n\n" +
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT của Bộ Giáo dục và Đào tạo;");
        Assert.Equal("Kế hoạch", r.DocType);
        Assert.Equal("Tổ chức hội thi giáo viên dạy giỏi cấp trường năm học 2024 - 2025", r.Title);
    }

    [Fact]
    public void A_one_line_heading_with_no_heading_below_the_motto_keeps_its_title()
    {
        var r = Parser.Parse(
            "UBND XÃ AN BÌNH\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n" +
            "KẾ HOẠCH TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI NĂM 2024\n\nCăn cứ Thông tư số 22/2019/TT-BGDĐT;");
        Assert.Equal("TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI NĂM 2024", r.Title);
    }
}
