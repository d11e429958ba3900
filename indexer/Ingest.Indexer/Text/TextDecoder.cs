using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Turns the bytes of a text or Markdown file into a Unicode NFC string: UTF-8 (with or without BOM), UTF-16
/// (by BOM, or recognised without one), else Windows-1258; then, if the result is TCVN3 or VNI mojibake, converts it. Pure.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text and the encoding that was read (utf-8, utf-16le, utf-16be, windows-1258, and +tcvn3/+vni).</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        string name;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) (text, name) = (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) (text, name) = (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) (text, name) = (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        else if (Utf16Sniffer.Detect(bytes) is { } utf16)
            (text, name) = (utf16.GetString(bytes[..(bytes.Length & ~1)]), utf16.CodePage == 1201 ? "utf-16be" : "utf-16le");
        else
        {
            try { (text, name) = (StrictUtf8.GetString(bytes), "utf-8"); }
            catch (DecoderFallbackException)
            {
                // An 8-bit file: TCVN3 and VNI files were written with Windows "ANSI" (1252) fonts, so their bytes are
                // read as 1252 before the legacy tables apply; anything else is Windows-1258, the Vietnamese code page.
                var ansi = Encoding.GetEncoding(1252).GetString(bytes);
                var cp1258 = Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
                var legacy = LegacyVietnamese.Default.Detect(ansi);
                if (legacy != LegacyEncoding.None)
                {
                    var converted = LegacyVietnamese.Default.ToUnicode(ansi, legacy);
                    if (VietnameseSyllables.Score(converted) > VietnameseSyllables.Score(cp1258))
                        return (converted, "windows-1252+" + legacy.ToString().ToLowerInvariant());
                }
                return (cp1258, "windows-1258");
            }
        }
        return Repair(text, name);
    }

    /// <summary>Converts legacy-encoding mojibake in already-decoded text (e.g. from a PDF's text layer) and composes to NFC.</summary>
    public static (string Text, string Encoding) Repair(string text, string encoding = "unicode")
    {
        // A noncharacter or a lone surrogate in the bytes would make every later normalization throw. Plain text
        // (every character one that NFC keeps, nothing invalid) skips both passes: the same text comes out.
        var plain = UnicodeNormalizer.IsPlainNfc(text);
        if (!plain) text = UnicodeNormalizer.ReplaceInvalid(text);
        var legacy = LegacyVietnamese.Default.Detect(text);
        if (legacy != LegacyEncoding.None)
            return (LegacyVietnamese.Default.ToUnicode(text, legacy), encoding + "+" + legacy.ToString().ToLowerInvariant());
        return (plain || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC), encoding);
    }
}
