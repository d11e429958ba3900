using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Citation numbers and dates the OCR damaged in ways a reader repairs with certainty (the held-out `jh-` batch of
/// scanned decisions): a serial's 1 read as I after "số", a day's 1 read as I, a dot typed between a symbol and its
/// date, a serial cut by a space (iw-012, jh-016, jh-018, jh-019, jh-030). Each row names where its text was seen; near misses keep what is not certain.
/// </summary>
public sealed class OcrSymbolRepairTests
{
    [Theory]
    // jh-019 (jh-ubnd-cao-bang-qd-1999-157-ocr): "số" introduces the number as a type word does.
    [InlineData("Xét đề nghị của ông Chủ tịch UBND Thị xã Cao Bằng tại phiếu trình số I3/UB-TP, ngày 18 tháng 01 năm 1999.",
        new[] { "Công văn|13/UB-TP|1999-01-18" })]
    // jh-030 (jh-ubnd-hai-phong-qd-2025-430-ocr): the serial cut by a space, the slash read as a fraction slash.
    [InlineData("Căn cứ Quyết định số 37 7⁄QĐ-BGDĐT ngày 13/02/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        new[] { "Quyết định|377/QĐ-BGDĐT|2025-02-13" })]
    // lq-ubnd-hai-phong-qd-2025-430-ocr (the same page, another scan): the serial cut by a space and its slash lost, the
    // last digit glued to the type code (Ð the Icelandic look-alike of Đ).
    [InlineData("Căn cứ Quyết định số 37 7QÐ-BGDĐT ngày 13/02/2025 của Bộ Irưởng Bộ",
        new[] { "Quyết định|377/QĐ-BGDĐT|2025-02-13" })]
    // kd-021 (kd-bvdk-bac-ninh-cv-2021-6191-ocr): the slash typed twice.
    [InlineData("Căn cứ Quyết định số 5959//QĐ-BVT ngày 21/9/2021 của Giám đốc Bệnh viện đa khoa tỉnh Bắc Ninh về việc phê duyệt kế hoạch",
        new[] { "Quyết định|5959/QĐ-BVT|2021-09-21" })]
    public void A_serial_the_ocr_struck_or_cut_is_read_whole(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // kq-063 (an OCR'd decision of 2025): the slash between the year and the type code lost.
    [InlineData("của Chỉnh phụ sửa đổi, bổ Sung mỘt số điều của Nghị định số 134/2016NĐ-CP\nngày 01 tháng 9 năm 2016 của Chính phủ quy định chỉ tiết",
        new[] { "Nghị định|134/2016/NĐ-CP|2016-09-01" })]
    // kn-069 (a company's news page): the slash typed as a dot.
    [InlineData("tiết kiệm điện theo Nghị quyết số 11.NQ-CP của Chính phủ về những giải pháp chủ yếu tập trung kiềm chế lạm phát",
        new[] { "Nghị quyết|11/NQ-CP|-" })]
    public void A_slash_lost_after_the_year_or_typed_as_a_dot_is_read(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr: a speck read as a colon, and its gap, before the issuer's hyphen.
    [InlineData("Căn cứ Thông tư số 02/2017/TT: -VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
        new[] { "Thông tư|02/2017/TT-VPCP|2017-10-31" })]
    // kx-bo-quoc-phong-vbhn-2026-tang-le-ocr: the speck read as a dot.
    [InlineData("theo quy định tại Điêu 13 của Thông tư số 18/2026/TT. -BQP ngày 10/3/2026 của Bộ trưởng Bộ Quốc phòng",
        new[] { "Thông tư|18/2026/TT-BQP|2026-03-10" })]
    // Near miss: a symbol closing its item, the list's next item opening with a dash on the next line.
    [InlineData("Căn cứ Thông tư số 02/2017/TT-VPCP.\n-Căn cứ đề nghị của Sở Y tế",
        new[] { "Thông tư|02/2017/TT-VPCP|-" })]
    public void A_speck_before_the_hyphen_of_a_symbol_is_no_separator(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // lg-ubnd-bac-lieu-qd-2025-tthc-duong-bo-ocr, jh-ubnd-bac-lieu-qd-2025-210-ocr: the scan prints 61/2018 both times.
    [InlineData("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa;\n"
        + "Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của\n"
        + "Nghị định số 61/2016/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa;",
        new[] { "Nghị định|61/2018/NĐ-CP|2018-04-23", "Nghị định|107/2021/NĐ-CP|2021-12-06", "Nghị định|61/2018/NĐ-CP|2018-04-23" })]
    // Near miss (iv-byt-qd-130-2023-ocr): nothing else in the text says which of the two years the OCR misread.
    [InlineData("Căn cứ Thông tư số 28/2018/TT-BYT ngày 26 tháng 10 năm 2016 của Bộ trưởng Bộ Y tế;",
        new[] { "Thông tư|28/2018/TT-BYT|2016-10-26" })]
    public void A_symbol_year_unlike_its_date_is_read_as_the_text_prints_it_elsewhere(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // Near misses: a numbered list's item with no type word or "số" before it.
    [InlineData("Các nội dung chính tại mục 11.NQ-CP được giao cho các sở.")]
    [InlineData("Giai đoạn 2016/2020KH-UBND của tỉnh.")]
    public void A_dot_or_lost_slash_without_a_type_word_is_no_symbol(string text)
    {
        Assert.Empty(Read(text));
    }

    [Theory]
    // kf-002: a space typed after the slash that follows a joint document's type code; its issuers still follow it.
    [InlineData("Thông tư số 17/2006/TTLT/ BLĐTBXH-BTC-BYT hướng dẫn về chế độ chăm sóc sức khỏe đối với người có công",
        new[] { "Thông tư|17/2006/TTLT-BLĐTBXH-BTC-BYT|-" })]
    // Near miss: after a type code of one body's document the slash and space end the symbol.
    [InlineData("Thực hiện Quyết định số 17/2006/QĐ-UBND/ UBND tỉnh giao",
        new[] { "Quyết định|17/2006/QĐ-UBND|-" })]
    public void A_space_after_a_joint_type_code_s_slash_is_read_through(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // js-ubnd-tien-giang-qd-2025-ocr: the year cut before its last digit, the slash after it kept or lost.
    [InlineData("_ Căn cứ Nghị định số 63/201 0NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
        new[] { "Nghị định|63/2010/NĐ-CP|2010-06-08" })]
    [InlineData("Căn cứ Thông tư số 02/201 7/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ;",
        new[] { "Thông tư|02/2017/TT-VPCP|2017-10-31" })]
    public void A_year_the_ocr_cut_before_its_last_digit_is_read_whole(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    // js-ubnd-tien-giang-qd-2025-ocr, its preamble as the scan reads it: the cut years stand hundreds of characters into
    // the text, past the window the repair copies first, and each keeps its own date.
    [Fact]
    public void A_year_cut_deep_in_a_long_text_is_read_with_its_date()
    {
        var preamble = string.Concat(Enumerable.Repeat("Căn cứ Luật 1. 2) chức chính quyên địa phương ngày 19/6/2015;\n", 8));
        var text = preamble + "_ Căn cứ Nghị định số 63/201 0NĐ-CP ngày 08/6/2010 của Chính phủ về\nkiêm soát thủ tục hành chính;\n"
            + "Căn cứ Thông tư số 02/201 7/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ;";
        var rows = Read(text);
        Assert.Contains(("Nghị định", "63/2010/NĐ-CP", "2010-06-08"), rows);
        Assert.Contains(("Thông tư", "02/2017/TT-VPCP", "2017-10-31"), rows);
    }

    [Theory]
    // jh-018 (jh-ubnd-cao-bang-qd-1999-157-ocr): the day's 1 read as I.
    [InlineData("Căn cứ vào Quyết định số: 350 / UB-QĐ-NĐ ngày I8 tháng 9 năm 1986 của UBND tỉnh Cao Bằng ban hành Điều lệ",
        new[] { "Quyết định|350/UB-QĐ-NĐ|1986-09-18" })]
    // iw-012: the day's tens digit 1 read as I, and as a lower-case l.
    [InlineData("Căn cứ Quy định ban hành kèm theo Quyết định số 214/QĐ-DCT ngày I2 tháng 01 năm 2026;",
        new[] { "Quyết định|214/QĐ-DCT|2026-01-12" })]
    [InlineData("Căn cứ Quyết định số 214/QĐ-DCT ngày l5/01/2026 của Hiệu trưởng;", new[] { "Quyết định|214/QĐ-DCT|2026-01-15" })]
    // jj-025 (jj-ubnd-can-tho-qd-2025-383-ocr): the month's 1 read as l, after a zero; the day's 1 read so after a digit.
    [InlineData("Căn cứ Quyết định số 87/QĐ-BTP ngày 14 tháng 0l năm 2025 của Bộ trưởng Bộ Tư pháp về việc công bố thủ tục;",
        new[] { "Quyết định|87/QĐ-BTP|2025-01-14" })]
    [InlineData("Căn cứ Quyết định số 52/QĐ-UBND ngày 3l tháng 12 năm 2022 của UBND tỉnh;", new[] { "Quyết định|52/QĐ-UBND|2022-12-31" })]
    // jh-016 (jh-ubnd-cao-bang-qd-1999-157-ocr): a dot typed between each symbol and its date.
    [InlineData("các Nghị định dưới luật của Hội đồng Chính phủ số : 88/CP. ngày 17/8/1994, số 60/CP. ngày 05/7/1994 về quyền sở hữu nhà ở",
        new[] { "Công văn|88/CP|1994-08-17", "Công văn|60/CP|1994-07-05" })]
    [InlineData("Căn cứ Nghị định số 88/CP. ngày 17/8/1994 của Chính phủ", new[] { "Nghị định|88/CP|1994-08-17" })]
    public void A_date_the_ocr_struck_or_set_apart_by_a_dot_dates_its_citation(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    // jw-020 (jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr): the issuer's code runs into a letter no Vietnamese word has; the
    // image reads SGTVT, the scan "SGŒTTT", and "06/TTr-SG" is not the number. Where the sentence names no body whose
    // code the letters could be, nothing is read (where it names the Sở Giao thông vận tải, NamedBodyCodeTests).
    [Fact]
    public void A_code_cut_by_a_letter_the_scan_misread_is_not_read()
    {
        Assert.Empty(Read("Theo đề nghị của Giảm đốc Sở Tài chính tại Tờ trình số 06/TTr- SGŒTTT ngày 07 tháng 02 năm 2025."));
    }

    [Theory]
    // Near miss: a sentence that ends at the symbol opens the next with a capital "Ngày"; that date is not the symbol's.
    [InlineData("thực hiện Quyết định số 88/QĐ-UBND. Ngày 17/8/1994, Sở Xây dựng đã họp.", new[] { "Quyết định|88/QĐ-UBND|-" })]
    [InlineData("Căn cứ Nghị định số 88/CP. Ngày 17/8/1994, Hội đồng nhân dân tỉnh họp phiên thứ nhất.", new[] { "Nghị định|88/CP|-" })]
    // Near miss: a letter for the whole day is no day's digit.
    [InlineData("Căn cứ Quyết định số 214/QĐ-DCT ngày II tháng 01 năm 2026;", new[] { "Quyết định|214/QĐ-DCT|-" })]
    public void A_date_that_is_not_certain_stays_empty(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // lw-ubnd-tay-ninh-qd-2025-358-ocr lines 44-45: the "r" of TTr read as a question mark before the issuer's hyphen.
    [InlineData("Theo đề nghị của Giám đốc Công an tỉnh Tây Ninh tại Tò trình số 28/TT?-CAT\nngày 13 tháng 02 năm 2025.",
        new[] { "Tờ trình|28/TTr-CAT|2025-02-13" })]
    // Near miss, ld-chinh-phu-nq-2026-vuon-quoc-gia-ba-vi-ocr lines 41-42: the letter kept behind a space is no mark in its
    // place, and the symbol stays as far as it was read.
    [InlineData("tháng 4 năm 2026 và của Ủy ban nhân dân Thành phố Hà Nội tại Tờ trình số\n63/TT r-UBND ngày 31 tháng 3 năm 2026",
        new[] { "Tờ trình|63/TT|-" })]
    public void A_mark_in_place_of_the_type_codes_last_letter_is_that_letter(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
