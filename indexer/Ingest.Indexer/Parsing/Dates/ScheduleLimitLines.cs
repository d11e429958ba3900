using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Reads the deadlines of a plan's week-by-week schedule, where the day opens the line and the word "Hạn" says the
/// line is a limit: "25/11: Hạn đăng ký nhóm (mỗi khối ≥01 nhóm)" (kd-thpt-phuoc-buu-kh-2025-230-pdf; the corpus
/// README's `kd` decisions). The schedule's other days ("28/11: Workshop ý tưởng") are days of the calendar, not said
/// to be limits, and are not read. Pure and thread-safe.
/// </summary>
internal static class ScheduleLimitLines
{
    // The folded text keeps one space for a line break: ": han " then a word ("hạn đăng ký", "hạn nộp").
    private const string LimitAfterDay = ": han ";

    /// <summary>Each "day: Hạn …" line of <paramref name="view"/>: where the day starts, the date, and where the limit's words start and end.</summary>
    public static IEnumerable<(int Start, DateValue Date, int LimitStart, int End)> Find(TextView view)
    {
        var folded = view.Folded;
        for (var colon = folded.IndexOf(LimitAfterDay, StringComparison.Ordinal); colon >= 0;
             colon = folded.IndexOf(LimitAfterDay, colon + 1, StringComparison.Ordinal))
        {
            var start = colon;
            while (start > 0 && (char.IsAsciiDigit(folded[start - 1]) || folded[start - 1] == '/')) start--;
            if (start == colon || !OpensLine(view, start)) continue;
            if (DateParser.ParseAt(folded, start, allowMissingYear: true) is not { } date || date.End != colon) continue;
            yield return (start, date.Value, colon + 2, LimitEnd(folded, colon + 2));
        }
    }

    // The day opens its line, as a schedule's days do, alone or after the line's list mark ("\uF0B7 25/11: Hạn", a PDF's
    // private-use bullet; "- 25/11: Hạn"); not "Quyết định 25/11: Hạn" inside a sentence.
    private static bool OpensLine(TextView view, int start)
    {
        if (view.IsLineStart(start)) return true;
        var mark = start - 2;
        return mark >= 0 && view.Folded[start - 1] == ' ' && !char.IsLetterOrDigit(view.Folded[mark]) && view.IsLineStart(mark);
    }

    // The limit's words run to the clause's end: "Hạn đăng ký nhóm (mỗi khối ≥01 nhóm); hướng dẫn …".
    private static int LimitEnd(string folded, int from)
    {
        var end = folded.AsSpan(from).IndexOfAny(";.(");
        return end < 0 ? folded.Length : from + end;
    }
}
