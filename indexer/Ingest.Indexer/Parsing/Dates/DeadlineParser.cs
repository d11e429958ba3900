using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Finds deadlines: a trigger ("trước ngày", "chậm nhất", "hạn chót", from phrases.json) followed by a date,
/// with what is due read from the clause before it ("Hồ sơ đề nghị xét sáng kiến gửi về trước ngày
/// 01/11/2021"). A date without a year takes the plan's year (the next one when the day has passed by the plan's
/// date) and says so in a diagnostic. A date before the plan's own is no deadline: what a document sets is due
/// after it is issued, and "trước ngày 01/7/2014" in a law or a decree says which cases a rule covers; unless it
/// is last year's by a slip of the year (<see cref="LastYearBySlip"/>). Pure.
/// </summary>
public sealed class DeadlineParser
{
    private const int MaxDeadlines = 5000;
    private readonly Regex _triggers;

    public DeadlineParser(DomainTables tables)
    {
        var phrases = tables.Phrases.DeadlineTriggers.Select(TextFolding.FoldLoose).OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace("\\ ", "\\x20"));
        _triggers = new Regex($@"(?<![a-z0-9])(?:{string.Join('|', phrases)})\x20(?=\d|ngay\x20\d)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }

    /// <summary>
    /// Every deadline, in order. <paramref name="planYear"/> fills a missing year; <paramref name="issued"/>, the
    /// plan's date when known, is the earliest a deadline can be.
    /// </summary>
    public IReadOnlyList<Deadline> Parse(TextView view, int? planYear, List<Diagnostic> diagnostics, DateValue? issued = null)
    {
        var found = new List<Deadline>();
        var previousEnd = 0;
        var earliest = issued?.Iso;
        try { Collect(view, planYear, earliest, diagnostics, found, ref previousEnd); }
        catch (RegexMatchTimeoutException)
        {
            // The timeout guards against a pathological text; on a loaded machine it can also fire on a plain one.
            // The deadlines found so far are kept and the record says the rest were not read.
            diagnostics.Add(new("deadlines-incomplete", "warning", "reading the deadlines took too long; those after the last found were not read", null));
        }
        return found;
    }

    private void Collect(TextView view, int? planYear, string? earliest, List<Diagnostic> diagnostics, List<Deadline> found, ref int previousEnd)
    {
        foreach (Match m in _triggers.Matches(view.Folded))
        {
            if (found.Count >= MaxDeadlines) break;
            var at = m.Index + m.Length;
            if (DateParser.ParseAt(view.Folded, at, allowMissingYear: true) is not { } date) continue;
            var value = date.Value;
            if (value.Year is null)
            {
                if (planYear is null) continue;
                value = value with { Year = planYear };
                // "trước ngày 15/01" in a plan of 20/12: the coming January.
                if (earliest is not null && string.CompareOrdinal(value.Iso, earliest) < 0) value = value with { Year = planYear + 1 };
                diagnostics.Add(new("deadline-year-assumed", "info", "a deadline without a year takes the plan's year (the next one when the day has passed)", view.ToOriginal(m.Index)));
            }
            if (value.Iso is not { } iso) continue;
            if (earliest is not null && string.CompareOrdinal(iso, earliest) < 0 && !LastYearBySlip(value, earliest)) continue;
            var clause = Math.Max(ClauseStart(view.Normalized, m.Index), previousEnd);
            var what = view.Normalized[clause..m.Index].Trim(' ', ',', '(');
            var (s, e) = view.ToOriginalSpan(clause, date.End);
            found.Add(new Deadline(iso, what, view.Original[s..e], s, e));
            previousEnd = Skip(view.Normalized, date.End);
            if (view.Folded.AsSpan(previousEnd).StartsWith("va ")) previousEnd += 3; // "... trước ngày X và hồ sơ ..."
        }
    }

    // "trước ngày 15/02/2020" in a plan of 18/01/2021: the year the writer carried over from the year before, kept
    // as written (the samples' and the corpus's rule); the same day in the plan's year would still be ahead.
    private static bool LastYearBySlip(DateValue value, string issued) =>
        value.Year == int.Parse(issued[..4]) - 1 && string.CompareOrdinal((value with { Year = value.Year + 1 }).Iso, issued) >= 0;

    // The clause that says what is due starts after a sentence end, a semicolon or colon, a list item, or a
    // comma followed by a capital (a new subject: "..., Hồ sơ đề nghị ... gửi về trước ngày ...").
    private static int ClauseStart(string n, int trigger)
    {
        var floor = Math.Max(0, trigger - 400);
        for (var k = trigger - 1; k > floor; k--)
        {
            var c = n[k];
            if (c is ';' or ':' or '!' or '?') return Skip(n, k + 1);
            if (c == '.' && k + 1 < n.Length && n[k + 1] == ' ') return Skip(n, k + 1);
            if (c == ',' && k + 2 < n.Length && n[k + 1] == ' ' && char.IsUpper(n[k + 2])) return Skip(n, k + 1);
            if (c == ' ' && k + 2 < n.Length && n[k + 1] == '-' && n[k + 2] == ' ') return Skip(n, k + 2);
            if (c == ' ' && IsListNumber(n, k + 1)) return Skip(n, k + 1 + NumberLength(n, k + 1));
        }
        return Skip(n, floor);
    }

    private static int Skip(string n, int i)
    {
        while (i < n.Length && n[i] == ' ') i++;
        return i;
    }

    private static bool IsListNumber(string n, int i) => NumberLength(n, i) > 0;

    // "2. " at the start of a list item (digits, a dot, a space, then a capital).
    private static int NumberLength(string n, int i)
    {
        var j = i;
        while (j < n.Length && j - i < 3 && char.IsDigit(n[j])) j++;
        if (j == i || j + 2 >= n.Length || n[j] != '.' || n[j + 1] != ' ' || !char.IsUpper(n[j + 2])) return 0;
        return j + 1 - i;
    }
}
