using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The state motto cut short by a text layer that interleaved the header's two columns: "THÀNH PHỐ HỒ CHÍ MINH CỘNG HÒA
/// XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM CẦN GIỜ Độc lập – Tự do – Hạnh phúc" (mc-ubnd-huyen-can-gio-kh-2008-25-pdf,
/// tailieu.vn's text of a PDF): the motto's last word "NAM" fell among the issuer's words, before the motto's second line.
/// Both pieces are motto, never the issuer's name. The stray word is known only where it spoils a place: the place the
/// gazetteers know without it and not with it ("Cần Giờ", not "Nam Cần Giờ"); a "NAM" of a place's own ("HUYỆN NAM ĐÀN",
/// "TỈNH QUẢNG NAM") stays. Pure and thread-safe.
/// </summary>
internal static partial class CutMotto
{
    // How far after the cut motto its last word may have landed: one row of the issuer's column.
    private const int Reach = 120;
    private const int MaxPlaceWords = 5;

    [GeneratedRegex("c[o0]ng" + HeaderMaskFinder.Gap + "h[o0i]a" + HeaderMaskFinder.Gap + "xa" + HeaderMaskFinder.Gap + "h[o0]i?" + HeaderMaskFinder.Gap + "chu"
        + HeaderMaskFinder.Gap + "nghia" + HeaderMaskFinder.Gap + "viet(?![a-z])(?!" + HeaderMaskFinder.Gap + "nam(?![a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <summary>The cut motto in the first <paramref name="limit"/> characters and its stray last word where a place shows it; null without one.</summary>
    public static ((int Start, int End) Motto, (int Start, int End)? Stray)? Find(TextView view, int limit, ProvinceGazetteer provinces)
    {
        if (Opening().Match(view.Folded, 0, limit) is not { Success: true } m) return null;
        var end = m.Index + m.Length;
        return ((m.Index, end), Stray(view, end, Math.Min(limit, end + Reach), provinces));
    }

    private static (int Start, int End)? Stray(TextView view, int from, int to, ProvinceGazetteer provinces)
    {
        var words = Words(view, from, to);
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Folded != "nam") continue;
            // The kind word nearest before it, and the upper-case run of the place's words after that kind word.
            for (var j = k - 1; j >= 0 && j >= k - MaxPlaceWords; j--)
            {
                if (KindAt(words, j) is not { } kind) continue;
                var run = words.Skip(j + kind.Length).TakeWhile(w => w.Upper).Take(MaxPlaceWords).ToList();
                if (!run.Contains(words[k])) break;
                var kindText = string.Join(' ', kind);
                var with = string.Join(' ', run.Select(w => w.Text));
                var without = string.Join(' ', run.Where(w => !ReferenceEquals(w, words[k])).Select(w => w.Text));
                if (without.Length > 0 && KnownPlaces.Knows(provinces, kindText, without) && !KnownPlaces.Knows(provinces, kindText, with))
                    return (words[k].Start, words[k].End);
                break;
            }
        }
        return null;
    }

    private static string[]? KindAt(List<Word> words, int at)
    {
        foreach (var kind in KnownPlaces.KindWords)
        {
            if (at + kind.Length > words.Count) continue;
            var all = true;
            for (var i = 0; i < kind.Length && all; i++) all = words[at + i].Folded == kind[i] && words[at + i].Upper;
            if (all) return kind;
        }
        return null;
    }

    private sealed record Word(string Text, string Folded, int Start, int End, bool Upper);

    private static List<Word> Words(TextView view, int from, int to)
    {
        var words = new List<Word>();
        var n = view.Normalized;
        for (var p = from; p < to;)
        {
            while (p < to && char.IsWhiteSpace(n[p])) p++;
            var s = p;
            while (p < to && !char.IsWhiteSpace(n[p])) p++;
            if (p > s) words.Add(new(n[s..p], view.Folded[s..p], s, p, HeaderText.IsUpper(n[s..p])));
        }
        return words;
    }
}
