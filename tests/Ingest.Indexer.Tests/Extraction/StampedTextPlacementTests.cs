using Ingest.Indexer.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// A stamp's text is set on the page line whose blank it fills, by the positions of the Đắk Lắk decision 311/QĐ-UBND
/// (tests/fixtures/README.md): "Số:" on a baseline at 736.4 pt, the stamped "311" drawn at 732.5 pt just right of it.
/// A stamp of two lines, or one far from any text, stays where it is drawn.
/// </summary>
public sealed class StampedTextPlacementTests
{
    private static readonly FontDetails Font = new("Times New Roman", false, 400, false);

    private static List<Letter> Word(string text, double x, double baseline, double size = 13)
    {
        var letters = new List<Letter>();
        foreach (var c in text)
        {
            var width = size * 0.5;
            var box = new PdfRectangle(x, baseline, x + width, baseline + size * 0.7);
            letters.Add(new Letter(c.ToString(), box, box, new PdfPoint(x, baseline), new PdfPoint(x + width, baseline), width, size, Font,
                TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, size, 0));
            x += width;
        }
        return letters;
    }

    [Fact]
    public void A_stamp_beside_a_label_moves_onto_its_line()
    {
        var page = Word("Số:", 102.0, 736.4);
        var moved = StampedTextPlacement.OnTheirLine(Word("311", 125.5, 732.5, 14), page);
        Assert.All(moved, l => Assert.Equal(736.4, l.StartBaseLine.Y, 3));
        Assert.Equal("311", string.Concat(moved.Select(l => l.Value)));
    }

    [Fact]
    public void A_stamp_of_two_lines_stays_where_it_is_drawn()
    {
        var page = Word("Số:", 102.0, 736.4);
        var stamp = Word("Ký", 125.5, 738.0).Concat(Word("2025", 125.5, 724.0)).ToList();
        Assert.Same(stamp, StampedTextPlacement.OnTheirLine(stamp, page));
    }

    [Fact]
    public void A_stamp_far_from_any_text_stays_where_it_is_drawn()
    {
        var page = Word("Số:", 102.0, 736.4);
        var stamp = Word("311", 400.0, 600.0);
        Assert.Same(stamp, StampedTextPlacement.OnTheirLine(stamp, page));
    }
}
