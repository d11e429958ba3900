using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Shapes of the `im-` held-out batch (repository copies of a legal mirror's pages, 2025), made up here: a letter's
/// subject whose last word, an abbreviation in capitals, went to a line of its own; a decision's enacting authority
/// that is a national office's head ("TỔNG THANH TRA CHÍNH PHỦ") under its title; a "KT." alone on its line over two
/// positions the title heads do not know.
/// </summary>
public sealed class SplitLinesHeaderTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("GTGT", "V/v hoàn thuế GTGT")]
    [InlineData("THCS", "V/v tuyển sinh lớp 6 THCS")]
    public void An_abbreviation_alone_under_the_subject_ends_it(string last, string expected)
    {
        var text = "THUẾ TỈNH AN GIANG\n|\nSố: 120/AGI-QLDN\n" + expected[..^(last.Length + 1)] + "\n" + last + "*\n|\n*An\nGiang, ngày 03 tháng 12 năm 2025*\n|\nKính gửi: Công ty TNHH Minh Phát\nThuế tỉnh trả lời như sau./.\n";
        var r = Parser.Parse(text);
        Assert.Equal(expected[4..], r.Title);
    }

    // in- batch (Văn phòng Chính phủ, 2025): the number of the decree a subject names, broken onto its own line.
    [Theory]
    [InlineData("136/2025/NĐ-CP", "V/v tháo gỡ khó khăn khi triển khai Nghị định 136/2025/NĐ-CP")]
    [InlineData("52-KH/TU", "V/v thực hiện Kế hoạch 52-KH/TU")]
    public void A_symbol_alone_under_the_subject_ends_it(string last, string expected) =>
        An_abbreviation_alone_under_the_subject_ends_it(last, expected);

    [Fact]
    public void A_symbol_under_a_subject_with_no_place_date_after_it_stays_out()
    {
        var r = Parser.Parse("SỞ Y TẾ\nSố: 12/SYT-NV\nV/v báo cáo số liệu\n15/SYT-NV\nThực hiện chỉ đạo của UBND tỉnh, Sở đề nghị các đơn vị báo cáo./.\n");
        Assert.Equal("báo cáo số liệu", r.Title);
    }

    [Fact]
    public void Capitals_under_an_unended_subject_with_no_place_date_after_them_stay_out()
    {
        var r = Parser.Parse("SỞ Y TẾ\nSố: 12/SYT-NV\nV/v báo cáo số liệu\nBHYT\nThực hiện chỉ đạo của UBND tỉnh, Sở đề nghị các đơn vị báo cáo./.\n");
        Assert.Equal("báo cáo số liệu", r.Title);
    }

    [Theory]
    [InlineData("TỔNG THANH TRA CHÍNH PHỦ")]
    [InlineData("THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")]
    [InlineData("TỔNG KIỂM TOÁN NHÀ NƯỚC")]
    public void A_national_offices_head_under_the_title_is_the_enacting_authority(string authority)
    {
        var text = "CƠ QUAN TRUNG ƯƠNG\nSố: 45/QĐ-TTCP\nHà Nội, ngày 10 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ĐOÀN KIỂM TRA\n"
            + authority + "\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n";
        Assert.Equal("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ĐOÀN KIỂM TRA", Parser.Parse(text).Title);
    }

    [Theory]
    [InlineData("KT.\nCHỈ HUY TRƯỞNG\nCHỈ HUY PHÓ\nNguyễn Văn Bình\n", "CHỈ HUY PHÓ", "Nguyễn Văn Bình")]
    [InlineData("KT.\nTRƯỞNG BAN QUẢN LÝ CHỢ\nPHÓ TRƯỞNG BAN QUẢN LÝ CHỢ\nLê Thị Hoa\n", "PHÓ TRƯỞNG BAN QUẢN LÝ CHỢ", "Lê Thị Hoa")]
    [InlineData("KT.\nTRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nTrần Văn Lợi\n", "PHÓ TRƯỞNG THUẾ TỈNH", "Trần Văn Lợi")]
    public void A_mark_alone_over_two_positions_signs_with_the_second(string block, string title, string name)
    {
        var r = Parser.Parse("UBND HUYỆN AN LÃO\nBAN CHỈ HUY QUÂN SỰ\nSố: 15/BCH\nAn Lão, ngày 2 tháng 3 năm 2024\nV/v huấn luyện dân quân\nKính gửi: Các xã\nĐề nghị các xã phối hợp thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
    }

    // im-ct-ubnd-can-tho-36: an excerpt that stops before the signature; its last lines reach the header, whose
    // office-holder's lines are no signature block.
    [Fact]
    public void An_office_holders_header_in_a_short_excerpt_is_no_signature()
    {
        var r = Parser.Parse("CHỦ TỊCH ỦY BAN\nNHÂN DÂN\nTỈNH AN GIANG\n|\nSố: 12/2025/QĐ-CTUBND\nAn Giang, ngày 17 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP QUẢN LÝ TÀI SẢN CÔNG\nCăn cứ Luật Quản lý, sử dụng tài sản công;\nTheo đề nghị của Giám đốc Sở Tài chính;\n");
        Assert.Null(r.Signer);
    }

    // A portal that prints the signature block between the number and the heading: the block is still read.
    [Fact]
    public void A_block_printed_between_the_number_and_the_heading_is_still_read()
    {
        var r = Parser.Parse("Số: 210/SNV-VP\n\nTL. GIÁM ĐỐC CHÁNH VĂN PHÒNG Lê Văn Hùng\n\nCÔNG VĂN Về việc tổ chức hội nghị\n\nKính gửi: Các phòng\n\nSở Nội vụ đề nghị các phòng chuẩn bị nội dung./.\n");
        Assert.Equal("Lê Văn Hùng", r.Signer?.Name);
    }

    // hy-ttyt-me-linh-bc-2018-dan-so-ocr (a district health centre's report, OCR'd): a speck read as ":" before the
    // heading, whose type word OCR spelled "BẢO CÁO".
    [Fact]
    public void An_ocr_speck_before_the_heading_is_passed_over()
    {
        var r = Parser.Parse("SỞ Y TẾ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM Y TẾ MÊ LINH Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 15/BC-TTYT Mê Linh, ngày 06 tháng 8 năm 2018.\n\n: BẢO CÁO NỘI DUNG GIAO BAN\nCÔNG TÁC DÂN SỐ - KHHGĐ THÁNG 8 NĂM 2018\n\n"
            + "1. Kết quả thực hiện công tác Dân số - KHHGĐ tháng 7 năm 2018\n");
        Assert.Equal("Báo cáo", r.DocType);
        Assert.Equal("NỘI DUNG GIAO BAN CÔNG TÁC DÂN SỐ - KHHGĐ THÁNG 8 NĂM 2018", r.Title);
    }
}
