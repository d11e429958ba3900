using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Finds deadlines: a trigger ("trước ngày", "chậm nhất", "hạn chót", from phrases.json) followed by a date,
/// with what is due read from the clause before it ("Hồ sơ đề nghị xét sáng kiến gửi về trước ngày
/// 01/11/2021"). A date without a year takes the plan's year and says so in a diagnostic. Pure.
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

    /// <summary>Every deadline, in order. <paramref name="planYear"/> fills a missing year.</summary>
    public IReadOnlyList<Deadline> Parse(TextView view, int? planYear, List<Diagnostic> diagnostics)
    {
        var found = new List<Deadline>();
        var previousEnd = 0;
        try { Collect(view, planYear, diagnostics, found, ref previousEnd); }
        catch (RegexMatchTimeoutException)
        {
            // The timeout guards against a pathological text; on a loaded machine it can also fire on a plain one.
            // The deadlines found so far are kept and the record says the rest were not read.
            diagnostics.Add(new("deadlines-incomplete", "warning", "reading the deadlines took too long; those after the last found were not read", null));
        }
        return found;
    }

    private void Collect(TextView view, int? planYear, List<Diagnostic> diagnostics, List<Deadline> found, ref int previousEnd)
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
                diagnostics.Add(new("deadline-year-assumed", "info", "a deadline without a year takes the plan's year", view.ToOriginal(m.Index)));
            }
            if (value.Iso is not { } iso) continue;
            var clause = Math.Max(ClauseStart(view.Normalized, m.Index), previousEnd);
            var what = view.Normalized[clause..m.Index].Trim(' ', ',', '(');
            var (s, e) = view.ToOriginalSpan(clause, date.End);
            found.Add(new Deadline(iso, what, view.Original[s..e], s, e));
            previousEnd = Skip(view.Normalized, date.End);
            if (view.Folded.AsSpan(previousEnd).StartsWith("va ")) previousEnd += 3; // "... trước ngày X và hồ sơ ..."
        }
    }

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
