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
    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,2}/\d{1,2}/(?:19|20)\d{2})\x20?-\x20?(?<b>\d{1,2}/\d{1,2}/(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Anniversary();

    // Two patterns, not one alternation: with "tu nam" beside a digit the engine could not look for a literal
    // prefix and tried every "t" of the text (issue 10, parser speed). Their matches never overlap.
    [GeneratedRegex(@"(?<![\d/.-])(?<a>(?:19|20)\d{2})\x20?-\x20?(?<b>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    [GeneratedRegex(@"\btu nam\x20(?<a>(?:19|20)\d{2})\x20den nam\x20(?<b>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodInWords();

    [GeneratedRegex(@"\bquy\x20(?<q>iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\x20?(?:/|nam)\x20?(?<y>(?:19|20)\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    /// <summary>The mentions, in order of position. <paramref name="skip"/>: normalized spans to leave out.</summary>
    public static IReadOnlyList<DateMention> Parse(TextView view, IReadOnlyList<(int Start, int End)> skip)
    {
        var found = new List<(int Start, DateMention Mention)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new SpanSet(skip);
        var anniversaries = Collect(view, Anniversary(), "anniversary", found, seen, skipped, SpanSet.Empty,
            m => (Iso(m.Groups["a"].Value), Iso(m.Groups["b"].Value)));
        // The years inside an anniversary ("03/5/1946 – 03/5/2021") are not a period of their own.
        var covered = new SpanSet(anniversaries);
        Collect(view, Period(), "period", found, seen, skipped, covered, m => (m.Groups["a"].Value, m.Groups["b"].Value));
        Collect(view, PeriodInWords(), "period", found, seen, skipped, covered, m => (m.Groups["a"].Value, m.Groups["b"].Value));
        Collect(view, Quarter(), "quarter", found, seen, skipped, covered, m => (m.Groups["y"].Success ? m.Groups["y"].Value : null, null));
        return found.OrderBy(x => x.Start).Select(x => x.Mention).ToList();
    }

    private static List<(int Start, int End)> Collect(
        TextView view, Regex pattern, string kind, List<(int, DateMention)> found, HashSet<string> seen,
        SpanSet skipped, SpanSet covered, Func<Match, (string?, string?)> bounds)
    {
        var spans = new List<(int Start, int End)>();
        foreach (Match m in pattern.Matches(view.Folded))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (skipped.Overlaps(start, end) || covered.Overlaps(start, end)) continue;
            if (kind == "quarter" && !char.IsUpper(view.Normalized[start]) && !m.Groups["y"].Success) continue;
            spans.Add((start, end));
            var (os, oe) = view.ToOriginalSpan(start, end);
            var text = view.Original[os..oe];
            if (!seen.Add(kind + "|" + TextFolding.FoldLoose(text))) continue;
            var (from, to) = bounds(m);
            if (kind == "period" && string.CompareOrdinal(from, to) >= 0) continue;
            found.Add((start, new DateMention(text, kind, from, to, os, oe)));
        }
        return spans;
    }

    private static string? Iso(string dmy)
    {
        var p = dmy.Split('/');
        return DateValue.Create(int.Parse(p[2]), int.Parse(p[1]), int.Parse(p[0]))?.Iso;
    }
}
