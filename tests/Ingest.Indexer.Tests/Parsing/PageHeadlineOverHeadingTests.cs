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
    public void A_pages_teaser_under_its_headline_does_not_hide_the_heading_under_the_motto()
    {
        // tests/corpus ij-mg-hoa-sen-kien-tuong-kh-110-2025-portal: the portal prints the body's first "Căn cứ" under its
        // headline, then the header flattened with spaces, then the document's own heading.
        var r = Parser.Parse(
            "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2025-2026\n" +
            "Căn cứ Công văn số 1084/SGDĐT-GDMN ngày 03/9/2025 của Sở Giáo dục và Đào tạo,\n" +
            "   UBND XÃ AN BÌNH       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "   TRƯỜNG MẪU GIÁO  HOA MAI        Độc lập - Tự do - Hạnh phúc\n" +
            "   Số: 110/KH-MGHM            An Bình, ngày 10 tháng 9  năm 2025\n" +
            "KẾ HOẠCH\nThực hiện nhiệm vụ giáo dục mầm non, năm học 2025-2026\n" +
            "Căn cứ Công văn số 1084/SGDĐT-GDMN ngày 03/9/2025 của Sở Giáo dục và Đào tạo,");
        Assert.Equal("Kế hoạch", r.DocType);
        Assert.Equal("Thực hiện nhiệm vụ giáo dục mầm non, năm học 2025-2026", r.Title);
    }

    [Fact]
    public void A_one_line_heading_with_no_heading_below_the_motto_keeps_its_title()
    {
        var r = Parser.Parse(
            "UBND XÃ AN BÌNH\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n" +
            "KẾ HOẠCH TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI NĂM 2024\n\nCăn cứ Thông tư số 22/2019/TT-BGDĐT;");
        Assert.Equal("TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI NĂM 2024", r.Title);
    }
    [Fact]
    public void A_portals_empty_cells_pushing_the_heading_down_do_not_hide_it()
    {
        // tests/corpus ig-ubnd-xa-vinh-ha-bc-743-2022-portal: the portal's headline on line 6, its table's empty cells
        // between the header's lines, the document's own "BÁO CÁO" on line 41.
        var empty = string.Concat(Enumerable.Repeat(" \n\n", 6));
        var r = Parser.Parse(
            "Tìm kiếm tin tức\n\nLiên kết website\nBÁO CÁO KINH TẾ XÃ HỘI NĂM 2022\nNgày cập nhật 17/10/2023\n\n" +
            "UỶ BAN NHÂN DÂN\n\nXÃ AN BÌNH\n" + empty + "Số: 743/BC-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n" +
            "Độc lập - Tự do - Hạnh phúc\n" + empty + "An Bình, ngày 20 tháng 12 năm 2022\n\n\nBÁO CÁO\n\n" +
            "Đánh giá tình hình thực hiện kinh tế - xã hội năm 2022\n\n\nPhần thứ nhất\n\n" +
            "ĐÁNH GIÁ THỰC HIỆN KINH TẾ - XÃ HỘI NĂM 2022\n");
        Assert.Equal("Báo cáo", r.DocType);
        Assert.Equal("Đánh giá tình hình thực hiện kinh tế - xã hội năm 2022", r.Title);
    }

    [Fact]
    public void A_portal_headline_repeated_in_part_below_gives_way_to_the_subject_under_the_repeat()
    {
        // tests/corpus kg-ubnd-xa-tien-tien-tb-2023-tiem-phong-dai-headerless: the portal's headline is the notice's heading
        // with its subject; the notice's own heading, its first words, stands under the page's date with "V/v …" under it.
        var r = Parser.Parse(
            "Thông tin tuyên truyền\n" +
            "THÔNG BÁO CỦA UBND XÃ TIỀN TIẾN VỀ VIỆC TIÊM PHÒNG, CHỐNG BỆNH DẠI CHO ĐÀN CHÓ VỤ THU NĂM 2023\n" +
            "08/11/2023 07:49:55\n\nTHÔNG BÁO CỦA UBND XÃ TIỀN TIẾN\n\n" +
            "V/v tiêm phòng, phòng chống bệnh dại cho đàn chó vụ thu năm 2023\n\n" +
            "Kính thưa toàn thể nhân dân trong xã!\n\n" +
            "UBND xã Tiền Tiến thông báo kế hoạch tiêm vác xin phòng bệnh dại cho đàn chó vụ thu năm 2023 như sau:");
        Assert.Equal("Thông báo", r.DocType);
        // The subject is read as a letter's is, without its "V/v" label.
        Assert.Equal("tiêm phòng, phòng chống bệnh dại cho đàn chó vụ thu năm 2023", r.Title);
    }

    [Fact]
    public void A_portal_byline_under_the_heading_is_no_title_and_the_subject_below_is()
    {
        // tests/corpus kg-tt-dvth-xa-minh-duc-tb-2025-thu-gom-rac-headerless: "THÔNG BÁO", the portal's byline, its stamps
        // and addresses, then the notice's "Về việc …" line.
        var r = Parser.Parse(
            "THÔNG BÁO\nUBND xã Minh Đức\n2025-07-28T11:07:49+07:00\n" +
            "https://minhduc.dongnai.gov.vn/vi/news/kinh-te-moi-truong/thong-bao-138.html\n" +
            "Trang thông tin điện tử xã Minh Đức\nThứ hai - 28/07/2025 11:07\n" +
            "Về việc thu gom rác thải sinh hoạt trên địa bàn xã Minh Đức\n" +
            "Thực hiện kế hoạch bảo vệ môi trường, xây dựng cảnh quan \"xanh – sạch – đẹp\"\n" +
            "Trung tâm Dịch vụ tổng hợp xã Minh Đức thông báo lịch thu gom rác thải sinh hoạt trên địa bàn như sau:");
        Assert.Equal("Về việc thu gom rác thải sinh hoạt trên địa bàn xã Minh Đức", r.Title);
    }
}
