using System.Text.RegularExpressions;

using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Reads Vietnamese dates from folded text: "07/4/2014", "7-4-2014", "07.4.2014", "ngày 07 tháng 4 năm 2014",
/// a blank day ("ngày tháng 3 năm 2021") and, where allowed, a missing year ("15/3"). Pure and thread-safe.
/// Two writer's slips that leave the date certain are read (tests/corpus/README.md, the ih- rule on slips), each seen
/// in several independent sources: "tháng" typed again for "năm" before a four-digit year ("ngày 20 tháng 3 tháng 2006"
/// of HĐND tỉnh Bình Phước, "ngày 26 tháng 11 tháng 2024" in a ministry's circular, "Ngày 3 tháng 1 tháng 1981" on a
/// ward's site), where no month can be four digits long; and "ngày" typed twice ("ngày ngày 04 tháng 9 năm 2020" in a
/// school plan, "ban hành ngày ngày 16/5/2024" in a valuation form). A page number a PDF's page break left between
/// "năm" and the year ("ngày 18 tháng 3 năm 2 2025 của Bộ Chính trị", jt-sgddt-tp-hcm-cv-2025-4728-pdf, jt-028) is passed
/// over: no year is written in one to three digits with the four-digit year right after it.
/// </summary>
public static partial class DateParser
{
    // Compile the generated matcher before its clock times any text (RegexWarmUp says why).
    static DateParser() => RegexWarmUp.Run(DateAt(), "ngay 01 thang 02 nam 2024");

    [GeneratedRegex("""
        \G(?:nga?y:?\x20?(?:ngay\x20)?)?                          # "ngy": the text lost its marked letters; "ngày ngày 04": typed twice;
                                                                  # "Tuyên Quang, ngày: 28 tháng 6" (lt-so-tu-phap-tuyen-quang-qd-2018-110-ocr)
        (?:
           (?<d>\d{1,2})\x20?(?<s>[/.-])\x20?(?<m>\d{1,2})(?:\x20?\k<s>\x20?(?<y>(?:19|20)\d{2}))?(?![\d/])
         |
           (?:(?<d>\d{1,2})\x20?)?thang\x20?(?<m>\d{1,2})
           (?:(?:\x20?(?:nam|/)\x20?|(?<=thang\x20?\d\d)|\x20thang\x20|\x20nam\x20\d{1,3}\x20)(?<y>(?:19|20)\d{2}))?(?!\d)   # "tháng 122024": the space lost
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexWarmUp.MatchTimeoutMilliseconds)]
    internal static partial Regex DateAt();

    // DateAt's groups by number: a lookup by name costs a table's search at each read, and every citation's date is read here.
    private static readonly int DayGroup = DateAt().GroupNumberFromName("d");
    private static readonly int MonthGroup = DateAt().GroupNumberFromName("m");
    private static readonly int YearGroup = DateAt().GroupNumberFromName("y");

    // "08/5/218", "08/6/20210": a whole date whose year lost or gained one digit. Two separators damaged with the year
    // left whole (<w>): "ngày 14/4//2025" (kl-010), a slash doubled; "ngày 09- 62025", "ngày 26-52025"
    // (kj-ban-to-chuc-tw-hd-2025-38-pdf), the hyphen before the year lost across a line end, where a run of five or six
    // digits after the month's place can only be the month and a year. The slash before the month doubled the same way:
    // "(Kèm theo Công văn số 1849 /BGDĐT-GDPT ngày 10 /⁄4/2026" (kx-bo-gddt-cv-2026-1849-ocr, OCR's fraction slash).
    // "ngày 30 tháng 1 1 năm 2010" (kq-065, OCR of a Prime Minister's decision): the month's two narrow ones split by the
    // scan; no month is written "1 1".
    [GeneratedRegex(@"\G(?:nga?y\x20?)?(?<d>\d{1,2})(?:/(?<m>\d{1,2})(?:/(?<y>\d{3}|\d{5})|//(?<w>(?:19|20)\d{2}))|\x20?//(?<m>\d{1,2})/(?<w>(?:19|20)\d{2})|\x20?-\x20?(?<m>0?[1-9]|1[0-2])(?<w>(?:19|20)\d{2})|\x20thang\x20(?<m>1\x20[0-2])\x20nam\x20(?<w>(?:19|20)\d{2}))(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex DamagedYearAt();

    /// <summary>
    /// Reads a slashed date whose year lost or gained one digit ("08/5/218", "08/6/20210"), or whose separator before a
    /// whole year was doubled or lost ("14/4//2025", "10 //4/2026", "09- 62025"), as a citation's date: the
    /// year is the one year from 1945 to 2099 one digit away from what is written, or, where several are, the one
    /// <paramref name="expectedYear"/> (the year in the cited symbol) names. Null when no single year reads.
    /// </summary>
    public static (DateValue Value, int End)? ParseDamagedYear(string folded, int index, int? expectedYear)
    {
        if (index < 0 || index >= folded.Length) return null;
        var m = DamagedYearAt().Match(folded, index);
        if (!m.Success) return null;
        if (m.Groups["w"].Success)
            return DateValue.Create(int.Parse(m.Groups["w"].ValueSpan), SplitMonth(m.Groups["m"].ValueSpan), int.Parse(m.Groups["d"].ValueSpan)) is { } whole
                ? (whole, m.Index + m.Length) : null;
        var written = m.Groups["y"].Value;
        var years = new HashSet<int>();
        if (written.Length == 3)
        {
            for (var at = 0; at <= 3; at++)
                for (var digit = '0'; digit <= '9'; digit++) years.Add(int.Parse(written.Insert(at, digit.ToString())));
        }
        else
        {
            for (var at = 0; at < 5; at++) years.Add(int.Parse(written.Remove(at, 1)));
        }
        years.RemoveWhere(y => y is < 1945 or > 2099);
        int year;
        if (expectedYear is { } expected && years.Contains(expected)) year = expected;
        else if (years.Count == 1 && expectedYear is null) year = years.First();
        else return null;
        var value = DateValue.Create(year, int.Parse(m.Groups["m"].ValueSpan), int.Parse(m.Groups["d"].ValueSpan));
        return value is null ? null : (value.Value, m.Index + m.Length);
    }

    // "1 1": the month's digits with the space the scan put between them.
    private static int SplitMonth(ReadOnlySpan<char> month) =>
        month.Length == 3 ? (month[0] - '0') * 10 + (month[2] - '0') : int.Parse(month);

    /// <summary>
    /// Reads a date starting exactly at <paramref name="index"/> of <paramref name="folded"/> (an optional leading
    /// "ngày" included). Returns null when none is there or a part is out of range. Without
    /// <paramref name="allowMissingYear"/>, a date with no year is refused.
    /// </summary>
    public static (DateValue Value, int End)? ParseAt(string folded, int index, bool allowMissingYear = false)
    {
        if (index < 0 || index >= folded.Length) return null;
        if (PlainDateReader.Read(folded, index) is { } plain)
            return DateValue.Create(plain.Year, plain.Month, plain.Day) is { } read ? (read, plain.End) : null;
        var m = DateAt().Match(folded, index);
        if (!m.Success) return null;
        var y = m.Groups[YearGroup].Success ? int.Parse(m.Groups[YearGroup].ValueSpan) : (int?)null;
        if (y is null && !allowMissingYear) return null;
        var mo = int.Parse(m.Groups[MonthGroup].ValueSpan);
        int? d = m.Groups[DayGroup].Success ? int.Parse(m.Groups[DayGroup].ValueSpan) : null;
        var value = DateValue.Create(y, mo, d);
        return value is null ? null : (value.Value, m.Index + m.Length);
    }
}
