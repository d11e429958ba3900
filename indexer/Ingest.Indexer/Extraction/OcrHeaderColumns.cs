namespace Ingest.Indexer.Extraction;

/// <summary>
/// Puts the two columns of a document's header back apart in a page Tesseract read. A Vietnamese document opens
/// with a two-column table (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body and "Số: …" on the left, the
/// national motto and the place-date line on the right. Tesseract's page segmentation often takes the narrow gutter
/// between them for a word space and reads the table row by row ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
/// NAM"), so the parser had to untangle agency and motto words from one line. From the words' boxes (Tesseract's TSV
/// output) this finds the header band, the lines at the top of the page that all leave one vertical strip of white
/// free, and prints each column as a run of lines, as a digital PDF's reading order gives them (agency column, then
/// motto column); the rest of the page keeps Tesseract's own lines and order. A page without such a gutter at its
/// top (a centred motto, a one-column letter) gives null: the caller keeps Tesseract's text.
/// Pure; never throws on any input.
/// </summary>
public static class OcrHeaderColumns
{
    // The gutter lies between a fifth and four fifths of the page's width: a page margin is no gutter.
    private const double ZoneStart = 0.2, ZoneEnd = 0.8;
    // A gutter is at least one and a half line heights wide; the space between two words of a line is a third of one.
    private const double GutterInLineHeights = 1.5;
    // Smaller than this (in line heights) both ways is a speck, a dot or a dash: it neither opens nor closes a gutter.
    private const double SpeckInLineHeights = 0.6;

    /// <summary>
    /// The page's text with the header's columns as separate runs of lines (the left column's lines beside the right
    /// column, the right column, the left column's lines below it; a blank line after each run; then the rest as
    /// Tesseract printed it), or null when the TSV holds no two-column header (or is not the TSV of one page).
    /// </summary>
    public static string? Separate(string tsv)
    {
        var (pageWidth, lines) = OcrTsv.Read(tsv);
        if (pageWidth <= 0 || lines.Count == 0) return null;
        var lineHeight = MedianHeight(lines);
        var ordered = lines.OrderBy(l => l.Top).ToList();
        var (band, gutter) = HeaderBand(ordered, pageWidth, lineHeight);
        if (band.Count == 0) return null;
        var below = LeftColumnBelow(ordered, band, gutter);
        bool OnLeft(OcrTsv.Line line, OcrTsv.Word word) => below.Contains(line) || word.Centre < gutter;
        band.AddRange(below);
        // The band ends with the left column: right-hand lines further down (a centred title that happens to clear
        // the gutter, the Kính gửi block) stay where Tesseract put them.
        var leftBottom = band.SelectMany(l => l.Words.Where(w => OnLeft(l, w))).Select(w => w.Bottom).DefaultIfEmpty(-1).Max();
        band.RemoveAll(l => l.Top >= leftBottom);
        // It starts with the left column too: what lies above its first word (a digital signature's stamp, a
        // publication mark in a corner) stays where it was. A one-letter word there is a speck read as a letter.
        var leftTop = band.SelectMany(l => l.Words.Where(w => OnLeft(l, w) && w.Text.Length > 1)).Select(w => w.Top).DefaultIfEmpty(int.MaxValue).Min();
        band.RemoveAll(l => (l.Top + l.Bottom) / 2 < leftTop);
        var left = Pieces(band, OnLeft);
        var right = Pieces(band, (l, w) => !OnLeft(l, w));
        if (left.Count == 0 || right.Count == 0) return null;
        return Compose(lines, band.ToHashSet(), Runs(left, right));
    }

    // The lines from the top of the page down (by their top edge) as long as some strip of the middle zone stays
    // free of ink in all of them, and the centre of the widest such strip.
    private static (List<OcrTsv.Line> Band, double Gutter) HeaderBand(List<OcrTsv.Line> ordered, int pageWidth, double lineHeight)
    {
        var zoneStart = (int)(pageWidth * ZoneStart);
        var free = new bool[(int)(pageWidth * ZoneEnd) - zoneStart];
        Array.Fill(free, true);
        var minimum = (int)Math.Ceiling(lineHeight * GutterInLineHeights);
        var band = new List<OcrTsv.Line>();
        var trial = new bool[free.Length];
        foreach (var line in ordered)
        {
            free.CopyTo(trial, 0);
            foreach (var word in line.Words)
            {
                if (word.Width < lineHeight * SpeckInLineHeights && word.Height < lineHeight * SpeckInLineHeights) continue;
                var from = Math.Max(word.Left - zoneStart, 0);
                var to = Math.Min(word.Right - zoneStart, trial.Length);
                if (from < to) Array.Fill(trial, false, from, to - from);
            }
            if (WidestRun(trial, minimum) is null) break;
            (free, trial) = (trial, free);
            band.Add(line);
        }
        return WidestRun(free, minimum) is var (start, length) && band.Count > 0
            ? (band, zoneStart + start + length / 2.0)
            : ([], 0);
    }

    // The left column may go on below the right column's last line, wider than the gutter allows (the subject line
    // of a letter, "V/v …", three or four lines under "Số: …"): the lines after the band that Tesseract put in
    // the same paragraph as the band's last left-hand line, below everything on the right, belong to it whole.
    private static List<OcrTsv.Line> LeftColumnBelow(List<OcrTsv.Line> ordered, List<OcrTsv.Line> band, double gutter)
    {
        var lastLeft = band.LastOrDefault(l => l.Words.Any(w => w.Centre < gutter));
        var rightBottom = band.SelectMany(l => l.Words).Where(w => w.Centre >= gutter).Select(w => w.Bottom).DefaultIfEmpty(-1).Max();
        var below = new List<OcrTsv.Line>();
        if (lastLeft is null) return below;
        for (var i = band.Count; i < ordered.Count && ordered[i].Paragraph == lastLeft.Paragraph && ordered[i].Top >= rightBottom; i++)
            below.Add(ordered[i]);
        return below;
    }

    private static (int Start, int Length)? WidestRun(bool[] free, int minimum)
    {
        (int Start, int Length)? widest = null;
        for (var i = 0; i < free.Length;)
        {
            if (!free[i]) { i++; continue; }
            var start = i;
            while (i < free.Length && free[i]) i++;
            if (i - start >= minimum && (widest is null || i - start > widest.Value.Length)) widest = (start, i - start);
        }
        return widest;
    }

    // One column's pieces of the band's lines, top to bottom: a line Tesseract ran across the gutter gives a piece
    // to each side.
    private static List<Piece> Pieces(List<OcrTsv.Line> band, Func<OcrTsv.Line, OcrTsv.Word, bool> onSide) =>
        band.Select(l => l.Words.Where(w => onSide(l, w)).ToList())
            .Where(words => words.Count > 0)
            .Select(words => new Piece(words.Min(w => w.Top), words.Max(w => w.Bottom), string.Join(' ', words.Select(w => w.Text))))
            .OrderBy(p => p.Top)
            .ToList();

    private sealed record Piece(int Top, int Bottom, string Text);

    // The left column's lines beside the right column, then the right column, then the left column's lines below it:
    // the subject line of a letter stays next to the Kính gửi that follows, as in Tesseract's own reading.
    private static List<IEnumerable<string>> Runs(List<Piece> left, List<Piece> right)
    {
        var rightBottom = right.Max(p => p.Bottom);
        List<IEnumerable<string>> runs =
        [
            left.Where(p => p.Top < rightBottom).Select(p => p.Text),
            right.Select(p => p.Text),
            left.Where(p => p.Top >= rightBottom).Select(p => p.Text),
        ];
        runs.RemoveAll(run => !run.Any());
        return runs;
    }

    // Tesseract's text layout (a line a line, a blank line after each paragraph), the band's runs printed where its
    // first line was.
    private static string Compose(IReadOnlyList<OcrTsv.Line> lines, HashSet<OcrTsv.Line> band, List<IEnumerable<string>> runs)
    {
        var text = new System.Text.StringBuilder();
        var bandPrinted = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (band.Contains(line))
            {
                if (bandPrinted) continue;
                foreach (var run in runs) text.AppendJoin('\n', run).Append("\n\n");
                bandPrinted = true;
                continue;
            }
            text.AppendJoin(' ', line.Words.Select(w => w.Text)).Append('\n');
            if (i + 1 == lines.Count || lines[i + 1].Paragraph != line.Paragraph || band.Contains(lines[i + 1])) text.Append('\n');
        }
        return text.ToString();
    }

    private static double MedianHeight(IReadOnlyList<OcrTsv.Line> lines)
    {
        var heights = lines.SelectMany(l => l.Words).Select(w => w.Height).Order().ToList();
        return heights[heights.Count / 2];
    }
}
