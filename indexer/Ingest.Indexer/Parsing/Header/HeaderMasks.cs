using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Lookups on a header's masks (the mottos, rules and table debris <see cref="HeaderMaskFinder"/> finds, which are never
/// read as a place or an issuer) and on the words around them, shared by the place-date and the issuer-block readers:
/// a flattened two-column header sets a motto or a cell bar right beside a place's or a body's words. Pure.
/// </summary>
internal static class HeaderMasks
{
    internal static bool InMask(IReadOnlyList<(int Start, int End)> masks, int at) => MaskAt(masks, at) is not null;

    internal static (int Start, int End)? MaskAt(IReadOnlyList<(int Start, int End)> masks, int at)
    {
        // By index: asked for every character of the block, where a foreach would box the list's enumerator each time.
        for (var i = 0; i < masks.Count; i++)
        {
            var m = masks[i];
            if (m.Start > at) break;
            if (at < m.End) return m;
        }
        return null;
    }

    // Only spaces or a mask (a cell bar, a rule) between the start of the line and the word, or a flattened row's gap
    // before it ("100%     UỶ BAN NHÂN DÂN     XÃ THIỆU THỊNH", a portal's page above the block, see HeaderCells).
    internal static bool OpensCell(TextView view, IReadOnlyList<(int Start, int End)> masks, int at)
    {
        var p = at;
        while (p > 0 && !HeaderCells.OpensCell(view, p))
        {
            if (view.Normalized[p - 1] == ' ') { p--; continue; }
            if (MaskAt(masks, p - 1) is { } mask) { p = mask.Start; continue; }
            return false;
        }
        return true;
    }

    // The word that ends at or before pos, spaces skipped: the "Quận" of "Quận 8", the "thứ" of "thứ Hai".
    internal static string PreviousWord(string n, int pos)
    {
        var end = pos;
        while (end > 0 && n[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && n[start - 1] != ' ') start--;
        return n[start..end];
    }
}
