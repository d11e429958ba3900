using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Header;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A serial filled in by hand on the printed form, which the OCR read with a letter shaped like a digit ("4Í", "1Ø"):
/// unreadable, so the number is blank and flagged missing, in the header and in the annex head that repeats it.
/// </summary>
public sealed class HandFilledSerialTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_stroke_read_as_an_accented_I_leaves_the_number_blank()
    {
        // js-ubnd-tien-giang-qd-2025-ocr: "Số: 4Í /QĐÐ-UBND".
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH TIÊN GIANG Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 4Í /QĐÐ-UBND Tiên Giang, ngày 1Ä tháng 02 năm 2025\nQUYẾT ĐỊNH\n"
            + "Về việc công bố thủ tục hành chính trong lĩnh vực hoạt động xây dựng\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TIÊN GIANG\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n");
        Assert.Null(r.Number);
        Assert.Contains(r.Diagnostics, d => d.Code == "number-missing");
    }

    [Fact]
    public void A_ring_read_as_a_slashed_O_leaves_the_number_blank_and_the_annex_head_does_not_fill_it()
    {
        // jh-ubnd-hai-phong-qd-2025-430-ocr: "Số: 1Ø/QĐ-UBND", then "(Kèm theo Quyết định số 1O /QĐÐ-UBND …)".
        var r = Parser.Parse("UỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHÓ HẢI PHÒNG Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 1Ø/QĐ-UBND Hải Phòng, ngày 2O tháng O2 năm 2025\nQUYẾT ĐỊNH\n"
            + "Về việc công bố danh mục thủ tục hành chính lĩnh vực Giáo dục và đào tạo\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n"
            + "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục.\n"
            + "DANH MỤC THỦ TỤC HÀNH CHÍNH\n(Kèm theo Quyết định số 1O /QĐÐ-UBND ngày?O tháng Oề năm 2025 của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng)\n");
        Assert.Null(r.Number);
    }

    [Fact]
    public void A_sign_between_the_serial_and_its_slash_leaves_the_number_blank()
    {
        // jj-ubnd-quang-ngai-ct-2020-ocr: "Số: 2 # /CT-UBND", the hand's strokes read as a sign beside the digit.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 2 # /CT-UBND Quảng Ngãi, ngày Z tháng 4 năm 2020\nCHỈ THỊ\n"
            + "Về việc tăng cường công tác kiểm soát thủ tục hành chính\n");
        Assert.Null(r.Number);
        Assert.Contains(r.Diagnostics, d => d.Code == "number-missing");
    }

    [Fact]
    public void The_blank_s_dots_and_underscores_after_a_serial_are_no_sign()
    {
        // jj-ubnd-can-tho-qd-2025-383-ocr: "Số:383_ /QĐ-UBND"; il-ubnd-phuong-tuong-mai-gm-193-2026-ocr: "Số: 193. /GM-UBND".
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ CẦN THƠ Độc lập - Tự do - Hạnh phúc\n"
            + "Số:383_ /QĐ-UBND Cần Thơ, ngày 18 tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n");
        Assert.Equal("383/QĐ-UBND", r.Number);
    }

    private static string NoticeWithAnnex(string annexNumber) =>
        "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC ĐIỆN LỰC Độc lập - Tự do - Hạnh phúc\n"
        + "Số: ýJ@4 /TB-ĐHĐL Hà Nội, ngày 04 tháng 4 năm 2025\nTHÔNG BÁO\n"
        + "Về việc chương trình nhập học trực tiếp và lịch học đối với sinh viên khóa D20\n"
        + "Căn cứ Kế hoạch số 2033/KH-ĐHĐL ngày 21/8/2025 của Trường Đại học Điện lực;\nNhà trường thông báo lịch nhập học.\n"
        + "Nơi nhận:\n- Các khoa;\n- Lưu: VT, CTSV.\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n"
        + "LỊCH NHẬP HỌC TRỰC TIẾP\n(Kèm theo Thông báo số" + annexNumber + "/TB-ĐHĐL ngày.04tháng 9 năm 2025)\n";

    [Fact]
    public void An_annex_head_whose_serial_follows_a_glued_letter_does_not_fill_the_number()
    {
        // lj-dh-dien-luc-tb-2025-d20-ocr: "(Kèm theo Thông báo số.a{Ê4/TB-ĐHĐL …)" over a handwritten 164.
        var r = Parser.Parse(NoticeWithAnnex(".a{Ê4"));
        Assert.Null(r.Number);
    }

    [Fact]
    public void An_annex_head_whose_whole_serial_follows_a_sign_fills_the_number()
    {
        // jh-dh-dien-luc-tb-2025-d20-ocr: "(Kèm theo Thông báo số.aá“164/TB-ĐHĐL …)".
        var r = Parser.Parse(NoticeWithAnnex(".aá“164"));
        Assert.Equal("164/TB-ĐHĐL", r.Number);
    }

    [Fact]
    public void A_serial_with_a_letter_suffix_in_order_is_kept()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH TIỀN GIANG Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 12a/QĐ-UBND Tiền Giang, ngày 14 tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n");
        Assert.Equal("12a/QĐ-UBND", r.Number);
    }

    [Fact]
    public void A_stroke_read_as_a_y_with_diaeresis_leaves_the_number_blank()
    {
        // lr-ldlsvn-btv-cv-hop-nhat-2025-ocr: "Số: 4Ÿ /LĐLSVN-BTV", a handwritten 358 (corpus README, `iu-` batch).
        var r = Parser.Parse("LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập —- Tự do - Hạnh phúc\n\n"
            + "Số: 4Ÿ /LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\n% hướng dân các Đoàn Luật sự\nthực hiện hợp nhất theo quy định\n\n"
            + "Kính gửi: Ban Chủ nhiệm Đoàn Luật sư các tỉnh, thành phố\n");
        Assert.Null(r.Number);
    }
    // lk-ubnd-bac-lieu-qd-2025-210-ocr: a hand's "340" read "4/I0", then the annex's "(Ban hành kèm thèo Quoết định Số:
    // 40/QĐ-UBND …)" repeating the same hand (its twin jh-ubnd-bac-lieu-qd-2025-210-ocr reads "§ố:340QĐ-UBND").
    private static string SplitSerialDecision(string serial) =>
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc\n"
        + "Số: " + serial + "/QĐ-UBND Bạc Liêu, ngày 48 tháng 02 năm 2025\nQUYÉT ĐỊNH\n\n"
        + "Về việc công bố Danh mục thủ tục hành chính mới ban hành\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n'Íuỳnh Hữu Trí\n\n"
        + "(Ban hành kèm thèo Quoết định Số: 40/QĐ-UBND ngày/l$ tháng )^ năm 2025\n- của Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu)\n";

    [Fact]
    public void A_serial_split_by_a_slash_before_digits_and_letters_shaped_like_them_is_blank_and_the_annex_does_not_fill_it()
    {
        var r = Parser.Parse(SplitSerialDecision("4/I0"));
        Assert.Null(r.Number);
        Assert.Contains(r.Diagnostics, d => d.Code == "number-illegible");
        Assert.DoesNotContain(r.Citations, c => c.Number == "40/QĐ-UBND");
    }

    [Theory]
    [InlineData("4/I0/QĐ-UBND", true)]
    [InlineData("15/2019/QĐ-UBND", false)] // a year
    [InlineData("01/QCPH/UBND-UBMTTQ", false)] // a code of letters (cp-ubnd-ubmttq-dak-lak-qc-2017-01)
    [InlineData("34/C04/BC", false)] // a letter and its digits: a code
    [InlineData("45/25010/NĐ-CP", false)] // digits only: a mistyped year, not a hand's letters
    [InlineData("4/I0", false)] // no slash closing the run
    public void A_serial_split_by_a_slash_is_told_by_digits_and_look_alike_letters_before_the_next_slash(string symbol, bool split) =>
        Assert.Equal(split, HandFilledSerial.SplitBySlash("Số: " + symbol, 4));

    [Fact]
    public void A_clean_serial_over_the_same_annex_is_read()
    {
        var r = Parser.Parse(SplitSerialDecision("340"));
        Assert.Equal("340/QĐ-UBND", r.Number);
    }
}
