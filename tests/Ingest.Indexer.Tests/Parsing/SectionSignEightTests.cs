using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Tesseract reads a printed 8 at a word's head as the section sign: "§1/QĐ-TTg" is 81/QĐ-TTg where one digit follows the
/// sign; a sign before a whole number ("§57-NQ/TW") is a speck and the number stays as printed.
/// </summary>
public sealed class SectionSignEightTests
{
    [Theory]
    // lc-so-tu-phap-tp-hcm-cv-2021-ho-tro-phap-ly-ocr line 41, the decision printed 81/QĐ-TTg on line 31.
    [InlineData("Sở Tư pháp kính chuyển Quyết định số §1/QĐ-TTg ngày 19 tháng 01 năm\n", "81/QĐ-TTg")]
    // Near miss, ll-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr line 16: Nghị quyết 57-NQ/TW with a speck before it.
    [InlineData("góp phần nâng cao hiệu quả triên khai Nghị quyết số §57-NQ/TW ngày\n", "57-NQ/TW")]
    public void A_section_sign_glued_to_one_digit_is_an_eight(string text, string number)
    {
        Assert.Contains(number, Read(text).Select(c => c.Number));
    }
}
