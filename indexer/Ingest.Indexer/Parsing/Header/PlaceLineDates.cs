using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The dates a place-date line writes that the date parser does not read whole: a table cell too narrow for the date
/// wrapping it over rows, an unsigned draft's blank ("ngày    tháng    năm 2012") or a day written by hand that OCR could
/// not read, a mirror's preview cut before the year. Each still confirms the line, so its place is read. Pure and
/// thread-safe.
/// </summary>
internal static partial class PlaceLineDates
{
    /// <summary>The date at <paramref name="at"/> (right after "ngày"'s comma) in one of these forms (the wrapped cell tried first, see SplitCellDateAt), with where it ends; null otherwise.</summary>
    /// <paramref name="damagedToo"/>: a date damaged past reading (DamagedDate) is taken too; the caller says so only where
    /// the header's motto confirms the band the line stands in.
    public static (DateValue? Value, int End)? ParseAt(TextView view, int at, bool damagedToo = false) =>
        SplitCellDate(view.Folded, at) ?? BlankDate(view.Folded, at) ?? CutDate(view, at) ?? (damagedToo ? DamagedDate(view, at) : null);

    // "Tây Ninh, ngày 3Ò) tháng 02 nềšm 2025" (lw-ubnd-tay-ninh-qd-2025-358-ocr), "Hà Nội, ngàyä4 kháng 2 năm 2023"
    // (jb-cuc-thue-ha-noi-cv-2023-tncn-ocr): a handwritten day over the printed words, the OCR misreading "tháng" or "năm"
    // with it. A few short words after "ngày", then a year closing the line: the line is the place-date, its date unread
    // (no word of it can be trusted to be the month). Weak evidence of the header: taken under a motto only (the second
    // example's motto is lost too, and its line is left unread).
    [GeneratedRegex(@"\Gngay(?:\x20?[^\x20]{1,5}){2,4}\x20(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex DamagedDateAt();

    private const int DamagedDateLength = 34;

    private static (DateValue? Value, int End)? DamagedDate(TextView view, int at)
    {
        if (DamagedDateAt().Match(view.Folded, at) is not { Success: true } m || m.Length > DamagedDateLength) return null;
        var end = m.Index + m.Length;
        var next = end < view.Folded.Length && view.Folded[end] is ' ' or '.' or ',' ? end + 1 : end;
        return next >= view.Folded.Length || view.IsLineStart(next) || view.Folded[next] is '\n' or '\r' ? (null, end) : null;
    }

    // "ngày    tháng    năm 2012", "ngày .... tháng 5 năm 2021", "ngày tháng năm": an unsigned draft's date.
    // A day or month written by hand that OCR could not read ("ngày Ô ‡ tháng 8", "ngày |Ý tháng Š_", "ngày /3 tháng
    // 5ˆ", "ngàyẠẠ tháng ĩ") is a blank.
    [GeneratedRegex(@"\Gngay[\x20._…]*(?:\d{1,2}[\x20._…]*|(?:[^\x20]{1,3}[\x20._…]*){1,2})?thang[\x20._…]*(?:(?<m>\d{1,2})[\x20._…]*|(?:[^\x20]{1,3}[\x20._…]*){1,2})?nam(?:\x20?(?<y>(?:19|20)\d{2})(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex BlankDateAt();

    // A blank day gives the year and month alone (a partial date); a blank year gives no date at all, and so does an
    // impossible one ("Lương Yên, ngày 30 tháng 0 năm 2020"): the line still gives its place.
    // "ngày #Š rán Ÿ năm 2025": the day and the word "tháng" itself read as junk (a handwritten day over it); the year
    // printed whole confirms the line. Its month is not known.
    [GeneratedRegex(@"\Gngay[\x20._…]*(?:[^\x20\d]{1,4}[\x20._…]*){1,3}nam\x20?(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWordLostAt();

    // "Cần Thơ, ngày 21 tháng  01   |" / "|     |năm 2010   |": a table whose cell was too narrow for the date wrapped its
    // year into the same column of the next row (an `antiword` table); the flattened view reads the empty cells
    // between as bars ("ngày 21 tháng 01 | | |năm 2010"). The cell wraps at whatever word its width reaches, so the bars
    // may stand after any word of the date: "Hà Nội, ngày 24 | tháng 8 năm 2018", "Đồng Nai, ngày | 04 tháng 12 năm
    // 2013" (co-ubnd-dong-nai-qd-2013-3970, whose page keeps the two lines of its date cell, flattened with a bar). Read
    // before the blank date, which would take the bar for a day filled in by hand; a bar glued to the day ("ngày 3| tháng
    // 12", jd-ubnd-quang-ngai-tb-2024-660-ocr) is OCR's reading of a day written by hand, and stays the blank date's.
    [GeneratedRegex(@"\Gngay(?:\x20+\|)*\x20*(?<d>\d{1,2})(?:\x20+\|)*\x20+thang(?:\x20+\|)*\x20+(?<m>\d{1,2})(?:\x20+\|)*\x20*nam(?:\x20+\|)*\x20?(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SplitCellDateAt();

    private static (DateValue? Value, int End)? SplitCellDate(string folded, int at)
    {
        if (folded.IndexOf('|', at, Math.Min(40, folded.Length - at)) < 0) return null;
        var m = SplitCellDateAt().Match(folded, at);
        if (!m.Success) return null;
        var (d, mo, y) = (int.Parse(m.Groups["d"].ValueSpan), int.Parse(m.Groups["m"].ValueSpan), int.Parse(m.Groups["y"].ValueSpan));
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return (DateValue.Create(y, mo, d), m.Index + m.Length);
    }

    // "Hà Nội, ngày 07 tháng 06 n" closing its line: a mirror's preview cut the header before the year (jd-ubnd-ha-noi-
    // kh-2018-129). The line still gives its place; with no year there is no date (corpus README, the `jd-` batch).
    [GeneratedRegex(@"\Gngay\x20?\d{1,2}\x20+thang\x20+\d{1,2}(?:\x20+n[a-z]{0,2})?(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CutDateAt();

    private static (DateValue? Value, int End)? CutDate(TextView view, int at)
    {
        if (CutDateAt().Match(view.Folded, at) is not { Success: true } m) return null;
        var end = m.Index + m.Length;
        var next = end < view.Folded.Length && view.Folded[end] == ' ' ? end + 1 : end;
        return next >= view.Folded.Length || view.IsLineStart(next) ? (null, end) : null;
    }

    private static (DateValue? Value, int End)? BlankDate(string folded, int at)
    {
        var m = BlankDateAt().Match(folded, at);
        if (!m.Success) m = MonthWordLostAt().Match(folded, at);
        if (!m.Success) return null;
        if (!m.Groups["y"].Success) return (null, m.Index + m.Length);
        var value = DateValue.Create(int.Parse(m.Groups["y"].ValueSpan), m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan) : null, null);
        return (value, m.Index + m.Length);
    }
}
