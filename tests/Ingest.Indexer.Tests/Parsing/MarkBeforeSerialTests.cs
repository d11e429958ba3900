using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// One mark the OCR set apart between "số" and a serial (MarkBeforeSerial): a stroke drawn for the serial's first 1
/// (Ï, ], Ị) is that 1, a bracket from the seal is debris. Each row is a verbatim line of the scan it names; near misses
/// keep a mark with no "số" before it, a pipe (a table's rule) and a symbol whose codes are damaged too.
/// </summary>
public sealed class MarkBeforeSerialTests
{
    [Theory]
    // lw-ubnd-tay-ninh-qd-2025-358-ocr (the scan prints 107/2021/NĐ-CP).
    [InlineData("chính; Nghị định số Ï 07/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ",
        new[] { "Nghị định|107/2021/NĐ-CP|2021-12-06" })]
    // lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr.
    [InlineData("Nghị định sô ] 07/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đôi, bô Sung",
        new[] { "Nghị định|107/2021/NĐ-CP|2021-12-06" })]
    // lr-bo-quoc-phong-vbhn-2026-tang-le-ocr (Thông tư 103/2025/TT-BQP of 26 September 2025).
    [InlineData("2. Bãi bỏ Điều 13 Thông tư số Ị 03/2025/TT-BQP ngày 26 tháng 9 năm 2025 của Bộ trưởng",
        new[] { "Thông tư|103/2025/TT-BQP|2025-09-26" })]
    public void A_stroke_set_apart_before_a_serial_is_its_first_one(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // lk-ubnd-bac-lieu-qd-2025-210-ocr: a bracket of debris, and the year cut by a space before its last digit.
    [InlineData("Căn cứ Nghị định sô ) 92/201 7/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính",
        new[] { "Nghị định|92/2017/NĐ-CP|2017-08-07" })]
    [InlineData("Căn cứ Nghị định sô ) 107/202 1NĐ-CP ngày 06 tháng 12 năm 2021 của Chính",
        new[] { "Nghị định|107/2021/NĐ-CP|2021-12-06" })]
    public void A_bracket_of_debris_before_a_serial_is_passed_over(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // Near miss: no "số" before the mark.
    [InlineData("Căn cứ Nghị định Ï 07/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ", "107/2021/NĐ-CP")]
    // Near miss: a pipe is a flattened table's rule, not a stroke.
    [InlineData("Căn cứ Nghị định số | 07/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ", "107/2021/NĐ-CP")]
    // Near miss (jh-ubnd-bac-lieu-qd-2025-210-ocr): the issuer's code damaged too; the stroke is not taken for a 1.
    [InlineData("Căn cứ Quyết định số I 747/QĐ-BGTTYT ngày 31 tháng 12 năm 2024 của Bộ", "1747/QĐ-BGTTYT")]
    public void A_mark_without_so_or_before_a_damaged_symbol_adds_no_digit(string text, string unread)
    {
        Assert.DoesNotContain(Read(text), c => c.Number == unread);
    }
}
