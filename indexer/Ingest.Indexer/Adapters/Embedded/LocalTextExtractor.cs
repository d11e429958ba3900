using System.Collections.Concurrent;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The embedded extractor: detects the kind by content; reads text files (UTF-8/16, Windows-1258, TCVN3,
/// VNI), .docx (OpenXml), .odt (in process), .doc (antiword), .rtf (LibreOffice to .docx), PDFs page by page (PdfPig's text layer in reading order; a page without a usable
/// layer, or a scan under a hidden layer that does not read as Vietnamese, is OCR'd from its stored image, or
/// rasterized by poppler where that image cannot be handed over), images (Tesseract, Vietnamese), OCR pages in
/// parallel; then repairs OCR damage to symbols and dates. Each call works in its own temp folder, always
/// removed. Thread-safe.
/// </summary>
public sealed class LocalTextExtractor : ITextExtractor
{
    private readonly ExtractionLimits _limits;
    private readonly PopplerPdf _pdf;
    private readonly AntiwordReader _antiword;
    private readonly LibreOfficeConverter _libreOffice;
    private readonly IOcrEngine _ocr;
    private readonly OcrRepair _repair;

    public LocalTextExtractor(ExtractionLimits? limits = null, IOcrEngine? ocr = null, DomainTables? tables = null)
    {
        _limits = limits ?? ExtractionLimits.Default;
        _pdf = new PopplerPdf(_limits);
        _antiword = new AntiwordReader(_limits);
        _libreOffice = new LibreOfficeConverter(_limits);
        _ocr = ocr ?? new TesseractOcr(_limits);
        _repair = new OcrRepair(tables ?? DomainTables.Default);
    }

    /// <summary>Time spent inside the OCR engine by the last extractions (for the benchmark's overhead share).</summary>
    public TimeSpan EngineTime => TimeSpan.FromTicks(Interlocked.Read(ref _engineTicks));
    private long _engineTicks;

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
    {
        if (content.Length > _limits.MaxBytes)
            throw new ExtractionException("too-large", fileName, $"{content.Length / 1048576.0:F1} MB; the limit is {_limits.MaxBytes / 1048576} MB");
        if (content.Length == 0) throw new ExtractionException("corrupt", fileName, "the file is empty");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_limits.TimePerFile);
        try { return WithinTextLimit(await ExtractKindAsync(content, fileName, deadline.Token), fileName); }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ExtractionException("timeout", fileName, $"not read within {_limits.TimePerFile.TotalSeconds:F0} s (ExtractionLimits.TimePerFile)", inner: e);
        }
    }

    private ExtractedDocument WithinTextLimit(ExtractedDocument document, string fileName)
    {
        var characters = document.Pages.Sum(p => (long)p.Text.Length);
        return characters <= _limits.MaxTextChars ? document : throw new ExtractionException("too-large", fileName,
            $"{characters:N0} characters of text; the limit is {_limits.MaxTextChars:N0} (ExtractionLimits.MaxTextChars)");
    }

    private async Task<ExtractedDocument> ExtractKindAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
    {
        var kind = FileKindDetector.Detect(content.Span);
        return kind switch
        {
            FileKind.Text => ReadText(content, fileName),
            FileKind.Docx => new ExtractedDocument(kind, [new ExtractedPage(1, TextDecoder.Repair(DocxReader.Read(content, fileName, _limits)).Text, "docx")], []),
            FileKind.Pdf => await ReadPdfAsync(content, fileName, cancellationToken),
            FileKind.Png or FileKind.Jpeg or FileKind.Tiff => await ReadImageAsync(content, kind, fileName, cancellationToken),
            FileKind.Odt => OnePage(kind, OdtReader.Read(content, fileName, _limits), "odt"),
            FileKind.LegacyDoc => await ReadDocAsync(content, fileName, cancellationToken),
            FileKind.Rtf => await ReadRtfAsync(content, fileName, cancellationToken),
            _ => throw new ExtractionException("unsupported-type", fileName, "not a PDF, Word (.docx, .doc), OpenDocument (.odt), RTF, image or text file"),
        };
    }

    // Word-processor files have no fixed pages: one page, like a .docx, with legacy-font text repaired.
    private static ExtractedDocument OnePage(FileKind kind, string text, string source) =>
        new(kind, [new ExtractedPage(1, TextDecoder.Repair(text).Text, source)], []);

    private async Task<ExtractedDocument> ReadDocAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct)
    {
        using var workspace = new TempWorkspace();
        return OnePage(FileKind.LegacyDoc, await _antiword.ReadAsync(content, fileName, workspace, ct), "doc");
    }

    private async Task<ExtractedDocument> ReadRtfAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct)
    {
        RtfCheck.ThrowIfTruncated(content.Span, fileName);
        using var workspace = new TempWorkspace();
        var docx = await _libreOffice.ToDocxAsync(content, "rtf", fileName, workspace, ct);
        return OnePage(FileKind.Rtf, DocxReader.Read(docx, fileName), "rtf");
    }

    private static ExtractedDocument ReadText(ReadOnlyMemory<byte> content, string fileName)
    {
        var (text, encoding) = TextDecoder.Decode(content.Span);
        var warnings = encoding.Contains('+') ? new[] { $"converted from the legacy encoding {encoding}" } : [];
        return new ExtractedDocument(FileKind.Text, [new ExtractedPage(1, text, "text")], warnings);
    }

    // Page by page: the text layer (PdfPig, in reading order) where it is usable, else OCR of the scan's own
    // image where PdfPig hands it over as a JPEG or PNG, else of the page rasterized by poppler.
    private async Task<ExtractedDocument> ReadPdfAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct)
    {
        using var workspace = new TempWorkspace();
        var warnings = new ConcurrentBag<string>();
        PdfPigReader reader;
        try { reader = PdfPigReader.Open(content, fileName, _limits); }
        catch (ExtractionException e) when (e.Reason == "corrupt")
        {
            // PdfPig parses strictly; poppler repairs the damage real PDFs carry (a wrong cross-reference
            // offset) and refuses what is truly broken.
            return await ReadPdfWithPopplerAsync(content, fileName, workspace, warnings, ct);
        }
        var results = new ExtractedPage[reader.PageCount];
        var jobs = new List<OcrJob>();
        using (reader)
        {
            for (var number = 1; number <= reader.PageCount; number++)
            {
                ct.ThrowIfCancellationRequested();
                var page = reader.ReadPage(number);
                if (PdfPagePolicy.TextLayer(page) is var (text, encoding))
                {
                    if (encoding.Contains('+')) warnings.Add($"page {number}: converted from the legacy encoding {encoding}");
                    results[number - 1] = new ExtractedPage(number, text, "text-layer");
                    continue;
                }
                jobs.Add(await OcrJobAsync(page, workspace, fileName, ct));
            }
        }
        string? pdfPath = null;
        if (jobs.Any(j => j.Image is null))
        {
            pdfPath = workspace.File("upload.pdf");
            await File.WriteAllBytesAsync(pdfPath, content.ToArray(), ct);
        }
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = _limits.OcrParallelism, CancellationToken = ct }, async (job, token) =>
        {
            var image = job.Image ?? await _pdf.RasterizeAsync(pdfPath!, job.Page, job.WidthPt, job.HeightPt, workspace, fileName, token, job.Dpi);
            results[job.Page - 1] = new ExtractedPage(job.Page, await RecognizeAsync(image, job.Page, fileName, warnings, token), "ocr");
            File.Delete(image);
        });
        if (PdfPagePolicy.MixedWarning(results) is { } mixed) warnings.Add(mixed);
        return new ExtractedDocument(FileKind.Pdf, results, warnings.ToList());
    }

    // One page to OCR: its stored image written out as it is, or (Image null) a page poppler must rasterize, at
    // Dpi when the page is a colour scan (its own resolution, so OCR loses none of the scanner's pixels).
    private sealed record OcrJob(int Page, string? Image, double WidthPt, double HeightPt, int? Dpi = null);

    private async Task<OcrJob> OcrJobAsync(PdfPageContent page, TempWorkspace workspace, string fileName, CancellationToken ct)
    {
        if (page.Scan is { Colour: true } colour)
            return new OcrJob(page.Number, null, page.WidthPt, page.HeightPt, ScanDpi(colour, page.WidthPt));
        if (page.Scan is not { Bytes: { } bytes } scan) return new OcrJob(page.Number, null, page.WidthPt, page.HeightPt);
        if (scan.Pixels > _limits.MaxImagePixels)
            throw new ExtractionException("image-too-large", fileName, $"the scan is {scan.Pixels / 1e6:F0} megapixels; the limit is {_limits.MaxImagePixels / 1e6:F0}", page.Number);
        var path = workspace.File($"scan-{page.Number}.{scan.Extension}");
        await File.WriteAllBytesAsync(path, bytes, ct);
        return new OcrJob(page.Number, path, page.WidthPt, page.HeightPt);
    }

    // The scan's own resolution across the page, between the OCR resolution and 300 dpi (above 300 Tesseract
    // gains nothing and takes longer; shared/OCR-NOTES.md).
    private int ScanDpi(PdfPageImage scan, double widthPt) =>
        Math.Clamp((int)Math.Round(scan.Width / (widthPt / 72)), _limits.OcrDpi, Math.Max(_limits.OcrDpi, 300));

    private async Task<ExtractedDocument> ReadPdfWithPopplerAsync(ReadOnlyMemory<byte> content, string fileName, TempWorkspace workspace, ConcurrentBag<string> warnings, CancellationToken ct)
    {
        var path = workspace.File("upload.pdf");
        await File.WriteAllBytesAsync(path, content.ToArray(), ct);
        var (pages, width, height) = await _pdf.InfoAsync(path, fileName, ct);
        var layer = await _pdf.TextLayerAsync(path, pages, fileName, ct);
        var results = new ExtractedPage[pages];
        var needOcr = new List<int>();
        for (var i = 0; i < pages; i++)
        {
            var (text, encoding) = TextDecoder.Repair(layer[i]);
            if (encoding.Contains('+')) warnings.Add($"page {i + 1}: converted from the legacy encoding {encoding}");
            if (PdfPagePolicy.IsUsable(text)) results[i] = new ExtractedPage(i + 1, text, "text-layer");
            else needOcr.Add(i + 1);
        }
        await Parallel.ForEachAsync(needOcr, new ParallelOptions { MaxDegreeOfParallelism = _limits.OcrParallelism, CancellationToken = ct }, async (page, token) =>
        {
            var image = await _pdf.RasterizeAsync(path, page, width, height, workspace, fileName, token);
            results[page - 1] = new ExtractedPage(page, await RecognizeAsync(image, page, fileName, warnings, token), "ocr");
            File.Delete(image);
        });
        warnings.Add("the PDF's structure is damaged; read by poppler, which repaired it");
        if (PdfPagePolicy.MixedWarning(results) is { } mixed) warnings.Add(mixed);
        return new ExtractedDocument(FileKind.Pdf, results, warnings.ToList());
    }

    private async Task<ExtractedDocument> ReadImageAsync(ReadOnlyMemory<byte> content, FileKind kind, string fileName, CancellationToken ct)
    {
        var pixels = ImagePixels(content.Span, kind);
        if (pixels > _limits.MaxImagePixels)
            throw new ExtractionException("image-too-large", fileName, $"{pixels / 1e6:F0} megapixels; the limit is {_limits.MaxImagePixels / 1e6:F0}");
        using var workspace = new TempWorkspace();
        var warnings = new ConcurrentBag<string>();
        var text = await RecognizeAsync(await ImageForOcrAsync(content, kind, workspace, fileName, ct), 1, fileName, warnings, ct);
        var pages = text.Split('\f').Select((t, i) => new ExtractedPage(i + 1, t, "ocr")).Where(p => p.Number == 1 || p.Text.Trim().Length > 0).ToList();
        return new ExtractedDocument(kind, pages, warnings.ToList());
    }

    // The file Tesseract reads for an uploaded image: a colour photo goes through poppler for the seal filter, as a
    // colour scan in a PDF does (wrapped as a one-page PDF, rendered pixel for pixel); every other image is written out
    // as it is, and Tesseract reads it itself (every page of a multi-page TIFF, separated by form feeds).
    private async Task<string> ImageForOcrAsync(ReadOnlyMemory<byte> content, FileKind kind, TempWorkspace workspace, string fileName, CancellationToken ct)
    {
        if (kind == FileKind.Jpeg && _limits.LightenSealInk && JpegPage.Frame(content.Span) is { Components: 3 } frame)
        {
            var page = workspace.File("photo.pdf");
            await File.WriteAllBytesAsync(page, JpegPage.ToPdf(content.Span, frame.Width, frame.Height), ct);
            return await _pdf.RasterizeAsync(page, 1, frame.Width, frame.Height, workspace, fileName, ct, dpi: 72);
        }
        var path = workspace.File("upload." + kind.ToString().ToLowerInvariant());
        await File.WriteAllBytesAsync(path, content.ToArray(), ct);
        return path;
    }

    private async Task<string> RecognizeAsync(string image, int page, string fileName, ConcurrentBag<string> warnings, CancellationToken ct)
    {
        var result = await _ocr.RecognizeAsync(image, page, fileName, ct);
        Interlocked.Add(ref _engineTicks, result.EngineTime.Ticks);
        var (text, repairs) = _repair.Apply(Text.UnicodeNormalizer.ToNfc(result.Text));
        if (repairs > 0) warnings.Add($"page {page}: {repairs} OCR slip(s) in document numbers or dates repaired");
        if (!PdfPagePolicy.IsUsable(text)) warnings.Add($"page {page}: OCR found little text (blank page or unreadable scan)");
        return text;
    }

    // Width × height from the header, without decoding the image (PNG IHDR, JPEG SOF, TIFF tags are not read: 0).
    private static long ImagePixels(ReadOnlySpan<byte> b, FileKind kind) => kind switch
    {
        FileKind.Png when b.Length > 24 => (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b[16..]) * System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b[20..]),
        FileKind.Jpeg when JpegPage.Frame(b) is { } frame => (long)frame.Width * frame.Height,
        _ => 0,
    };
}
