using System.Buffers.Binary;
using System.Text;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// A colour JPEG photo of a page as a one-page PDF, so poppler can render it in colour for the seal filter
/// (<see cref="SealInkFilter"/>) as it does a scanned PDF page: the JPEG's bytes go in unchanged as the page's only
/// image (DCTDecode), one point per pixel. Written here because the PDF is five fixed objects around the photo, and
/// decoding the JPEG in process would take an image library to parse untrusted bytes that poppler already parses
/// out of process under the extraction limits. Pure.
/// </summary>
public static class JpegPage
{
    /// <summary>Width, height and colour components from the JPEG's frame header (SOF); null when none is found.</summary>
    public static (int Width, int Height, int Components)? Frame(ReadOnlySpan<byte> jpeg)
    {
        for (var i = 2; i + 9 < jpeg.Length;)
        {
            if (jpeg[i] != 0xFF) { i++; continue; }
            var marker = jpeg[i + 1];
            // SOF0–SOF15 carry the frame; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 5)..]), jpeg[i + 9]);
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; } // markers without a length
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 2)..]);
        }
        return null;
    }

    /// <summary>The one-page PDF holding <paramref name="jpeg"/> (three components) at <paramref name="width"/> ×
    /// <paramref name="height"/> points.</summary>
    public static byte[] ToPdf(ReadOnlySpan<byte> jpeg, int width, int height)
    {
        var pdf = new MemoryStream(jpeg.Length + 1024);
        var offsets = new List<long>();
        void Write(string s) { var b = Encoding.ASCII.GetBytes(s); pdf.Write(b); }
        void Object(string body) { offsets.Add(pdf.Position); Write($"{offsets.Count} 0 obj\n{body}\nendobj\n"); }
        var draw = $"q {width} 0 0 {height} 0 0 cm /Im0 Do Q";
        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>\nstream\n");
        pdf.Write(jpeg);
        Write("\nendstream\nendobj\n");
        Object($"<< /Length {draw.Length} >>\nstream\n{draw}\nendstream");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
