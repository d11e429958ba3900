using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the note under the title of a charter or regulation a congress adopts, which has no number and no place-date
/// line of its own: "ĐIỀU LỆ / ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH / (Đại hội đại biểu toàn quốc lần thứ XI Đoàn TNCS
/// Hồ Chí Minh thông qua ngày 13/12/2017)", "(Đại hội XII Công đoàn Việt Nam thông qua ngày 24/9/2018)". The date is the
/// document's, as a place-date with no place; the words before "thông qua" name the congress that adopted it. Pure and
/// thread-safe.
/// </summary>
internal static partial class AdoptionNoteReader
{
    // "(Đại hội … thông qua ngày": the congress's name, then the adopting verb and the date's "ngày" (folded text).
    [GeneratedRegex(@"\(\x20?(?:do\x20|duoc\x20)?(?<body>dai\x20hoi\x20[^()]{3,120}?)\x20(?:da\x20)?thong\x20qua\x20ngay\x20", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptionNote();

    // "Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XV, phiên họp thứ 42, thông qua ngày" (folded text).
    [GeneratedRegex(@"nghi\x20quyet\x20nay\x20(?:da\x20)?duoc\x20[^.;]{3,240}?\x20thong\x20qua\x20ngay\x20", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingAdoption();

    // How far before its "thông qua ngày" the closing sentence may begin.
    private const int ClosingReach = 300;

    /// <summary>
    /// The adoption date in a resolution's closing sentence ("Nghị quyết này được Ủy ban Thường vụ Quốc hội … thông
    /// qua ngày 06 tháng 02 năm 2025."), the last one in the text; null when there is none. For a resolution of an
    /// elected body printed without its header (jg-ubtvqh-nq-2025-tang-thu-truong-headerless-md) it is the date of issue.
    /// </summary>
    public static PlaceDate? ReadClosing(TextView view)
    {
        var folded = view.Folded;
        var verb = folded.LastIndexOf("thong qua ngay ", StringComparison.Ordinal);
        if (verb < 0) return null;
        var from = Math.Max(0, verb - ClosingReach);
        var m = ClosingAdoption().Match(folded, from, verb + "thong qua ngay ".Length - from);
        if (!m.Success) return null;
        if (DateParser.ParseAt(folded, verb + "thong qua ".Length) is not { Value.IsComplete: true } date) return null;
        var (s, e) = view.ToOriginalSpan(m.Index, date.End);
        return new PlaceDate(null, date.Value, new Evidence("adoption", view.Original[s..e], s, e), m.Index, date.End);
    }

    /// <summary>The adoption date as a place-date with no place, and the congress as written; null when there is none.</summary>
    public static (PlaceDate Date, string Congress)? Read(TextView view, int limit)
    {
        // Most headers have no bracketed congress: a plain search rules them out before the pattern runs.
        var head = view.Folded.AsSpan(0, limit);
        if (head.IndexOf("thong qua ngay", StringComparison.Ordinal) < 0) return null;
        var m = AdoptionNote().Match(view.Folded, 0, limit);
        if (!m.Success) return null;
        var at = m.Index + m.Length - "ngay ".Length;
        if (DateParser.ParseAt(view.Folded, at) is not { Value.IsComplete: true } date) return null;
        var (s, e) = view.ToOriginalSpan(m.Index, date.End);
        var (bs, be) = view.ToOriginalSpan(m.Groups["body"].Index, m.Groups["body"].Index + m.Groups["body"].Length);
        var congress = string.Join(' ', view.Original[bs..be].Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return (new PlaceDate(null, date.Value, new Evidence("adoption", view.Original[s..e], s, e), m.Index, date.End), congress);
    }
}
