using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Gives a letter whose glyph box is not its glyph the box of its advance. For a font that is not embedded (Word's
/// "Times New Roman" in many PDFs of agencies) PdfPig has no outlines and gives every glyph the font's whole bounding
/// box, about two and a half em wide and reaching half an em left of the glyph's origin. Such words overlap their
/// neighbours: the word extractor, whose gap scales with the box, glues words across their spaces, and Docstrum,
/// measuring from a word's box to the next, puts words of one line into two lines. The signature of the HĐND huyện
/// Tuần Giáo's invitation (1676950750_hop-thuong-truc-mo-rong…_signed.pdf) read "CHỦ TỊCH / KT." for
/// "KT. CHỦ TỊCH", and its "- Đại diện / Lãnh đạo UBND huyện" came in two lines. The advance (PdfPig's loose box,
/// from where the glyph starts to where the next one would) is where the glyph stands on the line, as poppler reads
/// it; the glyph box's height is kept, since Docstrum's line spacing is measured from it.
/// </summary>
public static class AdvanceBoxes
{
    /// <summary>The letters, each with a box no wider than its place on the line allows.</summary>
    public static IReadOnlyList<Letter> Repaired(IReadOnlyList<Letter> letters)
    {
        List<Letter>? repaired = null;
        for (var i = 0; i < letters.Count; i++)
        {
            if (!HasFontWideBox(letters[i])) continue;
            repaired ??= [.. letters];
            repaired[i] = WithAdvanceBox(letters[i]);
        }
        return repaired ?? letters;
    }

    /// <summary>
    /// A horizontal letter whose glyph box is far wider than its advance. A real glyph may overhang its advance a
    /// little (an italic f); the font's box overhangs it by two em. A mark drawn with no advance of its own (a
    /// Vietnamese tone as its own glyph) keeps its box: it has no place on the line to take instead.
    /// </summary>
    internal static bool HasFontWideBox(Letter letter)
    {
        if (letter.TextOrientation != TextOrientation.Horizontal) return false;
        var advance = letter.GlyphRectangleLoose.Width;
        var em = Math.Max(letter.PointSize, 1);
        return advance >= 0.1 * em && letter.BoundingBox.Width > 1.5 * advance + 0.1 * em;
    }

    private static Letter WithAdvanceBox(Letter letter)
    {
        var glyph = letter.BoundingBox;
        var loose = letter.GlyphRectangleLoose;
        var box = new PdfRectangle(loose.Left, glyph.Bottom, loose.Right, glyph.Top);
        return new Letter(letter.Value, box, loose, letter.StartBaseLine, letter.EndBaseLine, letter.Width, letter.FontSize,
            letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize, letter.TextSequence);
    }
}
