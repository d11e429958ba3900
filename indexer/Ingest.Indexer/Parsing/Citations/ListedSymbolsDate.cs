using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Dates a list of numbered citations by the one date written after the last ("lần lượt tại các Quyết định số:
/// 99/QĐ-UBND, 103/QĐ-UBND, 105/QĐ-UBND, ngày 26/01/2023", ju-012): numbers joined only by commas, none with a
/// date of its own, share the date that closes the list, as a shared-code list's serials do (jl-027). Only numbers
/// written bare after the first: each with its own type word ("Chỉ thị số 35-CT/TW, Thông tri số 10-TT/TU và Kế hoạch
/// số 168-KH/HU ngày 5-8-2024", ju-044) is a list of documents the date of the last does not date. Pure.
/// </summary>
internal static class ListedSymbolsDate
{
    public static void Apply(TextView view, List<CitationDraft> drafts)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var (d, next) = (drafts[i], drafts[i + 1]);
            if (d.Date is not null || next.Date is not { } date || d.Symbol is null || next.Symbol is null) continue;
            if (JoinedInList(view.Folded, d.End, next.Start) && char.IsAsciiDigit(view.Folded[next.Start])) d.Date = date;
        }
    }

    // Only a comma between the two, nothing that could be a subject, an issuer or a clause. A pair joined by "và"
    // ("công văn số 1654/BTTTT-ƯDCNTT và 1655/BTTTT-ƯDCNTT ngày 27/5/2008", iw-008) may have been issued apart: the
    // date stays the last one's.
    private static bool JoinedInList(string f, int end, int start) =>
        start > end && start - end <= 3 && f.AsSpan(end, start - end).Trim(' ') is ",";
}
