using System.Text;
using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Cli;

/// <summary>
/// Builds extraction fixtures at test time from the shared sample plans with the tools the setup script
/// installs: a digital PDF (pango-view renders the text with a real text layer, pdfunite joins the pages),
/// a degraded scan (pdftoppm rasterizes, ImageMagick rotates, blurs, adds noise and JPEG loss, img2pdf wraps
/// the images into an image-only PDF), a colour scan with a red seal over its signature block, a phone-style
/// JPEG, an encrypted PDF and one locked by an owner password only (qpdf). Nothing is committed.
/// </summary>
public sealed class ScanFixtures : IDisposable
{
    private const int LinesPerPage = 46;
    private readonly TempWorkspace _workspace = new();
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public string Dir => _workspace.Path;

    public void Dispose() => _workspace.Dispose();

    /// <summary>A digital PDF of the text, about 46 lines a page.</summary>
    public async Task<string> TextPdfAsync(string name, string text)
    {
        // Wrap long paragraphs first, so each page holds about 46 printed lines, like an A4 page.
        var lines = text.Replace("\r", "").Split('\n').SelectMany(Wrap).ToArray();
        var pages = new List<string>();
        for (var p = 0; p * LinesPerPage < lines.Length; p++)
        {
            var pageText = string.Join('\n', lines.Skip(p * LinesPerPage).Take(LinesPerPage));
            if (pageText.Trim().Length == 0) continue; // no blank pages: a blank page has nothing to read
            var chunk = _workspace.File($"{name}-{p}.txt");
            await File.WriteAllTextAsync(chunk, pageText, Encoding.UTF8);
            var pdf = _workspace.File($"{name}-{p}.pdf");
            await Run("pango-view", "--no-display", "-q", "--font=DejaVu Serif 10", "--width=560", "--wrap=word", "--margin=36", "--output=" + pdf, chunk);
            pages.Add(pdf);
        }
        var output = _workspace.File(name + ".pdf");
        if (pages.Count == 1) File.Copy(pages[0], output);
        else await Run("pdfunite", [.. pages, output]);
        return output;
    }

    private static IEnumerable<string> Wrap(string line)
    {
        const int width = 92;
        while (line.Length > width)
        {
            var cut = line.LastIndexOf(' ', width);
            if (cut <= 0) cut = width;
            yield return line[..cut];
            line = line[cut..].TrimStart();
        }
        yield return line;
    }

    /// <summary>An image-only PDF of the digital one, each page rotated, blurred, noised and JPEG-compressed in gray
    /// (as an office scanner saves a black-and-white page; ImageMagick's noise would otherwise make it colour).</summary>
    public async Task<string> ScanPdfAsync(string name, string textPdf, double rotate = 1.0)
    {
        var images = await DegradedPagesAsync(name, textPdf, rotate);
        var output = _workspace.File(name + "-scan.pdf");
        await Run("img2pdf", [.. images, "-o", output]);
        return output;
    }

    /// <summary>
    /// A colour scan of the PDF's first page with a red seal stamped, as Nghị định 30/2020 has it, over the
    /// signature block: ring, inner ring, star and lettering in the ink colours measured on a real sealed scan
    /// (SealInkFilterTests), overprinted (multiplied) so print under the seal stays dark, centred on the first
    /// word <paramref name="anchor"/> of the text layer.
    /// </summary>
    public async Task<string> SealedScanPdfAsync(string name, string textPdf, string anchor)
    {
        var pdf = _workspace.File(name + "-sealed.pdf");
        await Run("img2pdf", await SealedPhotoAsync(name, textPdf, anchor), "-o", pdf);
        return pdf;
    }

    /// <summary>The sealed page of <see cref="SealedScanPdfAsync"/> as a colour JPEG file, as a phone photo is uploaded.</summary>
    public async Task<string> SealedPhotoAsync(string name, string textPdf, string anchor)
    {
        const double dpi = 200, scale = dpi / 72;
        var words = await ExternalProgram.RunAsync("pdftotext", ["-bbox", "-f", "1", "-l", "1", textPdf, "-"], Timeout);
        var at = words.StandardOutput.Split('\n').FirstOrDefault(l => l.Contains(">" + anchor + "<", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"'{anchor}' is not on the first page");
        double Attribute(string key) => double.Parse(at.Split(key + "=\"")[1].Split('"')[0], System.Globalization.CultureInfo.InvariantCulture);
        var (x, y, r) = ((int)(Attribute("xMin") * scale) + 90, (int)((Attribute("yMin") + Attribute("yMax")) / 2 * scale) + 55, 125);
        var page = _workspace.File(name + "-colour");
        await Run("pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-singlefile", "-png", textPdf, page);
        var output = _workspace.File(name + "-sealed.jpg");
        string Point(int dx, int dy) => $"{x + dx},{y + dy}";
        await Run("convert", page + ".png", "(", "+clone", "-fill", "white", "-colorize", "100", "-fill", "none",
            "-stroke", "rgb(243,22,29)", "-strokewidth", "9", "-draw", $"circle {Point(0, 0)} {Point(r, 0)}",
            "-strokewidth", "4", "-draw", $"circle {Point(0, 0)} {Point(r - 25, 0)}",
            "-stroke", "none", "-fill", "rgb(232,77,88)",
            "-draw", $"polygon {Point(0, -65)} {Point(15, -20)} {Point(62, -20)} {Point(24, 7)} {Point(38, 53)} {Point(0, 25)} {Point(-38, 53)} {Point(-24, 7)} {Point(-62, -20)} {Point(-15, -20)}",
            "-fill", "rgb(243,22,29)", "-font", "DejaVu-Sans", "-pointsize", "26", "-draw", $"text {Point(-90, -95)} 'ỦY BAN NHÂN DÂN'", "-draw", $"text {Point(-60, 115)} 'TỈNH'",
            ")", "-compose", "Multiply", "-composite", "-quality", "70", output);
        return output;
    }

    /// <summary>The first page as a degraded JPEG, as a phone photo or a scanner's image file would be.</summary>
    public async Task<string> JpegAsync(string name, string textPdf) => (await DegradedPagesAsync(name + "-photo", textPdf, 0.7))[0];

    /// <summary>All pages as one multi-page TIFF, as a document scanner saves them.</summary>
    public async Task<string> TiffAsync(string name, string textPdf)
    {
        var pages = await DegradedPagesAsync(name + "-tiff", textPdf, 0.5);
        var output = _workspace.File(name + ".tif");
        await Run("convert", [.. pages, "-compress", "lzw", output]);
        return output;
    }

    /// <summary>The PDF with a user password.</summary>
    public async Task<string> EncryptedAsync(string pdf)
    {
        var output = _workspace.File(Path.GetFileNameWithoutExtension(pdf) + "-locked.pdf");
        await Run("qpdf", "--warning-exit-0", "--encrypt", "secret", "owner", "256", "--", pdf, output);
        return output;
    }

    /// <summary>
    /// The PDF encrypted (AES-256) with an owner password only: the user password is empty, so any reader opens
    /// it; the owner password guards only the permissions, here copying text.
    /// </summary>
    public async Task<string> OwnerPasswordOnlyAsync(string pdf)
    {
        var output = _workspace.File(Path.GetFileNameWithoutExtension(pdf) + "-owner.pdf");
        await Run("qpdf", "--warning-exit-0", "--encrypt", "", "owner", "256", "--extract=n", "--", pdf, output);
        return output;
    }

    private async Task<List<string>> DegradedPagesAsync(string name, string textPdf, double rotate)
    {
        var prefix = _workspace.File(name + "-raw");
        await Run("pdftoppm", "-r", "200", "-gray", "-png", textPdf, prefix);
        var raws = Directory.GetFiles(_workspace.Path, Path.GetFileName(prefix) + "-*.png").OrderBy(f => f).ToList();
        var outputs = new List<string>();
        for (var i = 0; i < raws.Count; i++)
        {
            var output = _workspace.File($"{name}-{i + 1:D2}.jpg");
            var angle = (i % 2 == 0 ? rotate : -rotate).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Run("convert", raws[i], "-seed", (42 + i).ToString(), "-units", "PixelsPerInch", "-density", "200", "-background", "white", "-rotate", angle, "-blur", "0x0.6",
                "-attenuate", "0.4", "+noise", "Gaussian", "-colorspace", "Gray", "-quality", "60", output);
            outputs.Add(output);
        }
        return outputs;
    }

    private static async Task Run(string program, params string[] args)
    {
        var result = await ExternalProgram.RunAsync(program, args, Timeout);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {result.StandardError}");
    }
}
