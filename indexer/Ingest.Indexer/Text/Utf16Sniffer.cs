using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Recognises UTF-16 text written without a byte-order mark (some Windows tools save "Unicode" text so). In such
/// text every ASCII character, and every Vietnamese letter of Latin-1 Supplement and Latin Extended (U+00C0–U+01B0),
/// has a high byte of 0 or 1, so one byte position of each pair is mostly 0 and the other almost never is: the
/// zeros sit at even offsets in big-endian text and at odd offsets in little-endian. A sample must also decode
/// without broken surrogates and hold few control characters. Pure.
/// </summary>
public static class Utf16Sniffer
{
    // Share of pairs whose high byte is 0: Vietnamese text runs ~60–90% (ASCII letters, spaces, digits); the
    // letters of Latin Extended Additional (U+1EA0–U+1EF9) are the rest. The low byte is 0 for almost no character.
    private const double MinHighZeros = 0.3;
    private const double MaxLowZeros = 0.05;

    private static readonly Encoding StrictBigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictLittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The encoding of BOM-less UTF-16 <paramref name="bytes"/> (judged on their first 4 KB), or null when they are not.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2.0;
        var encoding = evenZeros / pairs >= MinHighZeros && oddZeros / pairs <= MaxLowZeros ? StrictBigEndian
            : oddZeros / pairs >= MinHighZeros && evenZeros / pairs <= MaxLowZeros ? StrictLittleEndian
            : null;
        return encoding is not null && ReadsAsText(encoding, sample) ? encoding : null;
    }

    private static bool ReadsAsText(Encoding encoding, ReadOnlySpan<byte> sample)
    {
        string text;
        // The sample may end inside a surrogate pair; drop its last unit before judging.
        try { text = encoding.GetString(sample.Length > 4 ? sample[..^2] : sample); }
        catch (DecoderFallbackException) { return false; }
        var control = text.Count(c => c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f'));
        return control * 20 < text.Length;
    }
}
