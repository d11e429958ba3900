using UglyToad.PdfPig.Content;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Puts the text a stamp draws onto the line of the page it fills. Signing software writes a document's number and
/// day into a blank of the header ("Số:      /QĐ-UBND", "ngày     tháng 02") with its own baseline, a few points
/// off the line's (the Đắk Lắk decision 311/QĐ-UBND: "311" 4 pt below "Số:", "18" 2 pt below "ngày"); the layout
/// analysis then puts the stamp on a line of its own and the header reads "Số:" with no number. A stamp whose
/// baseline lies within half its height of a page line that ends or starts next to it is moved onto that line.
/// </summary>
public static class StampedTextPlacement
{
    /// <summary>The stamp's letters, moved vertically onto the page line beside them when there is one.</summary>
    public static IReadOnlyList<Letter> OnTheirLine(IReadOnlyList<Letter> stamp, IReadOnlyList<Letter> page)
    {
        var visible = stamp.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (visible.Count == 0) return stamp;
        // The size as drawn on the page (the font size is in text units, before the stamp's matrix scales it).
        var height = visible.Max(l => l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height);
        var baseline = visible[0].StartBaseLine.Y;
        // A stamp of several lines ("Ký bởi: …" over "Ngày ký: …") fills no blank of one line: it stays where it is drawn.
        if (visible.Any(l => Math.Abs(l.StartBaseLine.Y - baseline) > height / 2)) return stamp;
        var left = visible.Min(l => l.StartBaseLine.X);
        var right = visible.Max(l => l.EndBaseLine.X);
        // The nearest page letter on about the same baseline, within three ems to the left or right of the stamp.
        Letter? beside = null;
        var nearest = double.MaxValue;
        foreach (var letter in page)
        {
            if (string.IsNullOrWhiteSpace(letter.Value) || Math.Abs(letter.StartBaseLine.Y - baseline) > height / 2) continue;
            var gap = letter.EndBaseLine.X <= left ? left - letter.EndBaseLine.X
                : letter.StartBaseLine.X >= right ? letter.StartBaseLine.X - right : 0;
            if (gap > 3 * height || gap >= nearest) continue;
            (beside, nearest) = (letter, gap);
        }
        if (beside is null) return stamp;
        var dy = beside.StartBaseLine.Y - baseline;
        return Math.Abs(dy) < 0.01 ? stamp : stamp.Select(l => Moved(l, dy)).ToList();
    }

    private static Letter Moved(Letter l, double dy) =>
        new(l.Value, l.BoundingBox.Translate(0, dy), l.GlyphRectangleLoose.Translate(0, dy), l.StartBaseLine.Translate(0, dy),
            l.EndBaseLine.Translate(0, dy), l.Width, l.FontSize, l.FontDetails, l.RenderingMode, l.StrokeColor, l.FillColor, l.PointSize,
            l.TextSequence);
}
