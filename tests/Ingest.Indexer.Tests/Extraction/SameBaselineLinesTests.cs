using Ingest.Indexer.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// Lines Docstrum split on one baseline are joined across about a justified space, never across a table's ruling:
/// positions of qd486.pdf's table row (13 pt; "quốc lộ," ends at 518.2 pt, "đường" runs 521.7–554.4 pt, the cell's
/// ruling stands at 560 pt and the next cell's "Luật" starts at 566.0 pt) and of the Tuần Giáo signature ("KT." 0.25
/// em before "CHỦ").
/// </summary>
public sealed class SameBaselineLinesTests
{
    private static readonly FontDetails Font = new("Times New Roman", false, 400, false);
    private const double Size = 13;

    // One line of words, each letter half an em wide, words from the given left edges.
    private static TextLine Line(double baseline, params (string Text, double X)[] words) =>
        new(words.Select(w => new Word(Letters(w.Text, w.X, baseline))).ToList());

    private static List<Letter> Letters(string text, double x, double baseline)
    {
        var letters = new List<Letter>();
        foreach (var c in text)
        {
            var width = Size * 0.5;
            var box = new PdfRectangle(x, baseline, x + width, baseline + Size * 0.7);
            letters.Add(new Letter(c.ToString(), box, box, new PdfPoint(x, baseline), new PdfPoint(x + width, baseline), width, Size, Font,
                TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, Size, 0));
            x += width;
        }
        return letters;
    }

    private static List<string> Joined(IReadOnlyList<VerticalRuling> rulings, params TextLine[] lines) =>
        SameBaselineLines.Joined(new TextBlock(lines), rulings).TextLines.Select(l => l.Text).ToList();

    [Fact]
    public void A_word_split_off_its_line_by_a_short_gap_is_joined_before_it()
    {
        // "CHỦ" drawn first, "KT." (3 letters: 19.5 pt) ending 0.25 em before it.
        var lines = Joined([], Line(700, ("CHỦ", 300), ("TỊCH", 322)), Line(700, ("KT.", 300 - 19.5 - 0.25 * Size)));
        Assert.Equal(["KT. CHỦ TỊCH"], lines);
    }

    [Fact]
    public void Lines_a_cell_padding_apart_stay_two_lines()
    {
        var lines = Joined([], Line(700, ("đường", 521.7)), Line(700, ("Luật", 521.7 + 32.5 + 0.8 * Size)));
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void A_line_a_ruling_crosses_is_not_grown()
    {
        // Docstrum had already glued "đường" to the next cell's "Luật"; "quốc lộ," is a normal space before it.
        var ruling = new VerticalRuling(560, 600, 720);
        var lines = Joined([ruling], Line(700, ("quốc", 475.2), ("lộ,", 501.5)), Line(700, ("đường", 521.7), ("Luật", 566.0)));
        Assert.Equal(2, lines.Count);
        Assert.Equal(["quốc lộ, đường Luật"], Joined([], Line(700, ("quốc", 475.2), ("lộ,", 501.5)), Line(700, ("đường", 521.7), ("Luật", 566.0))));
    }

    [Fact]
    public void A_ruling_above_or_below_the_line_does_not_keep_it_apart()
    {
        var ruling = new VerticalRuling(300 - 0.1 * Size, 720, 760);
        var lines = Joined([ruling], Line(700, ("CHỦ", 300)), Line(700, ("KT.", 300 - 19.5 - 0.25 * Size)));
        Assert.Equal(["KT. CHỦ"], lines);
    }

    private static List<List<string>> JoinedInside(params TextLine[][] parts) =>
        SameBaselineLines.JoinedInside(parts.Select(p => new TextBlock(p)).ToList(), []).Select(b => b.TextLines.Select(l => l.Text).ToList()).ToList();

    [Fact]
    public void A_line_split_between_two_blocks_of_the_column_split_joins_the_first_and_the_rest_stays_put()
    {
        // Tuần Giáo: the split ended one block with "CHỦ TỊCH" and began the next with "KT.".
        var blocks = JoinedInside(
            [Line(720, ("TM.", 280), ("HỘI", 305)), Line(700, ("CHỦ", 300), ("TỊCH", 322))],
            [Line(700, ("KT.", 300 - 19.5 - 0.25 * Size)), Line(680, ("PHÓ", 290), ("CHỦ", 315))]);
        Assert.Equal([["TM. HỘI", "KT. CHỦ TỊCH"], ["PHÓ CHỦ"]], blocks);
    }

    [Fact]
    public void Blocks_the_split_cut_between_lines_of_their_own_are_kept_as_cut()
    {
        var blocks = JoinedInside([Line(720, ("Toàn", 100))], [Line(700, ("số", 300))], [Line(680, ("ngày", 100))]);
        Assert.Equal([["Toàn"], ["số"], ["ngày"]], blocks);
    }
}
