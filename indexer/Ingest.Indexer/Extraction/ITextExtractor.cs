namespace Ingest.Indexer.Extraction;

/// <summary>
/// Turns an uploaded file into text with page numbers. Implementations: <c>LocalTextExtractor</c> (poppler,
/// Tesseract, OpenXml; the embedded default) and <c>DocumentIntelligenceExtractor</c> (Azure AI Document
/// Intelligence, for hosts that cannot ship those tools). Throws <see cref="ExtractionException"/> for a file
/// that cannot be read; lets infrastructure failures propagate.
/// </summary>
public interface ITextExtractor
{
    Task<ExtractedDocument> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default);
}
