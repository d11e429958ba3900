using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The title (trích yếu) as the rules lay it out, and the page matter around a document that is not its title.
/// Synthetic texts written for these rules.
/// </summary>
public sealed class TitleLayoutTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_title_opened_by_a_verb_that_is_a_type_word_takes_the_type_from_the_number()
    {
        // tests/corpus ib-hdnd-phu-tho-23-2025-NQ-HDND: the page lost the "NGHỊ QUYẾT" line; "QUY ĐỊNH" opens the title.
        var r = Parser.Parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 23/2025/NQ-HĐND\nPhú Thọ, ngày 28 tháng 10 năm 2025\nQUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH PHÚ THỌ\nCăn cứ Luật Tổ chức chính quyền địa phương;");
        Assert.Equal("Nghị quyết", r.DocType);
        Assert.Equal("QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG TRÊN ĐỊA BÀN TỈNH PHÚ THỌ", r.Title);
    }

    [Fact]
    public void A_verb_led_title_running_over_two_lines_takes_the_type_from_the_number()
    {
        // tests/corpus ii-hdnd-hue-36-2025-NQ-HDND-repo: the "NGHỊ QUYẾT" heading broken by emphasis, the trích yếu
        // "QUY ĐỊNH VỀ …" broken over two lines.
        var r = Parser.Parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/2025/NQ-HĐND\nAn Giang, ngày 10 tháng 12 năm 2025\n**NGHỊ\nQUYẾT**\nQUY ĐỊNH VỀ MỨC HỖ TRỢ HỌC PHÍ TRÊN ĐỊA BÀN\nTỈNH AN GIANG TỪ NĂM HỌC 2025 - 2026\nCăn cứ Luật Giáo dục;");
        Assert.Equal("Nghị quyết", r.DocType);
        Assert.Equal("QUY ĐỊNH VỀ MỨC HỖ TRỢ HỌC PHÍ TRÊN ĐỊA BÀN TỈNH AN GIANG TỪ NĂM HỌC 2025 - 2026", r.Title);
    }

    [Theory]
    [InlineData("Tổ chức các hoạt động kỷ niệm 59 năm\nNgày truyền thống Hội LHTN Việt Nam", "Tổ chức các hoạt động kỷ niệm 59 năm Ngày truyền thống Hội LHTN Việt Nam")]
    [InlineData("tổ chức các hoạt động kỷ niệm 59 năm ngày truyền thống", "tổ chức các hoạt động kỷ niệm 59 năm ngày truyền thống")]
    public void An_anniversarys_bracketed_dates_let_a_lower_case_line_go_on_with_the_title(string opening, string expected)
    {
        // tests/corpus jr-hoi-lhtn-huyen-tho-xuan-kh-2015-151: "(15/10/1956 - 15/10/2015)" on its own line, then "và tổ
        // chức chào mừng Đại hội Đảng các cấp." still in the title; the body opens with a capital.
        var r = Parser.Parse("HỘI LHTN VIỆT NAM\nUB HUYỆN AN NHƠN\n***\nAn Nhơn, ngày 09 tháng 10 năm 2015\nSố: 15-KH/UBH\nKẾ HOẠCH\n"
            + opening + "\n(15/10/1956 - 15/10/2015)\nvà tổ chức chào mừng Đại hội Đảng các cấp.\nThực hiện Chương trình công tác Hội năm 2015.\n");
        Assert.Equal(expected + " (15/10/1956 - 15/10/2015) và tổ chức chào mừng Đại hội Đảng các cấp", r.Title);
    }

    [Fact]
    public void A_subject_flattened_onto_the_address_ends_at_the_address()
    {
        // A whole header on one line: the comma in the address ("các huyện, thị xã") is no place-date's.
        var r = Parser.Parse("UBND TỈNH LONG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc Số: 630/SYT-NV Tân An, ngày 27 tháng 4 năm 2010 V/v tiêm chủng mở rộng năm 2010 Kính gửi: Trung tâm Y tế các huyện, thị xã\nThực hiện hướng dẫn của Bộ Y tế.");
        Assert.Equal("Công văn", r.DocType);
        Assert.Equal("tiêm chủng mở rộng năm 2010", r.Title);
    }

    [Fact]
    public void A_civil_status_record_has_its_type_and_no_title()
    {
        // tests/corpus ij-ubnd-xa-tan-phu-tlkt-08-2022-ocr: the copy mark and the record's fields are no trích yếu.
        var r = Parser.Parse("UBND XÃ AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/TLKT-BS\nAn Bình, ngày 11 tháng 01 năm 2022\nTRÍCH LỤC KHAI TỬ\n(BẢN SAO)\nHọ, chữ đệm, tên: NGUYỄN VĂN AN\nNgày, tháng, năm sinh: 1940\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình");
        Assert.Equal("Trích lục khai tử", r.DocType);
        Assert.Null(r.Title);
    }

    [Fact]
    public void A_type_word_alone_on_its_line_stays_the_heading_whatever_the_number()
    {
        var r = Parser.Parse("SỞ Y TẾ TỈNH LÀO CAI\nSố: 43/KH-SYT\nLào Cai, ngày 02 tháng 3 năm 2016\nHƯỚNG DẪN\nThực hiện khám chữa bệnh bảo hiểm y tế\nCăn cứ Luật Bảo hiểm y tế;");
        Assert.Equal("Hướng dẫn", r.DocType);
    }

    [Fact]
    public void An_enacting_body_broken_after_its_first_word_ends_the_title()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG TRỊ
            Số: 512/QĐ-UBND
            Quảng Trị, ngày 25 tháng 4 năm 2012
            QUYẾT ĐỊNH
            VỀ VIỆC PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN
            NGÀNH THỦY SẢN TỈNH QUẢNG TRỊ ĐẾN NĂM 2020
            ỦY
            BAN NHÂN DÂN TỈNH QUẢNG TRỊ
            Căn
            cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
            """;

        Assert.Equal("VỀ VIỆC PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN NGÀNH THỦY SẢN TỈNH QUẢNG TRỊ ĐẾN NĂM 2020", Parser.Parse(text).Title);
    }

    [Fact]
    public void A_flattened_title_closed_by_a_quote_stops_before_the_enacting_body()
    {
        const string text = "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 14/2012/QĐ-UBND Ninh Bình, ngày 02 tháng 8 năm 2012 QUYẾT ĐỊNH BAN HÀNH “QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH NINH BÌNH” ỦY BAN NHÂN DÂN TỈNH NINH BÌNH Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;";

        var record = Parser.Parse(text);

        Assert.Equal("BAN HÀNH “QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH NINH BÌNH”", record.Title);
        Assert.Equal("Quyết định", record.DocType);
    }

    [Fact]
    public void A_mirror_line_that_names_the_document_by_its_number_is_not_its_title()
    {
        const string text = """
            Quyết định 215/QĐ-UBND năm 2019 về phê duyệt danh mục dự án đầu tư công tỉnh Hòa Bình
            ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH |
            Số: 215/QĐ-UBND |
            Hòa Bình, ngày 12 tháng 3 năm 2019 |
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            """;

        var record = Parser.Parse(text);

        Assert.Equal("215/QĐ-UBND", record.Number);
        Assert.Null(record.Title);
    }

    [Fact]
    public void A_page_headline_in_sentence_case_is_still_the_title()
    {
        const string text = """
            Thông báo về việc tạm dừng tiếp công dân trong dịp nghỉ Tết Nguyên đán năm 2024
            Ủy ban nhân dân phường Tân Mai thông báo tạm dừng tiếp công dân từ ngày 08/02/2024 đến hết ngày 14/02/2024.
            """;

        Assert.Equal("về việc tạm dừng tiếp công dân trong dịp nghỉ Tết Nguyên đán năm 2024", Parser.Parse(text).Title);
    }

    [Theory]
    [InlineData("THÔNG TƯ\nTHÔNG TƯ HƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG\nCăn cứ Luật Ngân sách nhà nước;")]
    [InlineData("THÔNG TƯ\nTHÔNG TƯ\nHƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG\nCăn cứ Luật Ngân sách nhà nước;")]
    [InlineData("THÔNG TƯ\nHƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG\nCăn cứ Luật Ngân sách nhà nước;")]
    public void A_heading_printed_twice_is_not_part_of_the_title(string body)
    {
        var text = "BỘ TÀI CHÍNH\nSố: 31/2019/TT-BTC\nHà Nội, ngày 05 tháng 6 năm 2019\n" + body;

        Assert.Equal("HƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG", Parser.Parse(text).Title);
    }

    private const string Header = "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 77/KH-UBND\nHà Nam, ngày 02 tháng 4 năm 2021\n";

    [Fact]
    public void A_title_broken_before_its_years_keeps_the_quote_it_closes()
    {
        var text = Header + "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN “PHÁT TRIỂN THƯ VIỆN SỐ GIAI ĐOẠN\n2021 - 2025”\nThực hiện Quyết định số 206/QĐ-TTg ngày 11/02/2021 của Thủ tướng Chính phủ;";

        Assert.Equal("THỰC HIỆN ĐỀ ÁN “PHÁT TRIỂN THƯ VIỆN SỐ GIAI ĐOẠN 2021 - 2025”", Parser.Parse(text).Title);
    }

    [Fact]
    public void An_upper_case_title_that_starts_on_the_heading_line_goes_on_over_the_next_lines()
    {
        var text = "ĐẢNG BỘ TỈNH HÀ NAM\nSố: 05-QC/TU\nHà Nam, ngày 02 tháng 4 năm 2021\nQUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH\n\nĐẢNG BỘ TỈNH KHÓA XX (NHIỆM KỲ 2020 - 2025)\n\nCăn cứ Điều lệ Đảng;";

        Assert.Equal("LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX (NHIỆM KỲ 2020 - 2025)", Parser.Parse(text).Title);
    }

    [Fact]
    public void A_file_title_above_the_header_does_not_run_into_the_issuer_and_motto()
    {
        var text = "KẾ HOẠCH HOẠT ĐỘNG HÈ NĂM 2021\nPHÒNG GD&ĐT KIM BẢNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-PGDĐT\nKim Bảng, ngày 02 tháng 6 năm 2021\nI. MỤC ĐÍCH";

        Assert.DoesNotContain("CỘNG HÒA", Parser.Parse(text).Title ?? "");
    }

    [Fact]
    public void Lower_case_words_after_an_upper_case_heading_line_go_on_with_the_title()
    {
        const string text = "NGHỊ QUYẾT CỦA BAN BÍ THƯ về tăng cường công tác dân vận trong tình hình mới\nI- TÌNH HÌNH\nNhững năm qua, công tác dân vận đạt nhiều kết quả.";

        Assert.Equal("CỦA BAN BÍ THƯ về tăng cường công tác dân vận trong tình hình mới", Parser.Parse(text).Title);
    }

    [Theory]
    [InlineData("BÁO CÁO\ntổng kết công tác tuyên giáo năm 2020;\nphương hướng, nhiệm vụ năm 2021\nPhần thứ nhất\nĐÁNH GIÁ TÌNH HÌNH", "tổng kết công tác tuyên giáo năm 2020; phương hướng, nhiệm vụ năm 2021")]
    [InlineData("QUYẾT ĐỊNH\nVỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI HAI XÃ THUỘC HUYỆN KIM BẢNG\nHỘI ĐỒNG BỘ TRƯỞNG\nCăn cứ Luật tổ chức Hội đồng Bộ trưởng;", "VỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI HAI XÃ THUỘC HUYỆN KIM BẢNG")]
    public void A_part_heading_or_the_enacting_body_under_the_title_is_not_part_of_it(string body, string title)
    {
        Assert.Equal(title, Parser.Parse(Header + body).Title);
    }

    [Fact]
    public void A_subject_closed_by_the_letters_own_number_in_brackets_ends_before_the_bracket()
    {
        const string text = "Về việc sửa chữa trường học tại khu vực miền núi (1207/VP-KT, ngày 05/10/2021).\nĐồng chí Phó Chủ tịch UBND tỉnh có ý kiến như sau: giao Sở Giáo dục và Đào tạo chủ trì.";

        Assert.Equal("Về việc sửa chữa trường học tại khu vực miền núi", Parser.Parse(text).Title);
    }

    [Fact]
    public void A_position_after_comrade_in_an_upper_case_title_is_the_person_it_speaks_of()
    {
        // tests/corpus jg-vptw-tb-2025-432-md: "TỔNG BÍ THƯ" after "ĐỒNG CHÍ" is no enacting line ending the title. The
        // mirror's notes above push the header below the first lines, where the heading is read after the place-date.
        const string notes = "**Số hiệu:**\n|\n432-TB/VPTW\n|\n|\n**Loại văn bản:**\n|\nThông báo\n|\n**Nơi ban hành:**\n|\n"
            + "Văn phòng Ban Chấp hành Trung ương\n|\n|\n**Người ký:**\n|\nLâm Thị Phương Thanh\n|\n**Ngày ban hành:**\n|\n26/11/2025\n|\n|\n"
            + "**Ngày hiệu lực:**\n|\nĐã biết\n|\n**Ngày công báo:**\n|\nĐang cập nhật\n|\n|\n**Số công báo:**\n|\nĐang cập nhật\n|\n|\n"
            + "**Tình trạng:**\n|\nĐã biết\n|\n|\n";
        const string text = notes + "BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n|\n**ĐẢNG CỘNG\nSẢN VIỆT NAM**\n|\nSố 432-TB/VPTW\n"
            + "*Hà Nội, ngày\n26 tháng 11 năm 2025*\n|\n**THÔNG BÁO KẾT LUẬN**\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ\n"
            + "TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ\n"
            + "CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT\n**-----**\nNgày 24/11/2025, tại Trụ sở Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc.";

        Assert.Equal("KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ "
            + "CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT", Parser.Parse(text).Title);
    }

    [Fact]
    public void A_long_title_goes_on_over_the_number_after_its_label_at_a_line_end()
    {
        // jx-chinh-phu-nq-2026-25-repo (a Công báo copy): "… ban hành kèm theo Nghị định số" / "26/2023/NĐ-CP ngày 31 …",
        // a trích yếu of 565 characters naming two decrees with their subjects.
        const string text = """
            CHÍNH PHỦ
            Số: 25/2026/NQ-CP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 30 tháng 4 năm 2026

            NGHỊ QUYẾT
            Về việc kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP ngày 09
            tháng 3 năm 2026 của Chính phủ sửa đổi mức thuế suất thuế nhập khẩu
            ưu đãi đối với một số mặt hàng xăng, dầu, nguyên liệu sản xuất xăng,
            dầu tại Biểu thuế nhập khẩu ưu đãi ban hành kèm theo Nghị định số
            26/2023/NĐ-CP ngày 31 tháng 5 năm 2023 của Chính phủ về Biểu thuế
            xuất khẩu, Biểu thuế nhập khẩu ưu đãi, Danh mục hàng hóa và mức thuế
            tuyệt đối, thuế hỗn hợp, thuế nhập khẩu ngoài hạn ngạch thuế quan
            và mức thuế suất thuế nhập khẩu ưu đãi của một số mặt hàng
            nguyên liệu sản xuất xăng, dầu

            Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
            """;

        Assert.Equal("Về việc kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP ngày 09 tháng 3 năm 2026 của Chính phủ sửa đổi "
            + "mức thuế suất thuế nhập khẩu ưu đãi đối với một số mặt hàng xăng, dầu, nguyên liệu sản xuất xăng, dầu tại Biểu thuế nhập "
            + "khẩu ưu đãi ban hành kèm theo Nghị định số 26/2023/NĐ-CP ngày 31 tháng 5 năm 2023 của Chính phủ về Biểu thuế xuất khẩu, "
            + "Biểu thuế nhập khẩu ưu đãi, Danh mục hàng hóa và mức thuế tuyệt đối, thuế hỗn hợp, thuế nhập khẩu ngoài hạn ngạch thuế "
            + "quan và mức thuế suất thuế nhập khẩu ưu đãi của một số mặt hàng nguyên liệu sản xuất xăng, dầu", Parser.Parse(text).Title);
    }

    [Fact]
    public void A_title_listing_bodies_with_semicolons_goes_on_over_its_lines_and_its_bracketed_field()
    {
        // jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr (tesseract; OCR slips kept as the trích yếu is written).
        const string text = """
            ÚY BAN NHÂN DÂN CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM
            TĨNH BẠC LIEU Độc lập - Tự do - Hạnh phúc
            Số: 02 /QĐ-UBND Bạc Liêu, ngày 18 tháng 02 năm 2025
            _ QUYẾT ĐỊNH
            Về việc công bố Danh mục thủ tục hành chính mới ban hành
            thuộc thâm quyên giải quyêt của Sở Giao thông vận tải;
            __ Sở Xây dựng; Ủy ban nhân dân cấp huyện;
            : Ủy ban nhân dân cấp xã trên địa bàn tỉnh Bạc Liêu
            (Lĩnh vực: Đường bộ)
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật T: Ồ chức chính quyên địa phương ngày 19 tháng 6 năm 2015;
            """;

        Assert.Equal("Về việc công bố Danh mục thủ tục hành chính mới ban hành thuộc thâm quyên giải quyêt của Sở Giao thông vận tải; "
            + "Sở Xây dựng; Ủy ban nhân dân cấp huyện; Ủy ban nhân dân cấp xã trên địa bàn tỉnh Bạc Liêu (Lĩnh vực: Đường bộ)", Parser.Parse(text).Title);
    }
}
