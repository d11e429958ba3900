using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// A joint document of central bodies: its header stacks the bodies one per line ("TÒA ÁN NHÂN DÂN TỐI CAO / VIỆN KIỂM
/// SÁT NHÂN DÂN TỐI CAO / BỘ TƯ PHÁP", lw-tandtc-vksndtc-btp-ttlt-2016-01-ocr) or side by side ("BỘ TÀI CHÍNH BỘ TÀI
/// NGUYÊN VÀ MÔI TRƯỜNG", jb-btc-btnmt-ttlt-2016-87-issuu-ocr-header), and its number lists their codes in the same order
/// ("01/2016/TTLT-TANDTC-VKSNDTC-BTP"), as Nghị định 30/2020/NĐ-CP writes a joint symbol. The issuer is every body, in
/// that order, joined by " - " (corpus README, the `jb-` joint circular); the lower line alone would file it under one.
/// Pure.
/// </summary>
public static class JointIssuerHeader
{
    /// <summary>
    /// The bodies the number's codes name, joined by " - ", when there are two or more, each a central body of the
    /// issuer-code table and each named in the header's issuer lines in the codes' order; else null.
    /// </summary>
    public static string? Named(HeaderInfo header, DomainTables tables)
    {
        if (header.Symbol?.IssuerCodes is not { Count: >= 2 } codes || header.IssuerLines.Count == 0) return null;
        // The table first: most numbers with two codes are one body's and its unit's ("CT-KTT3"), and need no folding.
        var names = new List<string>(codes.Count);
        foreach (var code in codes)
        {
            if (tables.IssuerByCode(code) is not { Scope: "central", Level: AdministrativeLevel.Central } body || names.Contains(body.Name)) return null;
            names.Add(body.Name);
        }
        var block = TextFolding.FoldLoose(string.Join(' ', header.IssuerLines.Select(l => l.Text)));
        var from = 0;
        foreach (var name in names)
        {
            // The table's spelling: the header's OCR slips ("TỚI CAO", "NGŨYÊN") fold to the same words.
            var folded = TextFolding.FoldLoose(name);
            var at = block.IndexOf(folded, from, StringComparison.Ordinal);
            if (at < 0) return null;
            from = at + folded.Length;
        }
        return string.Join(" - ", names);
    }
}
