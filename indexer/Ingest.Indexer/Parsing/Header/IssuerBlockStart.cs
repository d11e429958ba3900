using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Where a header's issuer block begins: the run of capitals right before the motto or the number, back over the masks
/// and a district's number ("QUẬN 8"), stopping at lower-case words, a number's codes or a page's text above. Real pages
/// set a portal's menu, a title closed by a full stop or a whole page's words on the same line before the block. Pure.
/// </summary>
internal static class IssuerBlockStart
{
    /// <summary>
    /// Where the issuer block begins: the run of upper-case words right before the first fixed part of the
    /// header (the motto, or the number, place-date or heading that ends the block). Nghị định 30/2020/NĐ-CP
    /// puts the issuing body beside the motto, above the number; a mirror's or portal's text above that run
    /// ("SỰ KIỆN NỔI BẬT", a metadata table) is page chrome, not the header. 0 when no such run precedes it.
    /// </summary>
    public static int Find(TextView view, int end, IReadOnlyList<(int Start, int End)> masks)
    {
        var anchor = Math.Min(end, HeaderMaskFinder.MottoStart(view, end) ?? end);
        var n = view.Normalized;
        var start = 0;
        var p = anchor;
        while (p > 0)
        {
            while (p > 0 && n[p - 1] == ' ') p--;
            if (p == 0) break;
            if (HeaderMasks.MaskAt(masks, p - 1) is { } mask) { p = mask.Start; continue; }
            var ws = p;
            while (ws > 0 && n[ws - 1] != ' ' && HeaderMasks.MaskAt(masks, ws - 1) is null) ws--;
            // "Số      /NQ-HĐND" (an unsigned draft's blank serial, dc-hdnd-xa-quyet-thang): codes after a slash, joined by a
            // dash, are a number's, and the block stands before its label.
            if (n[ws] == '/' && n.AsSpan(ws, p - ws).Contains('-')) break;
            var word = n[ws..p].Trim(WordEdges).TrimStart('/'); // "/ỦY BAN": a cell's slash debris
            if (word.Any(char.IsLower) || word.Any(char.IsDigit) && !IsDistrictNumber(n, ws, word) || word.Contains('/')) break;
            if (word.Any(char.IsLetter)) start = ws;
            else if (word.Length > 0 && word is not ("-" or "&" or "–") && !IsCellBorder(word) && !IsDistrictNumber(n, ws, word)) break;
            p = ws;
        }
        // The block opens a line or a cell; a run that begins in mid-line ("Trang 1UỶ BAN …") is not known to be whole.
        if (start > 0 && !view.IsLineStart(start) && !HeaderMasks.OpensCell(view, masks, start) && !AfterClosedText(view.Normalized, start)
            && !(RunOnText.Holds(view, start) && anchor - start >= MinRunOnBlock)) return 0;
        return start;
    }

    // "ỦY BAN MTTQ VIỆT NAM _ CỘNG HÒA XÃ HỌI …" (kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr), "ỦY BAN NHÂN DÂN _CỘNG HÒA
    // XÃ HỘI …" (lk-ubnd-quang-ngai-bc-2024-280-ocr): OCR reads the border between the issuer's cell and the motto's as an
    // underscore, which stands inside the row, not before it; the block goes on to its left. Read as the block's end, it
    // left the block to the e-signature stamp above it ("để à Ủy ban Mặt trận …", "TRUNG TÂM CÔNG …").
    private static bool IsCellBorder(string word) => word.Length <= 2 && word.All(c => c == '_');

    // "… Thông báo treo cờ rủ và Quốc tang đồng chí Trần Đại Quang ỦY BAN NHÂN DÂN XÃ GIA PHỐ Số: 111 /CV - UBND …" (hy-ubnd-
    // xa-gia-pho-cv-2018-111 with its line breaks lost): in a text that is one line, no line opens the block, and the page's
    // words before it run into it; the run of capitals right before the motto or the number is the block all the same
    // (Nghị định 30/2020/NĐ-CP Phụ lục I), when it is a name's length ("BỘ Y TẾ") and not a stray capital word.
    private const int MinRunOnBlock = 7;

    // Made once: a list written in a Trim call is a new array at each call, for every word of the block (issue 12, parser speed).
    private static readonly char[] WordEdges = [',', ';', ':', '(', ')', '"', '“', '”', '\\'];

    // "Quyết định 05/2025/QĐ-TTg. THỦ TƯỚNG CHÍNH PHỦ …", "1. BỘ Y TẾ CỘNG HÒA …": a page's title or a list number closed
    // by a full stop, then the block on the same line. The stop ends what stood before; a word glued to the block's first
    // ("Trang 1UỶ BAN") or a run going on from a line's words ("… của UBND TỈNH") has none and stays unknown.
    private static bool AfterClosedText(string normalized, int start)
    {
        var p = start;
        while (p > 0 && normalized[p - 1] == ' ') p--;
        return p < start && p >= 2 && normalized[p - 1] == '.' && char.IsLetterOrDigit(normalized[p - 2]);
    }

    // "QUẬN 8": a number after a jurisdiction word belongs to the block.
    private static bool IsDistrictNumber(string n, int at, string word) =>
        word.Length <= 3 && word.All(char.IsDigit) && NumberedWords.Contains(TextFolding.Fold(HeaderMasks.PreviousWord(n, at)));

    // Words a number follows as a name: a district or ward, a school, a hamlet ("ẤP 3", "THÔN 4", "KHU PHỐ 2", "TỔ 5"), a
    // programme a steering committee is named after ("BAN CHỈ ĐẠO … CĐS VÀ ĐỀ ÁN 06", iq-to-giup-viec-cchc-lam-dong).
    internal static readonly HashSet<string> NumberedWords = ["quan", "phuong", "xa", "so", "ap", "thon", "pho", "khu", "khom", "to", "an"];
}
