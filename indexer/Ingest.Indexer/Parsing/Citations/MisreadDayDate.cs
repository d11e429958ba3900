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
    // Day and month: a letter for 1 or 0 glued to a digit ("0l", "l1", "3l", "2O", "O2"), or digits alone; the day also two
    // letters ("lI]"), or two digits with a speck glued after them ("18§").
    [GeneratedRegex(@"\Gnga?y\x20?(?<d>[ioløØ]\d|\d[ioløØ]|\d{1,2}(?![ioløØ])|[il]{2}[\]|]?(?=\x20)|\d{2}(?=[§*#‡]\x20)[§*#‡])(?:\x20?thang\x20?(?<m>[ioløØ]\d|\d[ioløØ]|\d{1,2})\x20?(?:nam:?|/)\x20?|/(?<m>\d{1,2})/)(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex DayAt();

    /// <summary>
    /// The date at <paramref name="index"/> of the folded text and where it ends, or null when none is there;
    /// <paramref name="written"/> is the text as written, at the same offsets.
    /// </summary>
    public static (DateValue Value, int End)? ParseAt(string folded, int index, string written)
    {
        var m = DayAt().Match(folded, index);
        if (!m.Success || !PlainZeros(m.Groups["d"], written) || !PlainZeros(m.Groups["m"], written)) return null;
        var value = DateValue.Create(int.Parse(m.Groups["y"].ValueSpan), Digits(m.Groups["m"].ValueSpan), Digits(m.Groups["d"].ValueSpan));
        return value is null ? null : (value.Value, m.Index + m.Length);
    }

    // An O read for a zero is a plain O: "ngày2ổ tháng 4" (lw-ldld-so-vhttdl-an-giang-ctph-2017-154-ocr) is a handwritten
    // day the OCR turned into a syllable's letter, no zero, and stays unread.
    private static bool PlainZeros(Group slot, string written)
    {
        for (var k = slot.Index; k < slot.Index + slot.Length; k++)
            if (slot.Value[k - slot.Index] is 'o' or 'ø' && (k >= written.Length || written[k] is not ('O' or 'o' or 'Ø' or 'ø'))) return false;
        return true;
    }

    // "0l" is 01, "l1" 11, "lI]" 11: each I or l the digit 1; "2O" is 20, "O2" 02: an O the digit 0 (the OCR of a
    // hand-filled or faint zero: "Hải Phòng, ngày 2O tháng O2 năm 2025", jh-ubnd-hai-phong-qd-2025-430-ocr); a stroke or a
    // speck after them nothing.
    private static int Digits(ReadOnlySpan<char> written)
    {
        var value = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c)) value = value * 10 + (c - '0');
            else if (c is 'i' or 'l' or 'I') value = value * 10 + 1;
            else if (c is 'o' or 'ø' or 'O' or 'Ø') value *= 10;
        }
        return value;
    }
}
