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
        var f = view.Folded;
        var years = YearsBeforeHyphens(f);
        var anniversaries = Collect(view, MatchesAt(AnniversaryAt(), f, AnniversaryStarts(f, years)), "anniversary",
            found, seen, skipped, SpanSet.Empty, static (f, start, end) => AnniversaryBounds(f, start, end));
        // The years inside an anniversary ("03/5/1946 – 03/5/2021") are not a period of their own.
        var covered = new SpanSet(anniversaries);
        Collect(view, MatchesAt(PeriodAt(), f, years), "period", found, seen, skipped, covered,
            static (f, start, end) => (f.Substring(start, 4), f.Substring(end - 4, 4)));
        // "tu nam 2021 den nam 2025": the first year stands after the seven characters of "tu nam ", the second ends the match.
        Collect(view, Spans(PeriodInWords(), f), "period", found, seen, skipped, covered,
            static (f, start, end) => (f.Substring(start + 7, 4), f.Substring(end - 4, 4)));
        Collect(view, Spans(Quarter(), f), "quarter", found, seen, skipped, covered,
            static (f, start, end) => (QuarterHasYear(f, end) ? f.Substring(end - 4, 4) : null, null));
        return found.OrderBy(x => x.Start).Select(x => x.Mention).ToList();
    }

    // The patterns' groups are read from where a match starts and ends, by the fixed shapes the patterns give them, not
    // from a Match: a Match and its groups were a few hundred bytes for each date mention of a text (issue 12, parser
    // speed: DateMentionParser allocated 85 MB of a 10,000-plan ingest).
    private static List<(int Start, int End)> Collect(
        TextView view, List<(int Start, int End)> matches, string kind, List<(int, DateMention)> found, HashSet<(string Kind, string Folded)> seen,
        SpanSet skipped, SpanSet covered, Func<string, int, int, (string?, string?)> bounds)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (start, end) in matches)
        {
            if (skipped.Overlaps(start, end) || covered.Overlaps(start, end)) continue;
            if (kind == "quarter" && !char.IsUpper(view.Normalized[start]) && !QuarterHasYear(view.Folded, end)) continue;
            spans.Add((start, end));
            var (os, oe) = view.ToOriginalSpan(start, end);
            var text = view.Original[os..oe];
            if (!seen.Add((kind, TextFolding.FoldLoose(text)))) continue; // a pair, not a joined string: one string less a mention
            var (from, to) = bounds(view.Folded, start, end);
            if (kind == "period" && string.CompareOrdinal(from, to) >= 0) continue;
            found.Add((start, new DateMention(text, kind, from, to, os, oe)));
        }
        return spans;
    }

    // Quarter's year (?<y>(?:19|20)\d{2}) ends the match where it is written; without it the match ends in the quarter's
    // numeral ("iv", "2"), one character at most a digit, so two digits at the end are the year's.
    private static bool QuarterHasYear(string f, int end) => char.IsDigit(f[end - 1]) && char.IsDigit(f[end - 2]);

    // An anniversary's two dates: its dates hold no hyphen, so the first hyphen of the match stands between them, a
    // space on either side or not.
    private static (string?, string?) AnniversaryBounds(string f, int start, int end)
    {
        var dash = f.IndexOf('-', start);
        var firstEnd = f[dash - 1] == ' ' ? dash - 1 : dash;
        var second = f[dash + 1] == ' ' ? dash + 2 : dash + 1;
        return (Iso(f.AsSpan(start, firstEnd - start)), Iso(f.AsSpan(second, end - second)));
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
    // is tried only there: the leftmost match at or after the previous one's end, as Matches takes them. Enumerated, so
    // no Match is made: only where each stands is read.
    private static List<(int Start, int End)> MatchesAt(Regex anchored, string f, IEnumerable<int> starts)
    {
        var spans = new List<(int Start, int End)>();
        var end = 0;
        foreach (var start in starts)
        {
            if (start < end) continue;
            foreach (var m in anchored.EnumerateMatches(f, start))
            {
                end = m.Index + m.Length;
                spans.Add((m.Index, end));
                break; // \G: the one match that starts here
            }
        }
        return spans;
    }

    // Where each match of an unanchored pattern stands, as pattern.Matches finds them, without making a Match.
    private static List<(int Start, int End)> Spans(Regex pattern, string f)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var m in pattern.EnumerateMatches(f)) spans.Add((m.Index, m.Index + m.Length));
        return spans;
    }

    // "d/m/yyyy", each part digits.
    private static string? Iso(ReadOnlySpan<char> dmy)
    {
        var (first, last) = (dmy.IndexOf('/'), dmy.LastIndexOf('/'));
        return DateValue.Create(int.Parse(dmy[(last + 1)..]), int.Parse(dmy[(first + 1)..last]), int.Parse(dmy[..first]))?.Iso;
    }
}
