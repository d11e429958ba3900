using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>Tesseract, recording which image files it was handed (to tell a stored scan from a poppler rendering).</summary>
internal sealed class RecordingOcr : IOcrEngine
{
    private readonly TesseractOcr _tesseract = new(ExtractionLimits.Default);
    public System.Collections.Concurrent.ConcurrentQueue<string> Images { get; } = new();

    public Task<OcrPage> RecognizeAsync(string imagePath, int page, string fileName, CancellationToken cancellationToken)
    {
        Images.Enqueue(Path.GetFileName(imagePath));
        return _tesseract.RecognizeAsync(imagePath, page, fileName, cancellationToken);
    }
}
