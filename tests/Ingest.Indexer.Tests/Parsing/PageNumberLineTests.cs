using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A page's number a PDF's page break left alone on its line between "số" and the symbol is the page's, not the first
/// digits of the serial (ld-009, lc-010); a number on the same line as the rest of a cut serial is still the serial's.
/// </summary>
public sealed class PageNumberLineTests
{
    [Theory]
    // ld-009 (ld-ubnd-quang-ngai-ct-2024-pctntc-ocr): the page number between "số" and a Party symbol.
    [InlineData("thực hiện nghiêm Quy định số\n3\n205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị về việc kiểm soát quyền lực",
        new[] { "Quy định|205-QĐ/TW|2019-09-23" })]
    // lc-010 (lc-so-tu-phap-tp-hcm-cv-2021-ho-tro-phap-ly-ocr): a blank line before it, the colon of "số:" after it.
    [InlineData("theo quy định tại Kế hoạch số\n\n2\n: 1207/KH-UBND ngày 01 tháng 4 năm 2020 của Ủy ban nhân dân Thành phố,",
        new[] { "Kế hoạch|1207/KH-UBND|2020-04-01" })]
    // jh-030: a serial the scan cut with a space on one line stays one serial.
    [InlineData("Căn cứ Quyết định số 37 7⁄QĐ-BGDĐT ngày 13/02/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        new[] { "Quyết định|377/QĐ-BGDĐT|2025-02-13" })]
    public void A_page_number_alone_on_its_line_after_so_is_passed_over(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
