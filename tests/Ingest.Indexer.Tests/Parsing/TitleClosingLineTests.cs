using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A title's closing line under its first: the school year after a colon ("Năm học: 2024 - 2025") and a bracketed
/// qualifier carrying the title's full stop ("(đoạn từ … cầu Giẽ)."). Verbatim excerpts of the corpus documents named
/// in each test.
/// </summary>
public sealed class TitleClosingLineTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_school_year_written_with_a_colon_under_a_plans_title_closes_the_title()
    {
        // mg-th-dien-hung-kh-2024-19 (tieuhocdienhung.dienchau.edu.vn)
        var r = Parser.Parse("PHÒNG GD&ĐT DIỄN CHÂU\nTRƯỜNG TH DIỄN HÙNG\n \nSố: 19/KHGD -THDH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "Độc lập – Tự do – Hạnh phúc\n \n Diễn Hùng, ngày 29 tháng 08  năm 2024\n \nKẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG\nNăm học: 2024 - 2025\n \n" +
            "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH:\nCăn cứ Quyết định số 04/QĐ-TTg ngày 27/3/2015 của Thủ tướng Chính phủ;\n");

        Assert.Equal("GIÁO DỤC NHÀ TRƯỜNG Năm học: 2024 - 2025", r.Title);
    }

    [Fact]
    public void A_bracketed_line_ending_with_the_titles_full_stop_goes_on_with_the_title()
    {
        // il-ubnd-ha-noi-1878-QD-UBND-2026-pdf
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 1878 /QĐ-UBND\n\n" +
            "Hà Nội, ngày 13 tháng 4 năm 2026\n\nĐộc lập - Tự do - Hạnh phúc\n\nQUYẾT ĐỊNH\n" +
            "Về việc phê duyệt Phương án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500\n" +
            "(đoạn từ nút giao Vành đai 1 - hầm Kim Liên đến nút giao cầu Giẽ).\nĐịa điểm: thành phố Hà Nội\n" +
            "UỶ BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 16/6/2025;\n");

        Assert.Equal("Về việc phê duyệt Phương án, vị trí tuyến đường Quốc lộ 1A, tỷ lệ 1/500 " +
            "(đoạn từ nút giao Vành đai 1 - hầm Kim Liên đến nút giao cầu Giẽ)", r.Title);
    }

    [Fact]
    public void A_short_title_on_the_heading_line_with_the_school_year_under_it_is_the_title()
    {
        // hz-cd-thcs-luc-ba-kh-2018-headerless
        var r = Parser.Parse("KẾ HOẠCH CÔNG ĐOÀN\n\nNăm học 2018 – 2019\n\n \n\nPHẦN 1: KẾ HOẠCH CHUNG\n\n I. CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH:\n\n" +
            "Căn cứ hướng dẫn số 39/HD - CĐN ngày 20/9/2016 của Ban Thường vụ Công đoàn Giáo dục Đại Từ hướng dẫn triển khai chương trình công tác công đoàn năm học \n");

        Assert.Equal("CÔNG ĐOÀN Năm học 2018 – 2019", r.Title);
    }
}
