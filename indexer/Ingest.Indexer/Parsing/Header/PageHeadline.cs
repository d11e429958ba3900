using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Tells whether a portal's headline ("Thông báo lịch tiếp công dân định kỳ") stands over the document's own title line,
/// which the page kept under it. Pure.
/// </summary>
internal static class PageHeadline
{
    private const int HeadlineLines = 3;

    /// <summary>
    /// True when the first line after the headline that opens with <paramref name="title"/> repeats it ("Thông báo treo cờ
    /// Tổ quốc chào mừng Đại hội …" twice, ia-xa-son-thuy-thong-bao-treo-co-2025) or is written in capitals ("LỊCH TIẾP
    /// CÔNG DÂN ĐỊNH KỲ", ic-long-xuyen-tb-lich-tiep-cong-dan-portal): the document's own title, not the page's.
    /// </summary>
    public static bool KeepsOwnTitleUnder(IReadOnlyList<PlanLine> lines, string title)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < HeadlineLines; i++)
        {
            var clean = lines[i].Clean;
            if (clean.Length == 0) continue;
            seen++;
            if (!clean.Contains(title, StringComparison.Ordinal)) continue;
            for (var k = i + 1; k < lines.Count; k++)
            {
                var next = lines[k].Clean.Trim();
                if (next.Length == 0) continue;
                return HeaderText.IsUpper(next) || next.StartsWith(clean.Trim().TrimEnd('.'), StringComparison.Ordinal);
            }
            return false;
        }
        return false;
    }

    private static readonly string[] MatterLeads = ["ve viec ", "v/v "];

    /// <summary>
    /// True when <paramref name="announced"/>, the subject the body's sentence announces, says more words than the headline
    /// without its "về việc" lead: "treo cờ Tổ quốc, băng zôn khẩu hiệu" over "về việc quy định treo cờ Tổ quốc"
    /// (ks-ubnd-huyen-tram-tau-tb-2019-treo-co-headerless), not "lịch trực tiếp dân" over "lịch trực tiếp dân của Chủ tịch
    /// UBND phường tháng 10".
    /// </summary>
    public static bool SaysLessThan(string headline, string announced)
    {
        var shown = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = TextFolding.FoldLoose(headline);
        var skipped = 0;
        foreach (var lead in MatterLeads)
            if (folded.StartsWith(lead, StringComparison.Ordinal)) skipped = lead.Count(c => c == ' ');
        var said = announced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return said.Length > shown.Length - skipped && !Restates(Words(shown[skipped..]), Words(said));
    }

    private const int EdgeWords = 3;

    // "Thông báo về việc công bố số đơn vị bầu cử … đại biểu HĐND huyện Hàm Yên khóa XIX, nhiệm kỳ 2016 – 2021" over "…
    // thông báo về việc công bố số đơn vị bầu cử … đại biểu Hội đồng nhân dân huyện Hàm Yên khóa XIX, nhiệm kỳ 2016 – 2021
    // cụ thể như sau:" (jy-uy-ban-bau-cu-huyen-ham-yen-tb-2016-don-vi-bau-cu-headerless): a sentence that opens and closes
    // with the headline's words restates it, an abbreviation written out; it says no more, and the heading stands.
    private static bool Restates(string[] shown, string[] said)
    {
        if (shown.Length < EdgeWords * 2 || said.Length < EdgeWords * 2) return false;
        for (var k = 0; k < EdgeWords; k++)
            if (!SameWord(shown[k], said[k]) || !SameWord(shown[^(k + 1)], said[^(k + 1)])) return false;
        return true;
    }

    // The words with a letter or digit: "2016 – 2021" in the headline is "2016 - 2021" in the normalized sentence.
    private static string[] Words(string[] tokens) => tokens.Where(t => t.Any(char.IsLetterOrDigit)).ToArray();

    private static bool SameWord(string a, string b) => TextFolding.FoldLoose(a) == TextFolding.FoldLoose(b);
}
