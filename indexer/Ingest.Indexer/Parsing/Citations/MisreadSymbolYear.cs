namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Repairs the year inside a legal normative symbol that OCR misread, where the text prints the same document right
/// elsewhere: "Nghị định số 61/2016/NĐ-CP ngày 23 tháng 4 năm 2018" beside "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4
/// năm 2018" (lg-ubnd-bac-lieu-qd-2025-tthc-duong-bo-ocr, jh-ubnd-bac-lieu-qd-2025-210-ocr, the scans printing 61/2018).
/// The Law on legal documents numbers such a document with the year it is issued in, so a symbol whose year is not its
/// date's is damaged, either in the symbol or in the date; the same serial and codes printed with that year and that
/// date settle which (tests/corpus/README, "Cited symbols … the OCR misread": readable when the same text prints the
/// symbol right elsewhere). A symbol no other citation confirms stays as written ("28/2018/TT-BTYT ngày 26 tháng 10 năm
/// 2016", iv-byt-qd-130-2023-ocr). Pure.
/// </summary>
internal static class MisreadSymbolYear
{
    public static void Apply(List<CitationDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Symbol is not { Year: { } year } symbol || d.Date is not { IsComplete: true, Year: { } dated } date || year == dated) continue;
            foreach (var other in drafts)
                if (other.Symbol is { } right && right.Year == dated && other.Date == date && SameButYear(symbol, right))
                {
                    d.Symbol = right;
                    break;
                }
        }
    }

    private static bool SameButYear(DocumentSymbol a, DocumentSymbol b) =>
        a.Serial == b.Serial && a.Party == b.Party && a.TypeCode == b.TypeCode && a.IssuerCodes.SequenceEqual(b.IssuerCodes);
}
