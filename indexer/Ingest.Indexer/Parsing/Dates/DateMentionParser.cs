using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Finds dates that are not deadlines: anniversaries ("03/5/1946 – 03/5/2021"), periods ("giai đoạn 2021 -
/// 2025", "từ năm 2021 đến năm 2025") and quarters ("Quý I", "quý II/2021"). Dates inside citations belong to
/// those citations and are skipped; each text is reported once. Pure.
/// </summary>
public static partial class DateMentionParser
{
    private const string AnniversaryPattern =
        @"(?<![\d/])(?<a>\d{1,2}/\d{1,2}/(?:19|20)\d{2})\x20?-\x20?(?<b>\d{1,2}/\d{1,2}/(?:19|20)\d{2})(?![\d/])";

    private const string PeriodPattern = @"(?<![\d/.-])(?<a>(?:19|20)\d{2})\x20?-\x20?(?<b>(?:19|20)\d{2})(?![\d/])";

    // Both patterns anchored where the caller stands: they are tried only where a year stands before a hyphen
    // (YearsBeforeHyphens), not at every digit of a text (issue 12, parser speed).
    [GeneratedRegex(@"\G" + AnniversaryPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnniversaryAt();

    [GeneratedRegex(@"\G" + PeriodPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PeriodAt();

    [GeneratedRegex(@"\btu nam\x20(?<a>(?:19|20)\d{2})\x20den nam\x20(?<b>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodInWords();

    [GeneratedRegex(@"\bquy\x20(?<q>iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\x20?(?:/|nam)\x20?(?<y>(?:19|20)\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    /// <summary>The mentions, in order of position. <paramref name="skip"/>: normalized spans to leave out.</summary>
    public static IReadOnlyList<DateMention> Parse(TextView view, IReadOnlyList<(int Start, int End)> skip)
    {
        var found = new List<(int Start, DateMention Mention)>();
        var seen = new HashSet<(string Kind, string Folded)>();
        var skipped = new SpanSet(skip);
        var years = YearsBeforeHyphens(view.Folded);
        var anniversaries = Collect(view, MatchesAt(AnniversaryAt(), view.Folded, AnniversaryStarts(view.Folded, years)), "anniversary",
            found, seen, skipped, SpanSet.Empty, m => (Iso(m.Groups["a"].Value), Iso(m.Groups["b"].Value)));
        // The years inside an anniversary ("03/5/1946 – 03/5/2021") are not a period of their own.
        var covered = new SpanSet(anniversaries);
        Collect(view, MatchesAt(PeriodAt(), view.Folded, years), "period", found, seen, skipped, covered,
            m => (m.Groups["a"].Value, m.Groups["b"].Value));
        Collect(view, PeriodInWords().Matches(view.Folded), "period", found, seen, skipped, covered, m => (m.Groups["a"].Value, m.Groups["b"].Value));
        Collect(view, Quarter().Matches(view.Folded), "quarter", found, seen, skipped, covered,
            m => (m.Groups["y"].Success ? m.Groups["y"].Value : null, null));
        return found.OrderBy(x => x.Start).Select(x => x.Mention).ToList();
    }

    private static List<(int Start, int End)> Collect(
        TextView view, IEnumerable<Match> matches, string kind, List<(int, DateMention)> found, HashSet<(string Kind, string Folded)> seen,
        SpanSet skipped, SpanSet covered, Func<Match, (string?, string?)> bounds)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var m in matches)
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (skipped.Overlaps(start, end) || covered.Overlaps(start, end)) continue;
            if (kind == "quarter" && !char.IsUpper(view.Normalized[start]) && !m.Groups["y"].Success) continue;
            spans.Add((start, end));
            var (os, oe) = view.ToOriginalSpan(start, end);
            var text = view.Original[os..oe];
            if (!seen.Add((kind, TextFolding.FoldLoose(text)))) continue; // a pair, not a joined string: one string less a mention
            var (from, to) = bounds(m);
            if (kind == "period" && string.CompareOrdinal(from, to) >= 0) continue;
            found.Add((start, new DateMention(text, kind, from, to, os, oe)));
        }
        return spans;
    }

    // Where each year that a hyphen follows ("2021-", "1946 –": dashes are '-' in the view) starts, in order. Every
    // match of both patterns holds one, the first date's or period's year, so they are tried only there.
    private static List<int> YearsBeforeHyphens(string f)
    {
        var years = new List<int>();
        for (var h = f.IndexOf('-'); h >= 0; h = f.IndexOf('-', h + 1))
        {
            var start = (h > 0 && f[h - 1] == ' ' ? h - 1 : h) - 4;
            if (start >= 0 && IsYear(f, start)) years.Add(start);
        }
        return years;
    }

    // (?:19|20)\d{2}: the pattern's \d is any Unicode digit.
    private static bool IsYear(string f, int i) =>
        (f[i] == '1' && f[i + 1] == '9' || f[i] == '2' && f[i + 1] == '0') && char.IsDigit(f[i + 2]) && char.IsDigit(f[i + 3]);

    // An anniversary's first date ends in its year after "d/m/": it starts four to six characters before the year.
    private static IEnumerable<int> AnniversaryStarts(string f, List<int> years)
    {
        foreach (var year in years)
        {
            if (year == 0 || f[year - 1] != '/') continue;
            for (var start = Math.Max(0, year - 6); start <= year - 4; start++) yield return start;
        }
    }

    // What pattern.Matches would find, where each match starts at one of the ascending starts and the anchored pattern
    // is tried only there: the leftmost match at or after the previous one's end, as Matches takes them.
    private static IEnumerable<Match> MatchesAt(Regex anchored, string f, IEnumerable<int> starts)
    {
        var end = 0;
        foreach (var start in starts)
        {
            if (start < end) continue;
            var m = anchored.Match(f, start);
            if (!m.Success) continue;
            end = m.Index + m.Length;
            yield return m;
        }
    }

    private static string? Iso(string dmy)
    {
        var p = dmy.Split('/');
        return DateValue.Create(int.Parse(p[2]), int.Parse(p[1]), int.Parse(p[0]))?.Iso;
    }
}
