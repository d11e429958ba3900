using System.Text.RegularExpressions;
using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Reads PDFs with poppler-utils (PdfPig cannot be had here): pdfinfo for pages and encryption, pdftotext
/// for the text layer of every page at once (pages split on form feeds, -layout so two-column headers stay
/// side by side as a reader sees them), pdftoppm to rasterize pages that need OCR (in colour, for the seal filter).
/// </summary>
public sealed partial class PopplerPdf(ExtractionLimits limits)
{
    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Encrypted:\s+yes", RegexOptions.Multiline)]
    private static partial Regex Encrypted();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex PageSize();

    /// <summary>Number of pages and page size in points; throws for an encrypted, corrupt or oversized PDF.</summary>
    public async Task<(int Pages, double WidthPt, double HeightPt)> InfoAsync(string path, string fileName, CancellationToken ct)
    {
        var info = await Run("pdfinfo", [path], fileName, ct);
        if (info.ExitCode != 0)
        {
            var reason = info.StandardError.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase) ? "encrypted" : "corrupt";
            throw new ExtractionException(reason, fileName, reason == "encrypted"
                ? "the PDF is password-protected; upload it without the password"
                : "the PDF cannot be read (damaged or truncated): " + FirstLine(info.StandardError));
        }
        if (Encrypted().IsMatch(info.StandardOutput) && info.StandardOutput.Contains("copy:no", StringComparison.Ordinal))
            throw new ExtractionException("encrypted", fileName, "the PDF is encrypted against copying text");
        var pages = int.Parse(PagesLine().Match(info.StandardOutput).Groups[1].Value);
        if (pages > limits.MaxPages)
            throw new ExtractionException("too-many-pages", fileName, $"{pages} pages; the limit is {limits.MaxPages}");
        var size = PageSize().Match(info.StandardOutput);
        return (pages, size.Success ? double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 595,
            size.Success ? double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 842);
    }

    /// <summary>The text layer, one string per page (empty for a scanned page).</summary>
    public async Task<IReadOnlyList<string>> TextLayerAsync(string path, int pages, string fileName, CancellationToken ct)
    {
        var result = await Run("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], fileName, ct);
        if (result.ExitCode != 0) throw new ExtractionException("corrupt", fileName, "pdftotext failed: " + FirstLine(result.StandardError));
        var split = result.StandardOutput.Split('\f');
        return Enumerable.Range(0, pages).Select(i => i < split.Length ? split[i] : "").ToList();
    }

    /// <summary>
    /// Rasterizes one page in colour and hands OCR a grayscale PGM with the red seal ink lightened away
    /// (<see cref="SealInkFilter"/>); returns its path. PGM, not PNG: compressing a noisy scan to PNG took 1.7 s a
    /// page here, writing PGM 0.04 s, and Tesseract reads both. <paramref name="dpi"/> defaults to the OCR
    /// resolution; a scan is rendered at its own (up to 300 dpi) so OCR sees every pixel the scanner wrote.
    /// </summary>
    public async Task<string> RasterizeAsync(string path, int page, double widthPt, double heightPt, TempWorkspace workspace, string fileName, CancellationToken ct, int? dpi = null)
    {
        var resolution = dpi ?? limits.OcrDpi;
        var pixels = widthPt / 72 * resolution * (heightPt / 72 * resolution);
        if (pixels > limits.MaxImagePixels)
            throw new ExtractionException("image-too-large", fileName, $"the page would be {pixels / 1e6:F0} megapixels at {resolution} dpi", page);
        var prefix = workspace.File($"page-{page}");
        string[] colour = limits.LightenSealInk ? [] : ["-gray"];
        var result = await Run("pdftoppm", ["-r", resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), .. colour, "-singlefile", "-f", page.ToString(), "-l", page.ToString(), path, prefix], fileName, ct);
        if (result.ExitCode != 0) throw new ExtractionException("corrupt", fileName, "the page cannot be rendered: " + FirstLine(result.StandardError), page);
        if (!limits.LightenSealInk) return prefix + ".pgm";
        byte[] gray;
        try { gray = SealInkFilter.ToGray(await File.ReadAllBytesAsync(prefix + ".ppm", ct)); }
        catch (FormatException e) { throw new ExtractionException("corrupt", fileName, "the rendered page cannot be read: " + e.Message, page, e); }
        finally { File.Delete(prefix + ".ppm"); }
        await File.WriteAllBytesAsync(prefix + ".pgm", gray, ct);
        return prefix + ".pgm";
    }

    private async Task<ExternalProgram.Result> Run(string program, string[] args, string fileName, CancellationToken ct)
    {
        try { return await ExternalProgram.RunAsync(program, args, limits.TimePerPage, cancellationToken: ct, maxAddressSpace: limits.MaxToolMemoryBytes); }
        catch (TimeoutException e) { throw new ExtractionException("timeout", fileName, e.Message, inner: e); }
    }

    private static string FirstLine(string s) => s.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no detail";
}
