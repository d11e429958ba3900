using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A number filled in by the same hand as a month the OCR turned into a sign ("ngày Jệ tháng 0$"): unreadable, so the
/// number is blank; a day lost alone, its month printed, and a month written in words leave the number as read.
/// </summary>
public sealed class HandFilledDateTests
{
    private static readonly PlanParser Parser = new();

    private static string Decision(string numberLine) =>
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc\n" + numberLine + "\nQUYẾT ĐỊNH\n"
        + "Về việc công bố Danh mục thủ tục hành chính mới ban hành\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU\n"
        + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n";

    [Fact]
    public void A_number_beside_a_month_read_as_a_sign_is_blank()
    {
        // jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr: "Số: 02 /QĐ-UBND Bạc Liêu, ngày Jệ tháng 0$ năm 2025".
        var r = Parser.Parse(Decision("Số: 02 /QĐ-UBND Bạc Liêu, ngày Jệ tháng 0$ năm 2025"));
        Assert.Null(r.Number);
        Assert.Contains(r.Diagnostics, d => d.Code == "number-illegible");
    }

    [Fact]
    public void A_number_beside_symbols_for_day_and_month_is_blank()
    {
        // ld-chinh-phu-nq-2026-vuon-quoc-gia-ba-vi-ocr: "Số: 445 /NQ-CP Hà Nội, ngày #@3 tháng !} năm 2026" over a handwritten 115.
        var r = Parser.Parse("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 445 /NQ-CP Hà Nội, ngày #@3 tháng !} năm 2026\nNGHỊ QUYẾT\nVề việc điều chỉnh ranh giới Vườn quốc gia Ba Vì\n"
            + "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n");
        Assert.Null(r.Number);
    }

    [Fact]
    public void A_number_beside_a_day_lost_alone_is_kept()
    {
        // il-ubnd-phuong-tuong-mai-tb-632-2026-ocr: "Số: 632 /TB-UBND Tương Mai, ngày 72tháng 5 năm 2026", the month printed.
        var r = Parser.Parse(Decision("Số: 632 /QĐ-UBND Bạc Liêu, ngày 72 tháng 5 năm 2026"));
        Assert.Equal("632/QĐ-UBND", r.Number);
    }

    [Fact]
    public void A_number_beside_a_read_day_and_a_month_read_as_a_sign_is_blank()
    {
        // lr-ubnd-bac-lieu-qd-2025-duong-bo-ocr: "Số: 02/QĐ-UBND Bạc Liêu, ngày 18 tháng 0% năm 2025".
        var r = Parser.Parse(Decision("Số: 02/QĐ-UBND Bạc Liêu, ngày 18 tháng 0% năm 2025"));
        Assert.Null(r.Number);
    }

    [Fact]
    public void A_month_written_in_words_leaves_the_number_as_read()
    {
        // hx-ubnd-tuyen-quang-qd-2022-236-spun: "Tuyên Quang, ngày 22 tháng tư năm 2022".
        var r = Parser.Parse(Decision("Số: 236/QĐ-UBND Bạc Liêu, ngày 22 tháng tư năm 2022"));
        Assert.Equal("236/QĐ-UBND", r.Number);
    }

    [Fact]
    public void A_blank_day_and_month_leave_the_number_as_read()
    {
        // An unsigned draft's "ngày .... tháng .... năm": no hand wrote in it.
        var r = Parser.Parse(Decision("Số: 15 /QĐ-UBND Bạc Liêu, ngày .... tháng .... năm 2025"));
        Assert.Equal("15/QĐ-UBND", r.Number);
    }

    [Fact]
    public void A_tab_left_in_the_numbers_blank_is_spacing_not_a_mark()
    {
        // hy-ubnd-xa-gia-pho-cv-2018-111, its header verbatim but with tabs where the page has runs of spaces, as a Word
        // file's typist leaves them in the number's blank ("Số:    111   /CV - UBND").
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\n\nXÃ GIA PHỐ\n\n\tSố:\t 111\t/CV - UBND\n\nV/v thực hiện nghi thức Quốc tang đồng chí Trần Đại Quang\n\n"
            + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n");
        Assert.Equal("111/CV-UBND", r.Number);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "number-illegible");
    }
}
