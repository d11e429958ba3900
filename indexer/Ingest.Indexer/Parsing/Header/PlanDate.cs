using System.Text.RegularExpressions;
using Ingest.Indexer.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The day a plan's province is named as of: provinces merged and were renamed (Huế's plans of 2011 are "Thừa Thiên
/// Huế" plans), so the issuer's province takes the name it had on the plan's date, or, with no date line, on a date the
/// plan's own number, title or text gives. Pure and thread-safe.
/// </summary>
internal static partial class PlanDate
{
    // The plan's date, or the year of its number ("04/2011/NQ-HĐND") when the date line is blank, or the first year
    // its title names ("NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015"): a plan is written for its own period.
    internal static DateOnly? DayOf(HeaderInfo header) =>
        header.IssueDate is { Year: >= 1900 and <= 2200 } d ? new DateOnly(d.Year.Value, d.Month is >= 1 and <= 12 ? d.Month.Value : 1, 1)
        : header.Symbol?.Year is >= 1900 and <= 2200 ? new DateOnly(header.Symbol.Year.Value, 1, 1)
        : header.Title is { } title && TitleYear().Match(title) is { Success: true } y ? new DateOnly(int.Parse(y.Value), 1, 1) : null;

    [GeneratedRegex(@"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();

    // A whole date: "18/3/2020", "13-4-2018", "ngày 31 tháng 12 năm 2019" (folded).
    [GeneratedRegex(@"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?<y>(?:19|20)\d\d)(?!\d)|thang\x20\d{1,2}\x20nam\x20(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WholeDate();

    // A text with no date of its own (a portal's copy without its header) is of the time of the latest day it writes:
    // "… ngày 18/3/2020 …" in a notice of UBND huyện Phú Vang names its province as it was then, Thừa Thiên Huế (corpus
    // README, `ii-` batch). Read only for a province renamed since (the dates of another text change nothing).
    internal static DateOnly? LatestDateIn(TextView view, string province)
    {
        if (ProvinceMerges.Default.NameOn(province, DateOnly.MinValue) == province) return null;
        var latest = 0;
        foreach (Match m in WholeDate().Matches(view.Folded)) latest = Math.Max(latest, int.Parse(m.Groups["y"].ValueSpan));
        return latest > 0 ? new DateOnly(latest, 12, 31) : null;
    }
}
