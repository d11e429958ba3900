using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Ingest.Indexer.Extraction;

/// <summary>A vertical stroke drawn on the page (a table's column ruling), from <paramref name="Bottom"/> to <paramref name="Top"/> at <paramref name="X"/>.</summary>
public readonly record struct VerticalRuling(double X, double Bottom, double Top);

/// <summary>
/// The vertical rulings a page draws: every straight, upright edge of its stroked or filled paths (a table's cell
/// borders, drawn by Word as lines, thin filled rectangles or stroked rectangles alike). Two pieces of text on one
/// baseline with a ruling between them are two cells of a table row, never one line: qd486.pdf's row had "… của
/// quốc lộ, đường" in one cell and "Luật Đường bộ và Điều 77 Luật Trật tự …" in the next, and joining them cost the
/// two law citations.
/// </summary>
public static class VerticalRulings
{
    // Upright within half a point; at least two points long (a glyph-sized dash or a rule's end cap is not a border).
    private const double Slant = 0.5;
    private const double MinLength = 2;

    /// <summary>The page's vertical rulings; none when its paths cannot be read (a damaged stream costs the check, not the page).</summary>
    public static IReadOnlyList<VerticalRuling> Of(Page page)
    {
        try
        {
            var found = new List<VerticalRuling>();
            foreach (var path in page.Paths)
            {
                if (!path.IsStroked && !path.IsFilled) continue;
                foreach (var subpath in path) AddEdges(subpath, found);
            }
            return found;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException)) { return []; }
    }

    // The upright straight edges of one subpath, its closing edge included (a rectangle drawn with "re" closes itself).
    private static void AddEdges(PdfSubpath subpath, List<VerticalRuling> found)
    {
        PdfPoint? start = null, at = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = at = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, found);
                    start ??= line.From;
                    at = line.To;
                    break;
                case PdfSubpath.Close:
                    if (start is { } s && at is { } a) Add(a, s, found);
                    at = start;
                    break;
                case PdfSubpath.BezierCurve curve:
                    start ??= curve.StartPoint;
                    at = curve.EndPoint;
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<VerticalRuling> found)
    {
        if (Math.Abs(from.X - to.X) > Slant || Math.Abs(from.Y - to.Y) < MinLength) return;
        found.Add(new VerticalRuling((from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
    }
}
