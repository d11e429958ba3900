using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// OCR with Tesseract 5 and its Vietnamese model (Debian tesseract-ocr, tesseract-ocr-vie), one process per
/// page image. Measured on this machine (shared/OCR-NOTES.md): `-l vie` alone (vie+eng strips marks),
/// OMP_THREAD_LIMIT=1 (its OpenMP build is ~6× slower per page on 2 cores otherwise; pages run in parallel
/// instead), page segmentation 3. With <see cref="ExtractionLimits.SeparateHeaderColumns"/> (on by default) one run
/// writes both the text and the words' boxes (TSV), from which a two-column header is printed column by column
/// (<see cref="OcrHeaderColumns"/>); Tesseract's text is kept where there is none.
/// </summary>
public sealed class TesseractOcr(ExtractionLimits limits) : IOcrEngine
{
    private static readonly Dictionary<string, string> Environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <inheritdoc />
    public async Task<OcrPage> RecognizeAsync(string imagePath, int page, string fileName, CancellationToken cancellationToken)
    {
        if (!limits.SeparateHeaderColumns)
        {
            var plain = await RunAsync(imagePath, "stdout", [], page, fileName, cancellationToken);
            return new OcrPage(plain.StandardOutput, plain.Elapsed);
        }
        // The outputs go beside the image, in the extraction's own temp folder (removed with it).
        var output = imagePath + ".ocr";
        try
        {
            var result = await RunAsync(imagePath, output, ["txt", "tsv"], page, fileName, cancellationToken);
            if (!File.Exists(output + ".txt")) throw new ExtractionException("tool-failed", fileName, "OCR wrote no text", page);
            var text = await File.ReadAllTextAsync(output + ".txt", cancellationToken);
            if (File.Exists(output + ".tsv") && OcrHeaderColumns.Separate(await File.ReadAllTextAsync(output + ".tsv", cancellationToken)) is { } columns)
                text = columns;
            return new OcrPage(text, result.Elapsed);
        }
        finally
        {
            File.Delete(output + ".txt");
            File.Delete(output + ".tsv");
        }
    }

    private async Task<ExternalProgram.Result> RunAsync(string imagePath, string output, string[] renderers, int page, string fileName, CancellationToken cancellationToken)
    {
        ExternalProgram.Result result;
        try
        {
            result = await ExternalProgram.RunAsync("tesseract", [imagePath, output, "-l", "vie", "--psm", limits.OcrPageSegmentation.ToString(System.Globalization.CultureInfo.InvariantCulture), .. renderers], limits.TimePerPage, Environment,
                cancellationToken: cancellationToken, maxAddressSpace: limits.MaxToolMemoryBytes);
        }
        catch (TimeoutException e) { throw new ExtractionException("timeout", fileName, e.Message, page, e); }
        if (result.ExitCode != 0)
            throw new ExtractionException("tool-failed", fileName, "OCR failed: " + result.StandardError.Split('\n').FirstOrDefault(), page);
        return result;
    }
}
