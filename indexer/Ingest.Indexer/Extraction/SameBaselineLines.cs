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
/// other along it (by where each glyph is drawn, not by its box), are one line.
/// </summary>
public static class SameBaselineLines
{
    /// <summary>The block, its lines on one baseline joined in left-to-right order; the block itself when none are.</summary>
    /// <param name="drawn">Each letter's place in the page's drawing order.</param>
    public static TextBlock Joined(TextBlock block, IReadOnlyDictionary<Letter, int> drawn)
    {
        var lines = block.TextLines;
        if (lines.Count < 2) return block;
        var groups = new List<List<TextLine>>();
        foreach (var line in lines)
        {
            var same = groups.FirstOrDefault(g => g.All(other => Beside(other, line, drawn)));
            if (same is null) groups.Add([line]);
            else same.Add(line);
        }
        if (groups.Count == lines.Count) return block;
        return new TextBlock(groups.Select(g => g.Count == 1 ? g[0] : new TextLine(g.OrderBy(Left).SelectMany(l => l.Words).ToList())).ToList());
    }

    // On the same baseline (within a quarter of the smaller size), not overlapping where their glyphs are drawn, no
    // more than two ems apart, and drawn one right after the other: a word split off its line. Cells of a table row are
    // drawn cell by cell, so a cell's line is not followed by the next cell's: joining lines merely close had glued the
    // Thanh Hóa decision's table cells ("… quốc lộ, đường Luật Đường bộ …", qd486.pdf) and lost two of its laws.
    private static bool Beside(TextLine a, TextLine b, IReadOnlyDictionary<Letter, int> drawn)
    {
        if (!Horizontal(a) || !Horizontal(b)) return false;
        var em = Math.Max(Math.Min(Size(a), Size(b)), 1);
        if (Math.Abs(Baseline(a) - Baseline(b)) > 0.25 * em) return false;
        var (first, second) = Left(a) <= Left(b) ? (a, b) : (b, a);
        var gap = Left(second) - Right(first);
        return gap >= -0.1 * em && gap <= 2 * em && DrawnNext(first, second, drawn);
    }

    private static bool DrawnNext(TextLine first, TextLine second, IReadOnlyDictionary<Letter, int> drawn)
    {
        var last = first.Words.SelectMany(w => w.Letters).Max(l => drawn.GetValueOrDefault(l, -2));
        var next = second.Words.SelectMany(w => w.Letters).Min(l => drawn.GetValueOrDefault(l, -2));
        return last >= 0 && next == last + 1;
    }

    private static bool Horizontal(TextLine line) => line.Words.All(w => w.TextOrientation == TextOrientation.Horizontal);

    private static double Baseline(TextLine line) => line.Words[0].Letters[0].StartBaseLine.Y;

    private static double Size(TextLine line) => line.Words.SelectMany(w => w.Letters).Max(l => l.PointSize);

    private static double Left(TextLine line) => line.Words.SelectMany(w => w.Letters).Min(l => l.StartBaseLine.X);

    private static double Right(TextLine line) => line.Words.SelectMany(w => w.Letters).Max(l => l.EndBaseLine.X);
}
