using System.Globalization;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Reads Tesseract's TSV output (`tesseract IMAGE BASE tsv`): a row per page, block, paragraph, line and word, with
/// its box in pixels; words are the rows of level 5 that hold text. Pure; a malformed row is skipped, never thrown on.
/// </summary>
internal static class OcrTsv
{
    /// <summary>
    /// A recognized word, its box (pixels, origin at the top left) and Tesseract's confidence in it (0 to 100; 0 when
    /// the TSV gives none).
    /// </summary>
    internal sealed record Word(int Left, int Top, int Width, int Height, string Text, double Confidence)
    {
        public int Right => Left + Width;
        public int Bottom => Top + Height;
        public double Centre => Left + Width / 2.0;
    }

    /// <summary>A text line as Tesseract found it, with its paragraph (block and paragraph numbers).</summary>
    internal sealed class Line((int Block, int Paragraph) paragraph)
    {
        public (int Block, int Paragraph) Paragraph { get; } = paragraph;
        public List<Word> Words { get; } = [];
        public int Top => Words.Min(w => w.Top);
        public int Bottom => Words.Max(w => w.Bottom);
    }

    /// <summary>
    /// The page's width and its lines in Tesseract's reading order; width 0 when the TSV is not that of exactly one
    /// page (a multi-page TIFF is left as Tesseract printed it).
    /// </summary>
    public static (int PageWidth, List<Line> Lines) Read(string tsv)
    {
        var pageWidth = 0;
        var pages = 0;
        var lines = new List<Line>();
        (int, int, int)? current = null;
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level)) continue;
            if (!Numbers(f, out var n)) continue;
            if (level == 1) { pages++; pageWidth = n[8]; continue; }
            var text = f[11].Trim();
            if (level != 5 || text.Length == 0) continue;
            var key = (n[2], n[3], n[4]);
            if (current != key) lines.Add(new Line((n[2], n[3])));
            current = key;
            var confidence = double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 0;
            lines[^1].Words.Add(new Word(n[6], n[7], n[8], n[9], text, confidence));
        }
        return (pages == 1 ? pageWidth : 0, lines);
    }

    // Fields 1 to 9 (page, block, paragraph, line, word, left, top, width, height) as integers.
    private static bool Numbers(string[] fields, out int[] numbers)
    {
        numbers = new int[10];
        for (var i = 1; i < 10; i++)
            if (!int.TryParse(fields[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out numbers[i])) return false;
        return true;
    }
}
