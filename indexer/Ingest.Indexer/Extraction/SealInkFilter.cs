using System.Globalization;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Turns a colour page (the binary PPM poppler renders) into the grayscale PGM Tesseract reads, with red ink
/// lightened away. Vietnamese documents are sealed in red ink over the signature (Nghị định 30/2020/NĐ-CP, Điều 33:
/// red seal ink, the seal over about a third of the signature on its left), and an ordinary gray conversion keeps the
/// seal as dark as print: on a real scan (UBND tỉnh Quảng Ngãi, Chỉ thị 04/CT-UBND 2024, the `ld-` batch) OCR of
/// the gray page lost "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" entirely and read the name "rần Hoàng Tuân"; with the red
/// ink lightened it read all three lines right. Each pixel becomes the larger of its luminance and its red
/// value: black and gray print keep their luminance, blue ink (handwritten numbers) stays as dark as before, and
/// only pixels with more red than their luminance get lighter, so nothing is ever darker than the gray
/// conversion made it. Written here rather than taken from an image library: poppler already decodes the page
/// (out of process, under the extraction limits), and what is left is a header and one pass over the samples.
/// Pure.
/// </summary>
public static class SealInkFilter
{
    /// <summary>The PGM (P5, 8-bit) of a PPM (P6, 8-bit); throws <see cref="FormatException"/> for anything else.</summary>
    public static byte[] ToGray(ReadOnlySpan<byte> ppm)
    {
        var at = 0;
        if (Token(ppm, ref at) != "P6") throw new FormatException("not a binary PPM (P6)");
        var width = Number(ppm, ref at);
        var height = Number(ppm, ref at);
        if (Number(ppm, ref at) != 255) throw new FormatException("only 8-bit PPM is read");
        at++; // the single whitespace byte that ends the header
        var pixels = (long)width * height;
        if (pixels <= 0 || at + pixels * 3 > ppm.Length) throw new FormatException("the PPM is truncated");
        var header = System.Text.Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        var gray = new byte[header.Length + pixels];
        header.CopyTo(gray, 0);
        var samples = ppm.Slice(at, checked((int)(pixels * 3)));
        var output = gray.AsSpan(header.Length);
        for (int i = 0, s = 0; i < output.Length; i++, s += 3)
        {
            int r = samples[s], g = samples[s + 1], b = samples[s + 2];
            // ITU-R BT.601 luminance in integers (the weights poppler's own -gray uses, to within rounding).
            var luminance = (299 * r + 587 * g + 114 * b + 500) / 1000;
            output[i] = (byte)Math.Max(luminance, r);
        }
        return gray;
    }

    private static int Number(ReadOnlySpan<byte> ppm, ref int at) =>
        int.TryParse(Token(ppm, ref at), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : throw new FormatException("the PPM header is malformed");

    // The next header token, skipping whitespace and "#" comments (netpbm's header grammar).
    private static string Token(ReadOnlySpan<byte> ppm, ref int at)
    {
        while (at < ppm.Length && (IsSpace(ppm[at]) || ppm[at] == '#'))
            if (ppm[at] == '#') while (at < ppm.Length && ppm[at] != '\n') at++;
            else at++;
        var start = at;
        while (at < ppm.Length && !IsSpace(ppm[at]) && at - start < 12) at++;
        return System.Text.Encoding.ASCII.GetString(ppm[start..at]);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
}
