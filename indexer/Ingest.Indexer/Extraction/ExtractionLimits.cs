namespace Ingest.Indexer.Extraction;

/// <summary>
/// Named limits on what an upload may cost; exceeding one is a clear error naming the limit (an
/// <see cref="ExtractionException"/> whose reason goes to the failed/ report). Time and memory bound the external
/// tools, which run in a process group of their own and die with the host (Adapters/Embedded/ChildProcesses).
/// </summary>
public sealed record ExtractionLimits
{
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;
    public int MaxPages { get; init; } = 300;
    /// <summary>
    /// Characters of extracted text: parsing and indexing cost grows with it, so 5 MiB of text on one line cost
    /// ~25 s here. A dense A4 page holds ~5,000 characters, so the default passes 300 full pages with room over.
    /// </summary>
    public int MaxTextChars { get; init; } = 2_000_000;
    /// <summary>
    /// What an Office file (a zip: .docx, .odt) may inflate to, all parts together: a zip bomb of a few
    /// kilobytes would otherwise take gigabytes of memory. A real plan's parts weigh a few megabytes.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;
    /// <summary>Pixels of one image or rasterized page (about an A3 page at 300 dpi is 17 million).</summary>
    public long MaxImagePixels { get; init; } = 60_000_000;
    /// <summary>
    /// One page's rasterization or OCR, and any other single run of an external tool (pdfinfo, antiword, a
    /// LibreOffice conversion); past it the tool's process group is killed. A dense A4 scan takes ~10 s here.
    /// </summary>
    public TimeSpan TimePerPage { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>The whole extraction of one file, all pages together (300 scanned pages at ~5 s a page on 2 cores fit).</summary>
    public TimeSpan TimePerFile { get; init; } = TimeSpan.FromMinutes(15);
    /// <summary>
    /// Address space of one external tool (prlimit --as): Tesseract on an A3 page at 200 dpi maps a few hundred
    /// MB; a hostile page or document that needs more fails instead of taking the machine's memory.
    /// </summary>
    public long MaxToolMemoryBytes { get; init; } = 2L * 1024 * 1024 * 1024;
    /// <summary>Rasterization resolution for OCR; 200 dpi measured as accurate as 300 and faster (docs/BENCHMARKS.md).</summary>
    public int OcrDpi { get; init; } = 200;
    /// <summary>Tesseract page segmentation mode; 3 (automatic) and 6 (one block) measured within noise on plans.</summary>
    public int OcrPageSegmentation { get; init; } = 3;
    /// <summary>
    /// Lighten red seal ink before OCR (<see cref="SealInkFilter"/>): colour scans are rendered in colour and the seal
    /// over the signature block no longer hides its lines. Off, colour scans are read as gray, as before (kept to
    /// measure the filter against: `plans extract --text --keep-seal-ink`).
    /// </summary>
    public bool LightenSealInk { get; init; } = true;
    /// <summary>
    /// Print an OCR'd page's two-column header as two runs of lines, from the words' boxes (<see cref="OcrHeaderColumns"/>),
    /// lines of noise between them left out (<see cref="OcrNoise"/>). On by default: on the first pages of the corpus's
    /// real scans no header field was read worse than from Tesseract's row-by-row text and one issuer better
    /// (docs/extraction.md). Off, Tesseract's text is kept as it is (to measure against: `plans extract --text --ocr-merged-rows`).
    /// </summary>
    public bool SeparateHeaderColumns { get; init; } = true;
    /// <summary>Pages OCR'd at once; Tesseract runs single-threaded per page (OMP_THREAD_LIMIT=1).</summary>
    public int OcrParallelism { get; init; } = Environment.ProcessorCount;

    public static ExtractionLimits Default { get; } = new();
}
