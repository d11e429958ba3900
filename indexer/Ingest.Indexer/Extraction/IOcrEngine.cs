namespace Ingest.Indexer.Extraction;

/// <summary>Reads the text of one page image. Local implementation: <c>TesseractOcr</c>.</summary>
public interface IOcrEngine
{
    Task<OcrPage> RecognizeAsync(string imagePath, int page, string fileName, CancellationToken cancellationToken);
}
