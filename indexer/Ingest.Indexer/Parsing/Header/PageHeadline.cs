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
        var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var folded = TextFolding.FoldLoose(headline);
        foreach (var lead in MatterLeads)
            if (folded.StartsWith(lead, StringComparison.Ordinal)) words -= lead.Count(c => c == ' ');
        return announced.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > words;
    }
}
