using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Gives a glyph of a font that is not embedded the box of its place on the line. Word leaves Times New Roman's
/// WinAnsi half un-embedded; PdfPig has no outlines for it and gives every such glyph the font's whole box, about
/// 2.5 em wide and starting half an em left of the glyph. Words then overlap their neighbours and Docstrum, which
/// measures from one word's end to the next one's start, breaks their line: the HĐND huyện Tuần Giáo's invitation
/// (1676950750_hop-thuong-truc-mo-rong…_signed.pdf) read "CHỦ TỊCH / KT." for "KT. CHỦ TỊCH". The advance (from
/// where the glyph starts to where the next one would) is where poppler puts it; the box's height is kept, since
/// Docstrum measures line spacing from it. PdfPig 0.1.16 does not say whether a letter's font is embedded
/// (<c>Letter.Font</c> has only name, weight and style), so the box itself tells: no real glyph overhangs its advance by
/// two em.
/// </summary>
public static class FontWideBoxes
{
    /// <summary>The letters, in the same order, each font-wide box replaced by the glyph's advance.</summary>
    public static IReadOnlyList<Letter> Repaired(IReadOnlyList<Letter> letters)
    {
        List<Letter>? repaired = null;
        for (var i = 0; i < letters.Count; i++)
        {
            if (!IsFontWide(letters[i])) continue;
            repaired ??= [.. letters];
            repaired[i] = WithAdvanceBox(letters[i]);
        }
        return repaired ?? letters;
    }

    /// <summary>
    /// A horizontal glyph whose box is far wider than its advance: an italic f overhangs a little, the font's box by
    /// two em. A mark drawn with no advance of its own (a Vietnamese tone as its own glyph) has no place to take.
    /// </summary>
    public static bool IsFontWide(Letter letter)
    {
        if (letter.TextOrientation != TextOrientation.Horizontal) return false;
        var advance = letter.GlyphRectangleLoose.Width;
        var em = Math.Max(letter.PointSize, 1);
        return advance >= 0.1 * em && letter.BoundingBox.Width > 1.5 * advance + 0.5 * em;
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
