using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Puts the text of one PDF page in reading order with PdfPig's layout analysis: words from the letters
/// (nearest-neighbour word extraction, so Vietnamese marks stay on their letters and words are not glued as
/// in <c>Page.Text</c>), lines and blocks by Docstrum, blocks ordered column-wise by the unsupervised reading
/// order detector. A plan's two-column header (agency | motto; number | place and date) and its closing
/// block (Nơi nhận on the left, the signature on the right) thus come back one column after the other, each
/// whole, instead of interleaved line by line. Pure and thread-safe.
/// </summary>
public static class PdfReadingOrder
{
    // Column-wise: a block on the left is read before one on its right when they share a band of the page.
    private static readonly UnsupervisedReadingOrderDetector Order = new(5, UnsupervisedReadingOrderDetector.SpatialReasoningRules.ColumnWise, true);

    // One thread each, so a page always reads the same. In parallel, the word extractor hands back its horizontal
    // and its rotated words (a gazette's margin line "CÔNG BÁO/Số 361 + 362/Ngày 28-02-2025") in whichever order its
    // threads finish, and Docstrum sums its spacings in any order: the same file then read its page number glued to
    // the last line ("…13/2024/TT-BLĐTBXH68") one run in three (hr-quyet-dinh-so-169-qd-bldtbxh-44203.pdf).
    private static readonly NearestNeighbourWordExtractor Words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
    private static readonly DocstrumBoundingBoxes Docstrum = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>The page's visible text, blocks separated by a line break, words in a line by a space.</summary>
    /// <param name="letters">The page's letters (<c>Page.Letters</c>).</param>
    /// <param name="includeInvisible">Also read text drawn invisibly (the hidden layer OCR software puts over a scan).</param>
    /// <param name="rulings">The page's vertical rulings (<see cref="VerticalRulings.Of"/>): text on either side of one is never one line.</param>
    public static string Text(IReadOnlyList<Letter> letters, bool includeInvisible = true, IReadOnlyList<VerticalRuling>? rulings = null)
    {
        var kept = includeInvisible ? letters : letters.Where(l => l.RenderingMode != UglyToad.PdfPig.Core.TextRenderingMode.Neither).ToList();
        var afterSpace = LettersAfterDrawnSpace(kept);
        // Whitespace glyphs confuse the word extractor's neighbours; where they stood is kept in afterSpace.
        kept = kept.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (kept.Count == 0) return "";
        // Rotated words first, as the parallel extractor most often handed them back (its small buckets finish
        // first): a paper's rotated arXiv stamp then stays a block of its own at the top instead of joining a line.
        var words = Words.GetWords(kept).OrderBy(w => w.TextOrientation == TextOrientation.Horizontal).Select(InDrawingPosition).ToList();
        if (words.Count == 0) return "";
        // Docstrum splits a line whose un-embedded font gives its glyphs too wide boxes: SameBaselineLines joins it again,
        // inside the blocks SplitColumns cut from Docstrum's as they are, so a table's cells keep their reading order.
        var blocks = Docstrum.GetBlocks(words).SelectMany(b => SameBaselineLines.JoinedInside(SplitColumns(b).ToList(), rulings ?? [])).ToList();
        var ordered = Order.Get(blocks).OrderBy(b => b.ReadingOrder);
        return string.Join('\n', ordered.Select(b => string.Join('\n', b.TextLines.Select(l => LineText(l, afterSpace)))));
    }

    /// <summary>
    /// The letters drawn right after a space glyph. A writer that draws its spaces says where its words end: Word's
    /// PDFs of justified Vietnamese text draw spaces narrower than the nearest-neighbour extractor's gap, which then
    /// glued "TT-VPCP ngày 31/10/2017" into "TT-VPCPngày31/10/2017" and "công bố Danh mục" into "công bốDanh"
    /// (ubnd-dak-lak-311-QD-UBND-2025-signed): the citation and the title were lost.
    /// </summary>
    private static HashSet<Letter> LettersAfterDrawnSpace(IReadOnlyList<Letter> letters)
    {
        var after = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
        for (var i = 1; i < letters.Count; i++)
            if (!string.IsNullOrWhiteSpace(letters[i].Value) && IsDrawnSpace(letters[i - 1]))
                after.Add(letters[i]);
        return after;
    }

    // A glyph that draws a space. An empty value is no space: PdfPig gives one to every glyph after the first of an
    // /ActualText span, inside a word.
    private static bool IsDrawnSpace(Letter letter) => letter.Value.Length > 0 && string.IsNullOrWhiteSpace(letter.Value);

    // A line's words joined by a space, each word also cut where its writer drew a space. The cut is made in the text
    // only: the words stay whole for the layout analysis, since glyphs of a font without outlines (a non-embedded
    // TrueType) carry boxes wider than their advance, and short words cut from a glued one would overlap their
    // neighbours and break Docstrum's lines.
    private static string LineText(TextLine line, HashSet<Letter> afterSpace)
    {
        if (afterSpace.Count == 0) return line.Text;
        var text = new System.Text.StringBuilder();
        foreach (var word in line.Words)
        {
            if (text.Length > 0) text.Append(' ');
            var letters = word.Letters;
            for (var i = 0; i < letters.Count; i++)
            {
                if (i > 0 && afterSpace.Contains(letters[i])) text.Append(' ');
                text.Append(letters[i].Value);
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// A word's letters come in the order they were drawn, which is not always their order on the line: pango
    /// draws the hyphen of "01/CT-UBND" after the D, which read "01/CTUBND-". Horizontal words are put in
    /// left-to-right order, each combining mark (a Vietnamese tone drawn as its own glyph) kept after its letter.
    /// </summary>
    internal static Word InDrawingPosition(Word word)
    {
        if (word.TextOrientation != TextOrientation.Horizontal || word.Letters.Count < 2) return word;
        var clusters = new List<List<Letter>>();
        foreach (var letter in word.Letters)
        {
            var isMark = letter.Value.Length > 0 && char.GetUnicodeCategory(letter.Value[0]) == System.Globalization.UnicodeCategory.NonSpacingMark;
            if (isMark && clusters.Count > 0) clusters[^1].Add(letter);
            else clusters.Add([letter]);
        }
        var sorted = clusters.OrderBy(c => c[0].StartBaseLine.X).ToList();
        for (var i = 0; i < clusters.Count; i++)
            if (!ReferenceEquals(sorted[i], clusters[i])) return new Word(sorted.SelectMany(c => c).ToList());
        return word;
    }

    /// <summary>
    /// Docstrum joins a line to the one above whenever they overlap horizontally and sit a line apart, so the
    /// first line of a right-hand column ("TRƯỞNG PHÒNG" of a signature) that follows a full-width paragraph
    /// becomes that paragraph's last line. A paragraph's lines share their left edge (or their right edge,
    /// when justified after an indented first line), a centred title's lines their centre; a line that shares
    /// none of the three with the line above starts a new block.
    /// </summary>
    internal static IEnumerable<TextBlock> SplitColumns(TextBlock block)
    {
        var lines = block.TextLines;
        if (lines.Count < 2)
        {
            yield return block;
            yield break;
        }
        var start = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (Aligned(lines[i - 1], lines[i])) continue;
            yield return new TextBlock(lines.Skip(start).Take(i - start).ToList());
            start = i;
        }
        yield return start == 0 ? block : new TextBlock(lines.Skip(start).ToList());
    }

    private static bool Aligned(TextLine above, TextLine below)
    {
        var a = above.BoundingBox;
        var b = below.BoundingBox;
        // Tolerance: about two characters of the larger line's height.
        var tolerance = 1.5 * Math.Max(Math.Max(a.Height, b.Height), 4);
        return Math.Abs(a.Left - b.Left) <= tolerance
            || Math.Abs(a.Right - b.Right) <= tolerance
            || Math.Abs(a.Centroid.X - b.Centroid.X) <= tolerance;
    }
}
