using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Reads a PDF in process with PdfPig 0.1.16 (no external program, so it runs where poppler cannot be
/// installed, as on Azure Functions Flex Consumption): the page count, each page's text layer in reading order
/// (<see cref="PdfReadingOrder"/>), and the image of a scanned page as it is stored, so OCR can read the JPEG
/// the scanner wrote instead of a second rasterization. Opening throws <see cref="ExtractionException"/>
/// (encrypted, corrupt, too-many-pages); so does reading a damaged page, naming the page. One instance per
/// file; not thread-safe (PdfPig's document is not); dispose it.
/// </summary>
public sealed class PdfPigReader : IDisposable
{
    // An image is the page's scan when it covers at least this share of the page.
    private const double ScanCoverage = 0.5;
    private readonly PdfDocument _document;
    private readonly string _fileName;
    private readonly bool _lightenSealInk;

    private PdfPigReader(PdfDocument document, string fileName, bool lightenSealInk) =>
        (_document, _fileName, _lightenSealInk) = (document, fileName, lightenSealInk);

    /// <summary>Number of pages.</summary>
    public int PageCount => _document.NumberOfPages;

    /// <summary>Opens the PDF; throws for a password-protected, damaged or over-long one.</summary>
    public static PdfPigReader Open(ReadOnlyMemory<byte> content, string fileName, ExtractionLimits limits)
    {
        PdfDocument document;
        try
        {
            // Strict parsing: a truncated file must be refused, not read in part (lenient parsing rebuilds the
            // cross-reference table from whatever objects survive and silently drops the rest).
            document = PdfDocument.Open(content.ToArray(), new ParsingOptions { UseLenientParsing = false });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException("encrypted", fileName, "the PDF is password-protected; upload it without the password", inner: e);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new ExtractionException("corrupt", fileName, "the PDF cannot be read (damaged or truncated): " + e.Message, inner: e);
        }
        int pages;
        try { pages = document.NumberOfPages; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            document.Dispose();
            throw new ExtractionException("corrupt", fileName, "the PDF's page tree cannot be read: " + e.Message, inner: e);
        }
        if (pages > limits.MaxPages)
        {
            document.Dispose();
            throw new ExtractionException("too-many-pages", fileName, $"{pages} pages; the limit is {limits.MaxPages}");
        }
        if (pages == 0)
        {
            document.Dispose();
            throw new ExtractionException("corrupt", fileName, "the PDF has no pages");
        }
        document.AddPageFactory<AnnotationLetters, AnnotationLetterFactory>();
        return new PdfPigReader(document, fileName, limits.LightenSealInk);
    }

    /// <summary>Page <paramref name="number"/> (from 1): text in reading order, size, and its scan if it is one.</summary>
    public PdfPageContent ReadPage(int number)
    {
        try
        {
            var page = _document.GetPage(number);
            var rulings = VerticalRulings.Of(page);
            var own = PdfReadingOrder.Text(page.Letters, rulings: rulings);
            var text = WithAnnotationText(page, number, own, rulings);
            return new PdfPageContent(number, text, page.Width, page.Height, ScanOf(page, _lightenSealInk), ReferenceEquals(text, own) ? null : own);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or ExtractionException))
        {
            throw new ExtractionException("corrupt", _fileName, "the page cannot be read: " + e.Message, number, e);
        }
    }

    // The page's text with what its annotations draw (a signed PDF's stamped number and day: AnnotationLetterFactory),
    // or its own text alone when they draw nothing or cannot be read: a damaged appearance never costs the page.
    private string WithAnnotationText(Page page, int number, string own, IReadOnlyList<VerticalRuling> rulings)
    {
        if (!AnnotationLetterFactory.DrawsText(page)) return own;
        try
        {
            var drawn = _document.GetPage<AnnotationLetters>(number).Annotations;
            if (drawn.Count == 0) return own;
            return PdfReadingOrder.Text([.. page.Letters, .. drawn.SelectMany(stamp => StampedTextPlacement.OnTheirLine(stamp, page.Letters))], rulings: rulings);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException)) { return own; }
    }

    // The largest image, when it covers most of the page: the page is (or carries) a scan.
    private static PdfPageImage? ScanOf(Page page, bool lightenSealInk)
    {
        var image = page.GetImages().Where(i => !i.IsImageMask).MaxBy(i => i.BoundingBox.Area);
        if (image is null || image.BoundingBox.Area < ScanCoverage * page.Width * page.Height) return null;
        var filters = Filters(image);
        var format = filters.Count == 0 ? "raw" : string.Join('+', filters);
        // A rotated page or image would reach OCR sideways; poppler renders it upright instead.
        var upright = page.Rotation.Value == 0 && Math.Abs(image.BoundingBox.Rotation) < 0.5;
        if (!upright) return new PdfPageImage(null, "", image.WidthInSamples, image.HeightInSamples, format);
        // A colour scan is rendered by poppler for the seal filter; a gray one is read as it is stored.
        if (lightenSealInk && Colour(image.ColorSpaceDetails)) return new PdfPageImage(null, "", image.WidthInSamples, image.HeightInSamples, format) { Colour = true };
        if (filters is ["DCTDecode"] && PlainColours(image.ColorSpaceDetails) && image.Decode.Count == 0)
            return new PdfPageImage(image.RawBytes.ToArray(), "jpg", image.WidthInSamples, image.HeightInSamples, format);
        // Flate, LZW and raw samples: PdfPig decodes them and writes a PNG (it declines forms it cannot convert).
        if (filters.All(f => f is "FlateDecode" or "LZWDecode" or "RunLengthDecode") && image.TryGetPng(out var png))
            return new PdfPageImage(png, "png", image.WidthInSamples, image.HeightInSamples, format);
        return new PdfPageImage(null, "", image.WidthInSamples, image.HeightInSamples, format);
    }

    private static bool Colour(ColorSpaceDetails? colours) =>
        colours is not null && colours.Type is ColorSpace.DeviceRGB or ColorSpace.CalRGB
            || colours is ICCBasedColorSpaceDetails { NumberOfColorComponents: 3 };

    private static bool Gray(ColorSpaceDetails? colours) =>
        colours is not null && colours.Type is ColorSpace.DeviceGray or ColorSpace.CalGray
            || colours is ICCBasedColorSpaceDetails { NumberOfColorComponents: 1 };

    // Gray or RGB: a JPEG in CMYK (often stored inverted by Adobe software) would mislead OCR.
    private static bool PlainColours(ColorSpaceDetails? colours) => Gray(colours) || Colour(colours);

    private static List<string> Filters(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var token)) return [];
        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.OfType<NameToken>().Select(n => n.Data).ToList(),
            _ => ["unknown"],
        };
    }

    /// <inheritdoc />
    public void Dispose() => _document.Dispose();
}
