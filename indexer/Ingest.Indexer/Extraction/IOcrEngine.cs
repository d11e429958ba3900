namespace Ingest.Indexer.Extraction;

/// <summary>Reads the text of one page image. Local implementation: <c>TesseractOcr</c>.</summary>
public interface IOcrEngine
{
    Task<OcrPage> RecognizeAsync(string imagePath, int page, string fileName, CancellationToken cancellationToken);
}

/// <summary>The text of a page and the time the engine itself took (for the share of time spent outside it).</summary>
public sealed record OcrPage(string Text, TimeSpan EngineTime);
