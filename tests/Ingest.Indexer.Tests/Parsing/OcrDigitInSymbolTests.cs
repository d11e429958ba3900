using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Digits the OCR put where a symbol cannot have one: a 0 opening a type code ("0Đ", read as the one known type code it
/// makes, QĐ) and a fifth digit after a year (read away where the date after the symbol is of that year). Each row is a
/// verbatim line of the scan it names; near misses keep what the tables or the date do not confirm.
/// </summary>
public sealed class OcrDigitInSymbolTests
{
    [Theory]
    // ll-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr.
    [InlineData("Căn cứ Quyết định số 2034/0Đ-BGDĐT ngày 13 tháng 7 năm 2023 của Bộ Giáo dục", "2034/QĐ-BGDĐT")]
    // lw-ubnd-tay-ninh-qd-2025-358-ocr: the Đ read twice as well.
    [InlineData("Căn cứ Quyết định số 370/0ĐÐ-BCA-C06 ngày ló tháng 01 năm 2025 của", "370/QĐ-BCA-C06")]
    public void A_zero_opening_a_type_code_is_the_letter_of_the_one_code_it_makes(string text, string number)
    {
        Assert.Contains(Read(text), c => c.Type == "Quyết định" && c.Number == number);
    }

    [Fact]
    public void A_zero_that_makes_no_known_type_code_is_left_unread()
    {
        Assert.DoesNotContain(Read("Căn cứ Quyết định số 2034/0X-BGDĐT ngày 13 tháng 7 năm 2023 của Bộ Giáo dục"),
            c => c.Number is { } n && n.StartsWith("2034/", StringComparison.Ordinal) && n.Contains('-'));
    }

    [Theory]
    // lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr (the scan prints 01/2018/TT-VPCP of 23 November 2018).
    [InlineData("chính; Thông tư sô 01/20186/TT- VPCP ngày 23/1 1⁄2018 của Bộ trưởng, Chủ nhiệm", "01/2018/TT-VPCP")]
    public void A_stray_digit_after_a_year_the_date_confirms_is_read_away(string text, string number)
    {
        Assert.Contains(Read(text), c => c.Type == "Thông tư" && c.Number == number);
    }

    [Theory]
    // Near miss: the date is of another year, so which digits are the year is not certain.
    [InlineData("chính; Thông tư sô 01/20186/TT- VPCP ngày 23/11/2016 của Bộ trưởng, Chủ nhiệm")]
    // Near miss (io-so-noi-vu-binh-thuan-ttr-3367-2024-pdf): the first four digits are no year at all.
    [InlineData("26/11/2024, thay thế Nghị định số 45/25010/NĐ-CP ngày 21/4/2010 Chính phủ")]
    public void Five_digits_the_date_does_not_confirm_are_no_year(string text)
    {
        Assert.DoesNotContain(Read(text), c => c.Number is "01/2018/TT-VPCP" or "01/2016/TT-VPCP" or "45/2501/NĐ-CP" or "45/2010/NĐ-CP");
    }
}
