using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Dates a citation whose date opens its sentence: "Ngày 06/01/2023, UBND phường Long Anh đã có Quyết định số
/// 04/QĐ-UBND ...", "Ngày 16/7/1987, Ban Thường vụ Tỉnh ủy ... ban hành Nghị quyết số 621/NQ-NS-TU". Only the first
/// numbered citation after the date, only across a clause that says the document was issued, and never across
/// another date, citation or clause end. Pure and thread-safe.
/// </summary>
internal static partial class DatesWrittenBefore
{
    private const int MaxGap = 160;

    [GeneratedRegex(@"(?:^|[\x20(])ngay\x20?(?=\d)", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DateWord();

    // The verb stands right before the citation: "... đã ban hành Công văn số", "... đã có Quyết định số".
    [GeneratedRegex(@"\x20(?:ban hanh|co|ky|gui|phat hanh|trinh)\x20?$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedVerb();

    public static void Attach(Text.TextView view, List<CitationDraft> drafts)
    {
        var f = view.Folded;
        var previousEnd = 0;
        foreach (var d in drafts)
        {
            var from = Math.Max(previousEnd, d.Start - MaxGap);
            previousEnd = Math.Max(previousEnd, d.End);
            if (d.Date is not null || !d.IsNumbered || d.Start <= from) continue;
            var m = DateWord().Match(f, from, d.Start - from);
            if (!m.Success || DateParser.ParseAt(f, m.Index + m.Length) is not { } date) continue;
            var between = f.AsSpan(date.End, Math.Max(0, d.Start - date.End));
            if (between.IndexOfAny(";.:") >= 0 || between.Contains("ngay", StringComparison.Ordinal)) continue;
            if (!IssuedVerb().IsMatch(between)) continue;
            d.Date = date.Value;
        }
    }
}
