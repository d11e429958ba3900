namespace Ingest.Indexer.Extraction;

/// <summary>One page: its number (from 1), its text, and where the text came from (text-layer, ocr, docx, odt, doc, rtf, text, cloud).</summary>
public sealed record ExtractedPage(int Number, string Text, string Source);
