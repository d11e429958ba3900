using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Joins the lines of a block that lie on one baseline side by side. Word leaves Times New Roman's WinAnsi half
/// un-embedded, and PdfPig, with no outlines for it, gives each such glyph the font's whole box (about 2.5 em wide,
/// starting half an em left of the glyph): a short word overlaps the next one, and Docstrum, measuring from one
/// word's end to the next one's start, makes two lines of one. The HĐND huyện Tuần Giáo's invitation
/// (1676950750_hop-thuong-truc-mo-rong…_signed.pdf) read "CHỦ TỊCH" then "KT." for "KT. CHỦ TỊCH", and
/// "- Đại diện" then "Lãnh đạo UBND huyện;". Giving the glyphs their true boxes instead cost more than it mended
/// (signing software's blanks and justified table cells, which the wide boxes bridge, came apart), so the lines
/// Docstrum made are joined after it: two lines of one block whose glyphs sit on the same baseline, one after the
/// other along it (by where each glyph is drawn, not by its box), are one line. Only across a gap of about one
/// justified space, and never across a table's vertical ruling: Docstrum keeps two cells of a table row in one block,
/// and qd486.pdf's "… của quốc lộ," was joined to a line holding "đường" and the next cell's "Luật Đường bộ …"
/// (two citations lost).
/// </summary>
public static class SameBaselineLines
{
    // The widest gap joined, in ems of the smaller size: a justified space stretches to about half an em, and "KT."
    // stands 0.25 em before "CHỦ TỊCH" (Tuần Giáo), while a table cell's padding is about 0.8 em (qd486).
    private const double MaxGapEm = 0.6;

    /// <summary>
    /// The blocks the column split cut from one Docstrum block, each with its lines on one baseline joined. Where the
    /// cut fell between the two halves of one printed line (the last line of a block and the first of the next beside
    /// each other: the Tuần Giáo signature's "CHỦ TỊCH" ended one block and "KT." began the next), the first block
    /// takes that one line and the rest stays where the cut put it. The cut itself never moves: joining before the
    /// split, after it, or merging the two blocks whole each changed how tai02.pdf's table block was read ("mức thu,
    /// nộp phí kiểm" joined), and its cell "số Toàn bộ văn bản" came between "61/2020/TT-BTC" and "ngày 22/06/2020"
    /// (the citation lost its date).
    /// </summary>
    /// <param name="parts">One Docstrum block as the column split cut it, in order.</param>
    /// <param name="rulings">The page's vertical rulings (<see cref="VerticalRulings"/>): no join crosses one.</param>
    public static IEnumerable<TextBlock> JoinedInside(IReadOnlyList<TextBlock> parts, IReadOnlyList<VerticalRuling> rulings)
    {
        var lines = parts.Select(p => p.TextLines.ToList()).ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i - 1].Count == 0 || lines[i].Count == 0 || !Beside(lines[i - 1][^1], lines[i][0], rulings)) continue;
            lines[i - 1].Add(lines[i][0]);
            lines[i].RemoveAt(0);
        }
        for (var i = 0; i < parts.Count; i++)
        {
            if (lines[i].Count == 0) continue;
            var part = lines[i].Count == parts[i].TextLines.Count && lines[i][0] == parts[i].TextLines[0] ? parts[i] : new TextBlock(lines[i]);
            yield return Joined(part, rulings);
        }
    }

    /// <summary>The block, its lines on one baseline joined in left-to-right order; the block itself when none are.</summary>
    /// <param name="block">A block as Docstrum made it.</param>
    /// <param name="rulings">The page's vertical rulings (<see cref="VerticalRulings"/>): no join crosses one.</param>
    public static TextBlock Joined(TextBlock block, IReadOnlyList<VerticalRuling> rulings)
    {
        var lines = block.TextLines;
        if (lines.Count < 2) return block;
        var groups = new List<List<TextLine>>();
        foreach (var line in lines)
        {
            var same = groups.FirstOrDefault(g => g.All(other => Beside(other, line, rulings)));
            if (same is null) groups.Add([line]);
            else same.Add(line);
        }
        if (groups.Count == lines.Count) return block;
        return new TextBlock(groups.Select(g => g.Count == 1 ? g[0] : new TextLine(g.OrderBy(Left).SelectMany(l => l.Words).ToList())).ToList());
    }

    // On the same baseline (within a quarter of the smaller size), not overlapping where their glyphs are drawn, at
    // most a justified space apart and with no ruling between them: a word split off its line, not a second column
    // or the next cell.
    internal static bool Beside(TextLine a, TextLine b, IReadOnlyList<VerticalRuling> rulings)
    {
        if (!Horizontal(a) || !Horizontal(b)) return false;
        var em = Math.Max(Math.Min(Size(a), Size(b)), 1);
        if (Math.Abs(Baseline(a) - Baseline(b)) > 0.25 * em) return false;
        var (first, second) = Left(a) <= Left(b) ? (a, b) : (b, a);
        var gap = Left(second) - Right(first);
        if (gap < -0.1 * em || gap > MaxGapEm * em) return false;
        return !Crossed(rulings, Left(first), Math.Max(Right(first), Right(second)), Baseline(first), em);
    }

    // A ruling standing anywhere along the joined line, over the height of its letters. Not only in the gap: Docstrum
    // itself had glued qd486's "đường" to the next cell's "Luật Đường bộ …" (a normal space apart), and joining
    // "… của quốc lộ," to that line lost the citation; a line a ruling crosses is already two cells and is not grown.
    private static bool Crossed(IReadOnlyList<VerticalRuling> rulings, double left, double right, double baseline, double em)
    {
        foreach (var ruling in rulings)
            if (ruling.X > left && ruling.X < right && ruling.Bottom <= baseline + 0.5 * em && ruling.Top >= baseline)
                return true;
        return false;
    }

    private static bool Horizontal(TextLine line) => line.Words.All(w => w.TextOrientation == TextOrientation.Horizontal);

    private static double Baseline(TextLine line) => line.Words[0].Letters[0].StartBaseLine.Y;

    private static double Size(TextLine line) => line.Words.SelectMany(w => w.Letters).Max(l => l.PointSize);

    private static double Left(TextLine line) => line.Words.SelectMany(w => w.Letters).Min(l => l.StartBaseLine.X);

    private static double Right(TextLine line) => line.Words.SelectMany(w => w.Letters).Max(l => l.EndBaseLine.X);
}
