namespace Ingest.Indexer.Extraction;

/// <summary>What PdfPig found on one PDF page: its text layer in reading order, its size, and the scan on it.</summary>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Text">The text layer in reading order (NFC; legacy fonts not yet repaired); empty when there is none.</param>
/// <param name="WidthPt">Page width in points.</param>
/// <param name="HeightPt">Page height in points.</param>
/// <param name="Scan">The image covering most of the page, when there is one (a scanned page); null otherwise.</param>
/// <param name="ContentText">The page's own text, without what its annotations draw, when they draw any: whether the
/// text layer is usable is judged on it, since a scan under a signature stamp has the stamp's words and no other.</param>
public sealed record PdfPageContent(int Number, string Text, double WidthPt, double HeightPt, PdfPageImage? Scan, string? ContentText = null)
{
    /// <summary>The text of the page's own content stream (equal to <see cref="Text"/> when no annotation draws text).</summary>
    public string OwnText => ContentText ?? Text;
}
