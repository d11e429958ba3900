using System.Text.RegularExpressions;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Where the body opens after a heading's sentence-case title on a line that lost its breaks, beyond the preamble's
/// "Căn cứ" and "Thực hiện" and a section's number (HeaderText). Nghị định 30/2020/NĐ-CP Phụ lục I sets the trích yếu on
/// lines of its own; with the breaks lost, the first words of the part under it are where it ends. Pure and thread-safe.
/// </summary>
internal static partial class RunOnTitleEnd
{
    // The openings, folded, each written as a sentence or a note opens (a capital, or the note's bracket):
    // "(Ban hành kèm theo Quyết định số 01/2024/QĐ-UBND …)": the note under the title of a rule a decision issues
    //   (dc-phuong-suoi-tre-quy-che-dan-chu-2024, co-ubnd-binh-phuoc-quy-dinh-2010-van-thu);
    // "Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh Võ Phiên chủ trì họp …": a conclusion notice opens with the meeting's
    //   date and a comma (jc-ubnd-quang-ngai-tb-11-2025-pdf, jd-ubnd-quang-ngai-tb-2024-660-ocr); a title names a date
    //   with no comma after it ("Về cho học sinh nghỉ học Ngày 26/11/2018", pd-sgddt-hcm-cv-2018-4144).
    [GeneratedRegex(@"^(?:\(ban hanh kem theo\b|ngay \d{1,2}(?:/\d{1,2}/\d{4}| thang \d{1,2} nam \d{4}),)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    private const int Window = 40;

    /// <summary>True when the body opens at the word at <paramref name="at"/> of the normalized text.</summary>
    public static bool OpensAt(string normalized, string folded, int at)
    {
        if (!(char.IsUpper(normalized[at]) || normalized[at] == '(' && at + 1 < normalized.Length && char.IsUpper(normalized[at + 1]))) return false;
        return Opening().IsMatch(folded.AsSpan(at, Math.Min(Window, folded.Length - at)));
    }
}
