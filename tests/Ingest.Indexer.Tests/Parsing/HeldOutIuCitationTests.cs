using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Symbols the held-out `iu-` batch (PDF text and OCR'd scans, tests/corpus/README.md "Decided with the iu- batch")
/// showed damaged, read by general rules: the Đ of a type code read twice (Ð), a footnote's number glued to a central
/// body's code, the implied code of a Nghị định with its last letter misread, the serial's first 1 read as I. Each row
/// names where its text was seen; near misses keep what the rules do not make certain.
/// </summary>
public sealed class HeldOutIuCitationTests
{
    [Theory]
    // iu-037 (a police unit's letter, OCR): "QĐÐ".
    [InlineData("Căn cứ Quyết định số 28/QĐÐ-TTg ngày 24/8/2025 của Thủ tướng Chính phủ;", new[] { "Quyết định|28/QĐ-TTg|2025-08-24" })]
    // Seen in other OCR'd decisions (a Học viện's and a Ban Cơ yếu's): the same slip before a ministry's code.
    [InlineData("Quyết định số 563/QĐÐ-BCY ngày 02 tháng 12 năm 2022 của Trưởng ban Ban Cơ yếu Chính phủ", new[] { "Quyết định|563/QĐ-BCY|2022-12-02" })]
    // iu-021 (a Sở's Tờ trình, PDF text): the superscript footnote mark flattened onto the code.
    [InlineData("căn cứ Nghị định số 126/2024/NĐ-CP1, Sở Nội vụ báo cáo", new[] { "Nghị định|126/2024/NĐ-CP|-" })]
    [InlineData("Căn cứ Thông tư số 01/2011/TT-BNV2 ngày 19/01/2011 của Bộ Nội vụ;", new[] { "Thông tư|01/2011/TT-BNV|2011-01-19" })]
    // iu-041 (a lawyers' federation's letter, OCR): the P of CP misread, a space after the hyphen.
    [InlineData("(theo điểm c khoản 5 Điều 19 của Nghị định số 126/2024/NĐ- C5):", new[] { "Nghị định|126/2024/NĐ-CP|-" })]
    // iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr: the serial's first 1 read as I.
    [InlineData("Hội Nông dân tỉnh nhận được Công văn số I189/SNV-LĐVL&TN, ngày 05/9/2025 của Sở Nội vụ", new[] { "Công văn|1189/SNV-LĐVL&TN|2025-09-05" })]
    public void A_symbol_the_scan_or_the_pdf_damaged_is_read_as_written_by_the_rules(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // The legislature's term is no footnote, and neither is a unit's own number.
    [InlineData("Căn cứ Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội;", new[] { "Nghị quyết|101/2025/UBTVQH15|-" })]
    [InlineData("Thực hiện Công văn số 3257/TNI-QLDN1 của Thuế tỉnh Tây Ninh", new[] { "Công văn|3257/TNI-QLDN1|-" })]
    // A known code in the implied code's place stays: "NĐ-CT" is no misread CP where CT names a body.
    [InlineData("Căn cứ Nghị định số 12/2024/NĐ-CP của Chính phủ;", new[] { "Nghị định|12/2024/NĐ-CP|-" })]
    // A Roman numeral before a number is no serial: "Phụ lục II" stays a part of the document.
    [InlineData("Căn cứ Quyết định số 1234/QĐ-UBND ngày 05/3/2024 của UBND tỉnh (Phụ lục I 2 kèm theo)", new[] { "Quyết định|1234/QĐ-UBND|2024-03-05" })]
    public void What_the_repairs_do_not_touch(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ip-046 (a BHXH data dictionary): a công văn's number/ISSUER-UNIT with its slash typed as a hyphen.
    [InlineData("phương pháp vô cảm gây tê theo Công văn 1731-BHXH-GĐĐT (0: Không áp dụng, 1: Áp dụng)", new[] { "Công văn|1731/BHXH-GĐĐT|-" })]
    // Near misses: a number of the old style carries one code; another type's hyphened symbol keeps its reading.
    [InlineData("theo Công văn số 196-HĐBT của Hội đồng Bộ trưởng", new[] { "Công văn|196-HĐBT|-" })]
    [InlineData("theo Quyết định số 1373-QĐ-TTg của Thủ tướng Chính phủ", new[] { "Quyết định|1373/QĐ-TTg|-" })]
    public void A_cong_vans_number_with_hyphens_for_its_slash_is_read_in_its_layout(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // iu-022 (a Sở Nội vụ's Tờ trình): an association's code and its province's abbreviation in mixed case, a space between.
    [InlineData("Sở Nội vụ nhận được Công văn số 03/LĐVVN BTh ngày 07/01/2025 của Liên đoàn Vovinam – Việt Võ đạo tỉnh Bình Thuận",
        new[] { "Công văn|03/LĐVVNBTh|2025-01-07" })]
    // Near misses: words and capitals after the space end the symbol.
    [InlineData("theo Công văn số 15/UBND Tỉnh Bình Thuận đã gửi", new[] { "Công văn|15/UBND|-" })]
    [InlineData("theo Công văn số 15/SNV TP Hà Nội", new[] { "Công văn|15/SNV|-" })]
    public void A_mixed_case_place_code_after_a_space_continues_the_code(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // io-ubnd-phuong-sa-dec-qd-154-2025-ocr: a stray letter after the type word's own code.
    [InlineData("Căn cứ Nghị quyết số 16/NQO-UBBC ngày 24 tháng 12 năm 2025 của Ủy ban bầu cử phường Sa Đéc", new[] { "Nghị quyết|16/NQ-UBBC|2025-12-24" })]
    // Near misses: a key struck twice in a digital text (im-026) stays as written; a known body's code is no type code.
    [InlineData("Chỉ thị số 15/CTT-TTg ngày 22 tháng 5 năm 2012 của Thủ tướng Chính phủ", new[] { "Chỉ thị|15/CTT-TTg|2012-05-22" })]
    [InlineData("Báo cáo số 125/BCT-KH ngày 05/3/2024 của Bộ Công Thương", new[] { "Báo cáo|125/BCT-KH|2024-03-05" })]
    public void A_stray_letter_after_the_type_words_code_is_ocr_debris(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // ip-008 (pdftotext of a guide): a page's number and form feed between "Luật" and "số".
    [InlineData("sửa đổi, bổ sung một số điều theo Luật\n\n                                                        79\n\fsố 12/2017/QH14, Luật số 59/2024/QH15",
        new[] { "Luật|12/2017/QH14|-", "Luật|59/2024/QH15|-" })]
    // Near miss: a number on its own line with no form feed is no page break, so nothing is read through it.
    [InlineData("theo Luật\n79\nsố 12/2017/QH14", new string[0])]
    public void A_page_number_and_form_feed_inside_a_citation_are_read_through(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // if-th-vinh-binh-a-kiem-tra-noi-bo-2017-123docz: a local office's code after a dot, with the date after it.
    [InlineData("Căn cứ vào Hướng dẫn số 624/HD.PGDĐT ngày 07 tháng 9 năm 2017 hướng dẫn thực hiện nhiệm vụ năm học 2017-2018 cấp tiểu học;",
        new[] { "Hướng dẫn|624/HD.PGDĐT|2017-09-07" })]
    [InlineData("Căn cứ Hướng dẫn số 624/HD.PGDĐT của Phòng Giáo dục và Đào tạo;", new[] { "Hướng dẫn|624/HD.PGDĐT|-" })]
    public void A_dotted_local_code_is_read_before_the_words_after_it(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
