namespace Ingest.Indexer.Text;

/// <summary>
/// Undoes line breaks doubled throughout a text, one character for one. A web page whose every line is its own
/// paragraph, a Word file whose paragraphs carry spacing after them and many HTML-to-text copies give a blank line
/// after every line ("ỦY BAN NHÂN DÂN\n\nXÃ GIA PHỐ\n\n Số: 111 /CV - UBND\n\nV/v thực hiện …",
/// hy-ubnd-xa-gia-pho-cv-2018-111): the header, title and signature readers take a blank line for the end of a block,
/// so a title broken over two lines, or a signer's title and name, fell apart (the corpus saved so: title 0.958 →
/// 0.904, signer 0.971 → 0.942, docs/ACCURACY.md "Spacing and line ends"). Where nearly every pair of neighbouring
/// lines stands one blank line apart, that blank line says nothing after a short line that closes no clause (a
/// header's, a title's, a signature's), and a longer run of r line breaks is read as ⌈r/2⌉. The breaks dropped become
/// spaces, so every offset still points into the text as given. Written by hand: it is a line-layout judgement no
/// served library makes. Pure and thread-safe; the same instance back when the text's breaks are not doubled.
/// </summary>
public static class DoubledLineBreaks
{
    // Below this many neighbouring pairs a text is too short to tell a doubled layout from a few paragraphs.
    private const int MinPairs = 8;

    /// <summary><paramref name="text"/> (its breaks "\n" already, <see cref="PlainSpacing"/>) with doubled breaks undone.</summary>
    public static string Undo(string text)
    {
        if (!Doubled(text)) return text;
        return string.Create(text.Length, text, static (chars, source) =>
        {
            source.AsSpan().CopyTo(chars);
            var i = 0;
            var lineStart = 0;
            while (i < chars.Length)
            {
                if (chars[i] != '\n') { i++; continue; }
                var line = source.AsSpan(lineStart, i - lineStart).Trim(" \t");
                // A run of breaks with only spaces between them.
                var (j, breaks, lastBreak) = (i, 0, i);
                for (; j < chars.Length && chars[j] is '\n' or ' ' or '\t'; j++)
                    if (chars[j] == '\n') (breaks, lastBreak) = (breaks + 1, j);
                // One blank line after a header's, a title's or a signature's short line is the doubling; after a
                // paragraph's long line or a closed clause it may be the text's own paragraph break (a portal's
                // headline "Công văn số 175-CV/TU … của Thành ủy TPHCM về việc …" stands apart from the body it names,
                // kb-thanh-uy-tp-hcm-cv-2007-175-headerless). Longer runs keep one blank line.
                var drop = breaks == 2 ? (ContinuesBlock(line) ? 1 : 0) : breaks / 2;
                // The last breaks are kept, so the spaces put for the others end the line before, not indent the next.
                for (var k = i; drop > 0; k++)
                    if (chars[k] == '\n') (chars[k], drop) = (' ', drop - 1);
                i = j;
                lineStart = lastBreak + 1;
            }
        });
    }

    // A block's line: short, and not closing a sentence, a list item or an introduction.
    private const int MaxBlockLineChars = 80;

    private static bool ContinuesBlock(ReadOnlySpan<char> line) =>
        line.Length > 0 && line.Length <= MaxBlockLineChars && line[^1] is not ('.' or ';' or ':');

    // True when at most a tenth of the pairs of neighbouring non-blank lines touch, and at least half stand exactly one
    // blank line apart. Read a line at a time with vectorised searches: every text a parse is given is looked at here
    // (issue 12, parser speed: a loop over each character was about a hundredth of a parse).
    private static bool Doubled(string text)
    {
        int touching = 0, oneApart = 0, pairs = 0, blanks = 0;
        var seenLine = false;
        for (var rest = text.AsSpan(); ;)
        {
            var end = rest.IndexOf('\n');
            var lineHasText = (end < 0 ? rest : rest[..end]).IndexOfAnyExcept(' ', '\t') >= 0;
            if (end < 0)
            {
                if (lineHasText && seenLine) CountPair();
                break;
            }
            if (lineHasText)
            {
                if (seenLine) CountPair();
                seenLine = true;
                blanks = 0;
            }
            else if (seenLine) blanks++;
            rest = rest[(end + 1)..];
        }

        // A pair of neighbouring lines with text, `blanks` blank lines apart.
        void CountPair()
        {
            pairs++;
            if (blanks == 0) touching++;
            else if (blanks == 1) oneApart++;
        }
        return pairs >= MinPairs && touching * 10 <= pairs && oneApart * 2 >= pairs;
    }
}
