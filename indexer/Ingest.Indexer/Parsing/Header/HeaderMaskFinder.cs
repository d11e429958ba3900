using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Finds what a header's reader must pass over: the national and Party mottos (whole, split over two rows by the
/// issuer's words, torn by a wrapped cell, or cut before their last word), the rules under the header lines, table bars,
/// escapes and a page's markup. A flattened two-column header sets the motto beside the issuer's words; unmasked, its
/// words were read into the issuer. Pure and thread-safe.
/// </summary>
internal sealed partial class HeaderMaskFinder
{
    // Built once: every header's masks and motto are looked for with these, in this order.
    private static readonly Regex[] MaskPatterns = [FormerStateMotto(), StateMotto2(), PartyMotto(), Debris()];
    private static readonly Regex[] MottoPatterns = [StateMotto(), FormerStateMotto(), PartyMotto()];

    // What a flattened layout leaves between two words of the motto: spaces, table bars, literal "\n" escapes; and
    // what OCR leaves there, a speck read as a stop, a comma or a backquote ("CHỦ NGHĨA. VIỆT NAM" in the product's
    // OCR of a Tây Ninh decision, lw-ubnd-tay-ninh-qd-2025-358-ocr; "CHỦ NGHĨA ` VIỆT NAM", lk-ubnd-quang-ngai-bc-2024-280-ocr).
    // Missed, the motto's words were read into the issuer ("Ủy ban nhân dân Cộng hòa xã hội chủ nghĩa việt nam tỉnh …").
    internal const string Gap = @"(?:[\x20|.,`'’]|\\[nr])*";

    private readonly ProvinceGazetteer _gazetteer;

    /// <summary>A finder naming the place after a cut motto with <paramref name="gazetteer"/>.</summary>
    public HeaderMaskFinder(ProvinceGazetteer gazetteer) => _gazetteer = gazetteer;

    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over any breaks, OCR "XàHỘI" (no space) included, and "CỘNG HỊA" of a
    // broken decoding of capitals (the grave of "Ò" read as the dot of "Ị"; see CapitalLookAlikes), and "XÃ HỘ" with
    // its last letter lost (what follows leaves no doubt).
    [GeneratedRegex("c[o0]ng" + Gap + "h[o0i]a" + Gap + "xa" + Gap + "h[o0]i?" + Gap + "chu" + Gap + "nghia" + Gap + "viet" + Gap + "nam", RegexOptions.CultureInvariant)]
    private static partial Regex StateMotto();

    // "VIỆT NAM DÂN CHỦ CỘNG HÒA": the state's name and motto line before 1976, on the documents of that time
    // that legal mirrors still publish.
    [GeneratedRegex("viet" + Gap + "nam" + Gap + "dan" + Gap + "chu" + Gap + "c[o0]ng" + Gap + "h[o0i]a", RegexOptions.CultureInvariant)]
    private static partial Regex FormerStateMotto();

    // "Độc lập - Tự do - Hạnh phúc", dashes lost or doubled in extraction, and its first letter lost to a scan where the
    // motto stands beside the issuer's line ("THÀNH PHÓ HÀ NỘI ộc lập —- Tự do - Hạnh phúc", lu-vp-ubnd-ha-noi-tb-2026-229-ocr):
    // unmasked, those words closed the issuer block before the office line under it ("V ĂN PHÒNG").
    [GeneratedRegex("(?:doc|(?<![a-z])oc)" + Gap + "lap" + Gap + "-*" + Gap + "tu" + Gap + "do" + Gap + "-*" + Gap + "hanh" + Gap + "phuc", RegexOptions.CultureInvariant)]
    private static partial Regex StateMotto2();

    [GeneratedRegex("dang" + Gap + "cong" + Gap + "san" + Gap + "viet" + Gap + "nam", RegexOptions.CultureInvariant)]
    private static partial Regex PartyMotto();

    // The motto's two halves on two rows of a layout flattened row by row ("ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI" / "TỈNH AN
    // GIANG    CHỦ NGHĨA VIỆT NAM", a PDF's text of a header whose motto cell wraps): the issuer's words stand between them.
    [GeneratedRegex("c[o0]ng" + Gap + "h[o0i]a" + Gap + "xa" + Gap + "h[o0]i?(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex MottoFirstHalf();

    [GeneratedRegex("(?<![a-z])chu" + Gap + "nghia" + Gap + "viet" + Gap + "nam", RegexOptions.CultureInvariant)]
    private static partial Regex MottoSecondHalf();

    // The motto with its first word torn off onto the next row ("ỦY BAN NHÂN DÂN   1 HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" /
    // "CỘNG" / "TỈNH NINH THUẬN", poppler's layout of a cell that wrapped, jw-ubnd-ninh-thuan-qd-2025-184-pdf): its
    // pieces, in whatever order the rows put them, are never the issuer's words.
    [GeneratedRegex("(?<![a-z])h[o0i]a" + Gap + "xa" + Gap + "h[o0]i?" + Gap + "chu" + Gap + "nghia" + Gap + "viet" + Gap + "nam(?:" + Gap + "c[o0]ng(?![a-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex TornMotto();

    // How far apart the halves may stand: one row's issuer words (a body's name and its place).
    private const int SplitMottoGap = 80;

    /// <summary>The two halves of a motto split by the issuer's words, when the text has no whole motto; null otherwise.</summary>
    private static ((int Start, int End) First, (int Start, int End) Second)? SplitMotto(string folded, int limit)
    {
        if (MottoFirstHalf().Match(folded, 0, limit) is not { Success: true } a) return null;
        var from = a.Index + a.Length;
        if (MottoSecondHalf().Match(folded, from, Math.Min(limit, from + SplitMottoGap + 20) - from) is not { Success: true } b) return null;
        var between = folded.AsSpan(from, b.Index - from);
        // Right after the first half is the whole motto (masked as such); the issuer's words must stand between.
        if (between.Trim(" |").Length < 2 || between.Contains("doc lap", StringComparison.Ordinal)) return null;
        return ((a.Index, from), (b.Index, b.Index + b.Length));
    }

    // Rules under the header lines ("-------", "___", "***"), table bars and escapes.
    // Also extraction markers ("[[SOURCE … PAGE 1]]") and the gazette's running head ("CÔNG BÁO/Số 487 + 488/Ngày 31-3-2021"),
    // and a document-sharing page's tags with their attributes ("<span class='text_page_counter'>(1)</span>").
    [GeneratedRegex(@"(?:\\?[-_=~.*…]){3,}|\||\\[nrt]?|</?[a-z]{1,6}(?:\x20[a-z_-]{1,12}=['""][^'""<>]{0,40}['""]){0,3}>|\(\d\)|\[\[[^\]]{0,120}\]\]|cong\x20bao\x20?/[^\x20]*(?:\x20(?:\+|[^\x20]*\d[^\x20]*)){0,6}", RegexOptions.CultureInvariant)]
    private static partial Regex Debris();

    /// <summary>Normalized spans of mottos and debris in the first <paramref name="limit"/> characters, in order.</summary>
    public IReadOnlyList<(int Start, int End)> Find(TextView view, int limit) => Find(view, limit, out _);

    /// <summary>As <see cref="Find(TextView, int)"/>; <paramref name="cutMotto"/>: the state motto cut short before its
    /// last word (see <see cref="CutMotto"/>), or null.</summary>
    public IReadOnlyList<(int Start, int End)> Find(TextView view, int limit, out (int Start, int End)? cutMotto)
    {
        cutMotto = null;
        var head = view.Folded.AsSpan(0, limit); // read in place (RegexSpans)
        var spans = new List<(int, int)>();
        foreach (var m in StateMotto().EnumerateMatches(head)) spans.Add((m.Index, m.Index + m.Length));
        var wholeMotto = spans.Count > 0;
        foreach (var r in MaskPatterns)
            foreach (var m in r.EnumerateMatches(head)) spans.Add((m.Index, m.Index + m.Length));
        // The halves are looked for only with no whole motto and a "chủ nghĩa Việt" in the header (a plain search).
        if (!wholeMotto && head.Contains("nghia viet", StringComparison.Ordinal))
        {
            if (SplitMotto(view.Folded, limit) is { } split) spans.AddRange([split.First, split.Second]);
            else if (RegexSpans.FirstIn(TornMotto(), head) is { } torn) spans.Add((torn.Index, torn.Index + torn.Length));
            else if (CutMotto.Find(view, limit, _gazetteer) is { } cut)
            {
                cutMotto = cut.Motto;
                spans.Add(cut.Motto);
                if (cut.Stray is { } stray) spans.Add(stray);
            }
        }
        spans.Sort();
        return spans;
    }

    /// <summary>Where the national or Party motto first begins in the first <paramref name="limit"/> characters, or null.</summary>
    public static int? MottoStart(TextView view, int limit)
    {
        int? first = null;
        foreach (var motto in MottoPatterns)
            if (motto.Match(view.Folded, 0, limit) is { Success: true } m && (first is null || m.Index < first)) first = m.Index;
        if (first is null && view.Folded.AsSpan(0, limit).Contains("nghia viet", StringComparison.Ordinal) && SplitMotto(view.Folded, limit) is { } split)
            first = split.First.Start;
        return first;
    }
}
