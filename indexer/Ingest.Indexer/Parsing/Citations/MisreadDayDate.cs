using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a citation's date whose day OCR printed with a letter for its tens digit 1 ("Quyết định số 214/QĐ-DCT ngày I2
/// tháng 01 năm 2026", iw-012; "350 / UB-QĐ-NĐ ngày I8 tháng 9 năm 1986", jh-018): after "ngày" an I or l glued to one
/// digit can only be the day's 1, so the day is certain; two such letters alone are 11 ("Sơn La, ngày II] tháng 09 năm
/// 2025", its annex "ngày lI tháng 09", kx-ubnd-tinh-son-la-qd-2025-2307-ocr: the "]" a third stroke of the same
/// glyphs). Pure and thread-safe.
/// </summary>
internal static partial class MisreadDayDate
{
    [GeneratedRegex(@"\Gnga?y\x20?(?:[il](?<d>\d)|[il]{2}[\]|]?(?=\x20))(?:\x20?thang\x20?(?<m>\d{1,2})\x20?(?:nam|/)\x20?|/(?<m>\d{1,2})/)(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex DayAt();

    /// <summary>The date at <paramref name="index"/> of the folded text and where it ends, or null when none is there.</summary>
    public static (DateValue Value, int End)? ParseAt(string folded, int index)
    {
        var m = DayAt().Match(folded, index);
        if (!m.Success) return null;
        var value = DateValue.Create(int.Parse(m.Groups["y"].ValueSpan), int.Parse(m.Groups["m"].ValueSpan), 10 + (m.Groups["d"].Success ? int.Parse(m.Groups["d"].ValueSpan) : 1));
        return value is null ? null : (value.Value, m.Index + m.Length);
    }
}
