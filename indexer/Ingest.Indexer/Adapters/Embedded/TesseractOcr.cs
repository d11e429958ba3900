using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// OCR with Tesseract 5 and its Vietnamese model (Debian tesseract-ocr, tesseract-ocr-vie), one process per
/// page image. Measured on this machine (shared/OCR-NOTES.md): `-l vie` alone (vie+eng strips marks),
/// OMP_THREAD_LIMIT=1 (its OpenMP build is ~6× slower per page on 2 cores otherwise; pages run in parallel
/// instead), page segmentation 3.
/// </summary>
public sealed class TesseractOcr(ExtractionLimits limits) : IOcrEngine
{
    private static readonly Dictionary<string, string> Environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <inheritdoc />
    public async Task<OcrPage> RecognizeAsync(string imagePath, int page, string fileName, CancellationToken cancellationToken)
    {
        ExternalProgram.Result result;
        try
        {
            result = await ExternalProgram.RunAsync("tesseract", [imagePath, "stdout", "-l", "vie", "--psm", limits.OcrPageSegmentation.ToString(System.Globalization.CultureInfo.InvariantCulture)], limits.TimePerPage, Environment,
                cancellationToken: cancellationToken, maxAddressSpace: limits.MaxToolMemoryBytes);
        }
        catch (TimeoutException e) { throw new ExtractionException("timeout", fileName, e.Message, page, e); }
        if (result.ExitCode != 0)
            throw new ExtractionException("tool-failed", fileName, "OCR failed: " + result.StandardError.Split('\n').FirstOrDefault(), page);
        return new OcrPage(result.StandardOutput, result.Elapsed);
    }
}
