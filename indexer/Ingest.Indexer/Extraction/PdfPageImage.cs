namespace Ingest.Indexer.Extraction;

/// <summary>The image that covers a scanned page, as stored in the PDF.</summary>
/// <param name="Bytes">A file OCR can read as it is (the stored JPEG, or a PNG PdfPig decoded); null when the
/// image is stored in a form that must be rasterized to be read (JPEG 2000, CCITT fax, JBIG2, CMYK, rotated).</param>
/// <param name="Extension">The file extension of <paramref name="Bytes"/> ("jpg" or "png"), else empty.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Format">How the image is stored (the PDF filter, e.g. DCTDecode), for diagnostics.</param>
public sealed record PdfPageImage(byte[]? Bytes, string Extension, int Width, int Height, string Format)
{
    /// <summary>True for a colour image (three components): it may carry a red seal, so it goes through poppler and
    /// <see cref="SealInkFilter"/> instead of straight to OCR.</summary>
    public bool Colour { get; init; }

    /// <summary>Width × height.</summary>
    public long Pixels => (long)Width * Height;
}
