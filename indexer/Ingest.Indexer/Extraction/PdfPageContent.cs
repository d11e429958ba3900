namespace Ingest.Indexer.Extraction;

/// <summary>What PdfPig found on one PDF page: its text layer in reading order, its size, and the scan on it.</summary>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Text">The text layer in reading order (NFC; legacy fonts not yet repaired); empty when there is none.</param>
/// <param name="WidthPt">Page width in points.</param>
/// <param name="HeightPt">Page height in points.</param>
/// <param name="Scan">The image covering most of the page, when there is one (a scanned page); null otherwise.</param>
public sealed record PdfPageContent(int Number, string Text, double WidthPt, double HeightPt, PdfPageImage? Scan);
