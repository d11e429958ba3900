using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// "Số: 23/2025/NQ-HĐND | Phú Thọ, ngày 28 tháng 10 năm 2025 | QUY ĐỊNH MỨC CHI CỤ THỂ …" (ib-hdnd-phu-tho-23-2025-NQ-
/// HĐND-nhansu on one line), "Số: 04/2025/TT-TTCP | Hà Nội, ngày … | HƯỚNG DẪN VIỆC XÂY DỰNG …": a page that lost the type
/// heading ("NGHỊ QUYẾT", "THÔNG TƯ") and then its line breaks leaves a title in capitals opening with a type word that is
/// also a verb (document-types.json, leadsTitles). On lines, the header reader takes that verb back into the title where
/// the number's type code names another type (HeaderParser.VerbLedTitle); run on, the heading read after the place-date
/// is that verb, and the same reading holds: the code gives the type, the verb opens the title. A heading over a title in
/// sentence case ("QUY ĐỊNH Về việc …") is a heading, and so is the verb where the number has no type code or the same one,
/// or is a Party number: the Party's central bodies number their Quy định with "QĐ" ("QUY ĐỊNH VỀ PHÔNG LƯU TRỮ …" under
/// "Số 383-QĐ/TW", iw-bch-tw-383-QD-TW-2025-tvpl-repo), so its code does not name another type there.
/// Pure and thread-safe.
/// </summary>
internal static class RunOnVerbLedTitle
{
    /// <summary>The type the number's code names and the title with its verb before it; null when the reading stays.</summary>
    public static (DocumentTypeRow Type, string Title)? Read(DomainTables tables, TextView view, DocumentTypeRow? type, string title,
        DocumentSymbol? symbol, int limit)
    {
        if (type is not { LeadsTitles: true } || symbol is not { TypeCode: { } code, Party: false } || !HeaderText.IsUpper(title)) return null;
        if (tables.TypeByCode(code, party: false) is not { } coded || coded.Id == type.Id) return null;
        var n = view.Normalized;
        var at = n.IndexOf(title, 0, Math.Min(limit, n.Length), StringComparison.Ordinal);
        if (at <= 0) return null;
        var end = at;
        while (end > 0 && n[end - 1] == ' ') end--;
        foreach (var word in type.Words)
        {
            var start = end - word.Length;
            if (start < 0 || start > 0 && char.IsLetterOrDigit(n[start - 1])) continue;
            var written = n[start..end];
            if (HeaderText.IsUpper(written) && TextFolding.FoldLoose(written) == TextFolding.FoldLoose(word)) return (coded, written + " " + title);
        }
        return null;
    }
}
