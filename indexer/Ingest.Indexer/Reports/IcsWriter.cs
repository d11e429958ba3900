using System.Text;
using Ingest.Indexer.Graph;

namespace Ingest.Indexer.Reports;

/// <summary>
/// Deadlines as an iCalendar file (RFC 5545) that Outlook and Google Calendar import: one all-day event per
/// deadline, text escaped, lines folded at 75 octets, CRLF line ends. Pure; the stamp time is given.
/// </summary>
public static class IcsWriter
{
    public static string Write(IEnumerable<DeadlineHit> deadlines, DateTimeOffset stamp)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(Fold(text)).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Ingest//Plans deadlines//VI");
        Line("CALSCALE:GREGORIAN");
        foreach (var d in deadlines)
        {
            var date = d.Date.Replace("-", "");
            Line("BEGIN:VEVENT");
            Line($"UID:{Uid(d)}@ingest");
            Line($"DTSTAMP:{stamp.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");
            Line($"DTSTART;VALUE=DATE:{date}");
            Line("SUMMARY:" + Escape(d.What.Length > 0 ? d.What : "Hạn chót"));
            Line("DESCRIPTION:" + Escape($"{d.Text}\n{d.Number ?? ""} {d.Title ?? ""} — {d.Issuer ?? ""} (trang {d.Page})".Trim()));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    private static string Uid(DeadlineHit d) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{d.PlanId}|{d.Date}|{d.Text}")))[..32];

    private static string Escape(string s) =>
        s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");

    // Lines longer than 75 octets continue on the next line after a space, without splitting a UTF-8 sequence.
    private static string Fold(string line)
    {
        var sb = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75) { sb.Append("\r\n "); octets = 1; }
            sb.Append(rune.ToString());
            octets += size;
        }
        return sb.ToString();
    }
}
