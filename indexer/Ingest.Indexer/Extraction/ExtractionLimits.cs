namespace Ingest.Indexer.Extraction;

/// <summary>Named limits on what an upload may cost; exceeding one is a clear error naming the limit.</summary>
public sealed record ExtractionLimits
{
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;
    public int MaxPages { get; init; } = 300;
    /// <summary>
    /// What an Office file (a zip: .docx, .odt) may inflate to, all parts together: a zip bomb of a few
    /// kilobytes would otherwise take gigabytes of memory. A real plan's parts weigh a few megabytes.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;
    /// <summary>Pixels of one image or rasterized page (about an A3 page at 300 dpi is 17 million).</summary>
    public long MaxImagePixels { get; init; } = 60_000_000;
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>Rasterization resolution for OCR; 200 dpi measured as accurate as 300 and faster (docs/BENCHMARKS.md).</summary>
    public int OcrDpi { get; init; } = 200;
    /// <summary>Tesseract page segmentation mode; 3 (automatic) and 6 (one block) measured within noise on plans.</summary>
    public int OcrPageSegmentation { get; init; } = 3;
    /// <summary>Pages OCR'd at once; Tesseract runs single-threaded per page (OMP_THREAD_LIMIT=1).</summary>
    public int OcrParallelism { get; init; } = Environment.ProcessorCount;

    public static ExtractionLimits Default { get; } = new();
}
