using System.Globalization;
using Ingest.Indexer.Model;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Doubts an issue date that falls well before a document the text cites: a text cannot rest on a document issued
/// after it. On scans the hand-filled day or month is where the OCR goes wrong ("ngày 04 tháng 4 năm 2025" over a
/// handwritten 9, in a notice that rests on a plan of 21/8/2025: jh-dh-dien-luc-tb-2025-d20), and the date read is then
/// a clean, confident wrong one. The record keeps the date it read and asks for a check. Pure.
/// </summary>
internal static class CitedAfterIssue
{
    // Documents of the same weeks are cited before their number is known or out of order by a few days (of 806 dated
    // documents of the corpus, five cite a document of 2 to 10 days after their own date), so only a month counts.
    private const int SlackDays = 31;
    // One cited date so far after is as often that citation's own misprint ("Quyết định số 350/QĐ-BLĐTBXH ngày 18 tháng
    // 12 năm 2025" in a decision of 20/02/2025 whose submission is of 19/02): two that agree speak against the header.
    private const int Witnesses = 2;

    /// <summary>The doubt, or null when the date is partial or fewer than two cited dates come later than the slack.</summary>
    public static HeaderDoubt? Find(HeaderInfo header, IReadOnlyList<Citation> citations)
    {
        if (header.IssueDate?.Iso is not { } iso || !DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued)) return null;
        var later = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in citations)
        {
            // A cited date years later is the cited date's own misprint ("Thông tư 30/2024/TT-BGDĐT ngày 30/12/2028",
            // "ngày 08/9/2925"): a day or month misread moves the issue date within its year.
            if (c.Date is not { Length: 10 } d || !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var cited) || cited.Year > issued.Year + 1) continue;
            if (cited.DayNumber - issued.DayNumber > SlackDays && later.Add(c.Key) && later.Count == Witnesses)
                return new("issueDate", "issue-date-before-citation",
                    $"the issue date {iso} is before the date {d} of a document the text cites", c.Start, c.End);
        }
        return null;
    }
}
