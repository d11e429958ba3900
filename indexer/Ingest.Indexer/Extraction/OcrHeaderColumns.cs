namespace Ingest.Indexer.Extraction;

/// <summary>
/// Puts the two columns of a document's header back apart in a page Tesseract read. A Vietnamese document opens
/// with a two-column table (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body and "Số: …" on the left, the
/// national motto and the place-date line on the right. Tesseract's page segmentation often takes the narrow gutter
/// between them for a word space and reads the table row by row ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
/// NAM"), so the parser had to untangle agency and motto words from one line. From the words' boxes (Tesseract's TSV
/// output) this finds the header band, the lines at the top of the page that all leave one vertical strip of white
/// free (and the left column's lines that follow it closely below, as a letter's subject line does), and prints each
/// column as a run of lines, as a digital PDF's reading order gives them (agency column, then
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
    // Lines of one paragraph follow each other closer than this (in line heights); a title or a new block is further.
    private const double FollowingLineGap = 0.75;

    /// <summary>
    /// The page's text with the header's columns as separate runs of lines (the left column's lines beside the right
    /// column, the right column, the left column's lines below it, lines of noise left out; a blank line after each run;
    /// then the rest as Tesseract printed it), or null when the TSV holds no two-column header (or is not the TSV of one page).
    /// </summary>
    public static string? Separate(string tsv)
    {
        var (pageWidth, lines) = OcrTsv.Read(tsv);
        if (pageWidth <= 0 || lines.Count == 0) return null;
        var lineHeight = MedianHeight(lines);
        var ordered = lines.OrderBy(l => l.Top).ToList();
        var (band, gutter) = HeaderBand(ordered, pageWidth, lineHeight);
        // A strip that stays white down the whole page is no header's gutter (a table, a page of two columns).
        if (band.Count == 0 || band.Count == ordered.Count) return null;
        var below = LeftColumnBelow(ordered, band, gutter, lineHeight);
        // A line of the band is cut at the gutter by the words' centres; a line below it, whose left part may run
        // past the gutter, by where each word starts.
        bool OnLeft(OcrTsv.Line line, OcrTsv.Word word) => below.Contains(line) ? word.Left < gutter : word.Centre < gutter;
        band.AddRange(below);
        // The band ends with the left column: right-hand lines further down (a centred title that happens to clear
        // the gutter, the Kính gửi block) stay where Tesseract put them.
        var leftBottom = band.SelectMany(l => l.Words.Where(w => OnLeft(l, w))).Select(w => w.Bottom).DefaultIfEmpty(-1).Max();
        band.RemoveAll(l => l.Top >= leftBottom);
        // It starts with the left column too: what lies above its first word (a digital signature's stamp, a
        // publication mark in a corner) stays where it was. A one-letter word there is a speck read as a letter.
        var leftTop = band.SelectMany(l => l.Words.Where(w => OnLeft(l, w) && w.Text.Length > 1 && !OcrNoise.IsNoise(w, lineHeight)))
            .Select(w => w.Top).DefaultIfEmpty(int.MaxValue).Min();
        band.RemoveAll(l => (l.Top + l.Bottom) / 2 < leftTop);
        // A piece of noise alone (a ruling or the rim of a seal read as letters, a speck read as one letter) is left
        // out: between two lines of the agency's name it would split the name, and printed apart it would pass for
        // the title. On merged rows Tesseract's text carried it beside real words, where the parser passes it over.
        var left = Pieces(band, OnLeft).Where(p => !IsNoise(p, lineHeight)).ToList();
        var right = Pieces(band, (l, w) => !OnLeft(l, w)).Where(p => !IsNoise(p, lineHeight)).ToList();
        if (left.Count == 0 || right.Count == 0) return null;
        return Compose(lines, band.ToHashSet(), Runs(left, right, lineHeight));
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
                if (OcrNoise.IsMark(word, lineHeight)) continue;
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

    // The left column may go on below the band, wider than the gutter allows (the subject line of a letter, "V/v …",
    // under "Số: …", or a unit's name on three lines): the lines that follow the left column's last line as closely
    // as its lines follow each other (less than three quarters of a line height between them), with anything on
    // their right a gutter's width away (a stamp beside them), belong to it. Lines with nothing left of the gutter
    // are passed over; the first line that follows after a wider space (the title, Kính gửi) or runs into the
    // right-hand side ends it.
    private static HashSet<OcrTsv.Line> LeftColumnBelow(List<OcrTsv.Line> ordered, List<OcrTsv.Line> band, double gutter, double lineHeight)
    {
        var below = new HashSet<OcrTsv.Line>();
        var previousBottom = band.SelectMany(l => l.Words).Where(w => w.Centre < gutter).Select(w => w.Bottom).DefaultIfEmpty(-1).Max();
        if (previousBottom < 0) return below;
        foreach (var line in ordered.Skip(band.Count))
        {
            var left = line.Words.Where(w => w.Left < gutter).ToList();
            if (left.Count == 0) continue;
            var right = line.Words.Where(w => w.Left >= gutter).ToList();
            var follows = left.Min(w => w.Top) - previousBottom < lineHeight * FollowingLineGap;
            var apart = right.Count == 0 || right.Min(w => w.Left) - left.Max(w => w.Right) >= lineHeight * GutterInLineHeights;
            if (!follows || !apart) break;
            below.Add(line);
            previousBottom = left.Max(w => w.Bottom);
        }
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
            .Select(words => new Piece(words.Min(w => w.Top), words.Max(w => w.Bottom), words))
            .OrderBy(p => p.Top)
            .ToList();

    // A piece of one character (a speck read as "R"), or of nothing but noise words.
    private static bool IsNoise(Piece piece, double lineHeight) =>
        piece.Text.Length == 1 || piece.Words.All(w => OcrNoise.IsNoise(w, lineHeight));

    private sealed record Piece(int Top, int Bottom, List<OcrTsv.Word> Words)
    {
        public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));
    }

    // The left column's lines beside the right column, then the right column, then the left column's lines below it:
    // the subject line of a letter stays next to the Kính gửi that follows, as in Tesseract's own reading. A left
    // line beside the right column's last line that the first line below follows closely (a subject line that starts
    // beside the place-date line) goes with it, so the subject line is not cut in two.
    private static List<IEnumerable<string>> Runs(List<Piece> left, List<Piece> right, double lineHeight)
    {
        // Below means the piece's middle is below the right column's lowest ink: a subject line that starts a
        // little above the place-date line's descenders on a skewed scan is still below it.
        var rightBottom = right.Max(p => p.Bottom);
        var lastRightTop = right.Max(p => p.Top);
        var beside = left.Where(p => p.Top + p.Bottom < 2 * rightBottom).ToList();
        var below = left.Where(p => p.Top + p.Bottom >= 2 * rightBottom).ToList();
        while (beside.Count > 0 && below.Count > 0 && below[0].Top - beside[^1].Bottom < lineHeight * FollowingLineGap
               && beside[^1].Top + beside[^1].Bottom >= 2 * lastRightTop)
        {
            below.Insert(0, beside[^1]);
            beside.RemoveAt(beside.Count - 1);
        }
        List<IEnumerable<string>> runs = [beside.Select(p => p.Text), right.Select(p => p.Text), below.Select(p => p.Text)];
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
