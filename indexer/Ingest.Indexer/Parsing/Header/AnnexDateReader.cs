using System.Text.RegularExpressions;
using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the date of a document issued with a decision (a quy chế, quy định or kế hoạch annexed to it): it has
/// no place-date line of its own, and Nghị định 30/2020/NĐ-CP Phụ lục I sets under its title "(Ban hành kèm
/// theo Quyết định số …/QĐ-… ngày … tháng … năm … của …)", whose date it bears. Pure and thread-safe.
/// </summary>
internal static partial class AnnexDateReader
{
    // "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của ...", "(Phê duyệt kèm theo Quyết định số
    // 3648/QĐ-UBND Ngày 07/8/2020 …)" of a plan a decision approves: up to the date's "ngày".
    [GeneratedRegex(@"\(\x20?(?:ban\x20hanh\x20|phe\x20duyet\x20)?kem\x20theo\x20[^()]{0,90}?(?<=\x20)ngay\x20", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexNote();

    /// <summary>The decision's date in the header's annex note, as a place-date with no place; null when there is none.</summary>
    public static PlaceDate? Read(TextView view, int limit)
    {
        if (RegexSpans.FirstIn(AnnexNote(), view.Folded.AsSpan(0, limit)) is not { } m) return null;
        var at = m.Index + m.Length - "ngay ".Length;
        if (DateParser.ParseAt(view.Folded, at) is not { Value.IsComplete: true } date) return null;
        var (s, e) = view.ToOriginalSpan(m.Index, date.End);
        return new PlaceDate(null, date.Value, new Evidence("annex", view.Original[s..e], s, e), m.Index, date.End);
    }
}
