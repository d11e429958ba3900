using UglyToad.PdfPig.Content;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Keeps on one line the words its writer typed on one line across a blank of spaces. Signing software leaves a
/// blank where it stamps the number and the day ("Số:              /QĐ-UBND", "ngày        tháng        năm 2025"), and
/// Word draws it as a run of space glyphs. With each glyph in its true box (<see cref="FontWideBoxes"/>) that blank
/// is wider than Docstrum's distance between words of a line, and the Thanh Hóa decision (qd486.pdf) read "Số:" and
/// "/QĐ-UBND" as two blocks and lost its number; the font's oversized boxes had bridged it by accident. The words on
/// either side of a run of two or more drawn spaces of such a font, on one baseline, and whatever lies between them
/// on it (the stamp itself, moved there by <see cref="StampedTextPlacement"/>), become one word for the layout
/// analysis; where each of them started is kept, so the text still reads them apart.
/// </summary>
public static class BlankBridges
{
    /// <summary>The words, those bridged by a blank joined; <paramref name="starts"/> gets the first letter of each joined one.</summary>
    /// <param name="letters">The page's letters in drawing order, spaces included, with their true boxes.</param>
    /// <param name="fontWide">Which of them had a font-wide box (by index): only such blanks are bridged.</param>
    public static List<Word> Joined(List<Word> words, IReadOnlyList<Letter> letters, IReadOnlyList<bool> fontWide, HashSet<Letter> starts)
    {
        var bridges = Bridges(letters, fontWide);
        if (bridges.Count == 0) return words;
        var wordOf = new Dictionary<Letter, int>(ReferenceEqualityComparer.Instance);
        for (var w = 0; w < words.Count; w++)
            foreach (var letter in words[w].Letters) wordOf[letter] = w;
        var group = Enumerable.Range(0, words.Count).ToArray();
        int Root(int w) => group[w] == w ? w : group[w] = Root(group[w]);
        foreach (var (before, after) in bridges)
        {
            if (!wordOf.TryGetValue(before, out var left) || !wordOf.TryGetValue(after, out var right)) continue;
            group[Root(right)] = Root(left);
            for (var w = 0; w < words.Count; w++)
                if (Between(words[w], before, after)) group[Root(w)] = Root(left);
        }
        var members = Enumerable.Range(0, words.Count).GroupBy(Root).ToDictionary(g => g.Key, g => g.ToList());
        var joined = new List<Word>(words.Count);
        for (var w = 0; w < words.Count; w++)
        {
            var root = Root(w);
            var own = members[root];
            if (own.Count == 1) { joined.Add(words[w]); continue; }
            if (own[0] != w) continue;
            var parts = own.Select(i => PdfReadingOrder.InDrawingPosition(words[i])).OrderBy(p => p.Letters[0].StartBaseLine.X).ToList();
            foreach (var part in parts) starts.Add(part.Letters[0]);
            joined.Add(new Word(parts.SelectMany(p => p.Letters).ToList()));
        }
        return joined;
    }

    // Pairs of visible letters drawn one after the other with two or more font-wide spaces between them, the second to
    // the right of the first on the same baseline.
    private static List<(Letter Before, Letter After)> Bridges(IReadOnlyList<Letter> letters, IReadOnlyList<bool> fontWide)
    {
        var bridges = new List<(Letter, Letter)>();
        for (var i = 0; i < letters.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(letters[i].Value)) continue;
            var j = i + 1;
            while (j < letters.Count && letters[j].Value.Length > 0 && string.IsNullOrWhiteSpace(letters[j].Value) && fontWide[j]) j++;
            if (j - i - 1 < 2 || j >= letters.Count || string.IsNullOrWhiteSpace(letters[j].Value)) continue;
            var (before, after) = (letters[i], letters[j]);
            var em = Math.Max(before.PointSize, 1);
            if (before.TextOrientation == TextOrientation.Horizontal && after.TextOrientation == TextOrientation.Horizontal
                && Math.Abs(before.StartBaseLine.Y - after.StartBaseLine.Y) <= 0.2 * em
                && after.StartBaseLine.X > before.EndBaseLine.X && Filled(letters, i, j, 0.3 * em))
                bridges.Add((before, after));
        }
        return bridges;
    }

    // The spaces from letter i to letter j follow each other with no jump: a blank typed as spaces. Word draws a header's
    // two columns set apart by a few spaces and a jump ("UỶ BAN NHÂN DÂN   CỘNG HOÀ XÃ HỘI…" in the Đắk Lắk decision
    // 311/QĐ-UBND: three spaces over 44 pt), which must stay apart.
    private static bool Filled(IReadOnlyList<Letter> letters, int i, int j, double tolerance)
    {
        for (var k = i + 1; k <= j; k++)
            if (Math.Abs(letters[k].StartBaseLine.X - letters[k - 1].EndBaseLine.X) > tolerance) return false;
        return true;
    }

    // A horizontal word on the bridge's baseline that lies within its blank.
    private static bool Between(Word word, Letter before, Letter after)
    {
        if (word.TextOrientation != TextOrientation.Horizontal) return false;
        var em = Math.Max(before.PointSize, 1);
        return word.Letters.All(l => Math.Abs(l.StartBaseLine.Y - before.StartBaseLine.Y) <= 0.5 * em
            && l.StartBaseLine.X >= before.EndBaseLine.X - 0.1 * em && l.EndBaseLine.X <= after.StartBaseLine.X + 0.1 * em);
    }
}
