using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Reads a citation's date whose day or month OCR printed with a letter for the digit 1 ("Quyết định số 214/QĐ-DCT ngày I2
/// tháng 01 năm 2026", iw-012; "350 / UB-QĐ-NĐ ngày I8 tháng 9 năm 1986", jh-018): after "ngày" an I or l glued to one
/// digit can only be the day's 1, so the day is certain; two such letters alone are 11 ("Sơn La, ngày II] tháng 09 năm
/// 2025", its annex "ngày lI tháng 09", kx-ubnd-tinh-son-la-qd-2025-2307-ocr: the "]" a third stroke of the same
/// glyphs). The month is struck the same way after "tháng": "Quyết định số 87/QĐ-BTP ngày 14 tháng 0l năm 2025"
/// (jj-025, jj-ubnd-can-tho-qd-2025-383-ocr), "ngày 22 tháng l1 năm 2019" (kq-061), "ngày 16 tháng I1 năm 2011"
/// (iw-so-tttt-phu-tho-cv-hoi-thi-2011-ocr), "ngày 3l tháng 12 năm 2022": a letter glued to a digit in a day's or a
/// month's place is that digit 1, and the date is checked as any other. Pure and thread-safe.
/// </summary>
internal static partial class MisreadDayDate
{
    // Day and month: a letter for 1 glued to a digit ("0l", "l1", "3l"), or digits alone; the day also two letters ("lI]").
    [GeneratedRegex(@"\Gnga?y\x20?(?<d>[il]\d|\d[il]|\d{1,2}(?![il])|[il]{2}[\]|]?(?=\x20))(?:\x20?thang\x20?(?<m>[il]\d|\d[il]|\d{1,2})\x20?(?:nam|/)\x20?|/(?<m>\d{1,2})/)(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex DayAt();

    /// <summary>The date at <paramref name="index"/> of the folded text and where it ends, or null when none is there.</summary>
    public static (DateValue Value, int End)? ParseAt(string folded, int index)
    {
        var m = DayAt().Match(folded, index);
        if (!m.Success) return null;
        var value = DateValue.Create(int.Parse(m.Groups["y"].ValueSpan), Digits(m.Groups["m"].ValueSpan), Digits(m.Groups["d"].ValueSpan));
        return value is null ? null : (value.Value, m.Index + m.Length);
    }

    // "0l" is 01, "l1" 11, "lI]" 11: each I or l the digit 1, a stroke after them nothing.
    private static int Digits(ReadOnlySpan<char> written)
    {
        var value = 0;
        foreach (var c in written)
            if (c is not (']' or '|')) value = value * 10 + (char.IsAsciiDigit(c) ? c - '0' : 1);
        return value;
    }
}
