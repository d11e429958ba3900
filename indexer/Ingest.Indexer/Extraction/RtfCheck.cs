namespace Ingest.Indexer.Extraction;

/// <summary>
/// Refuses a truncated RTF file before it is converted: converters read a cut-off RTF up to where it stops
/// and say nothing, which would index half a plan. An RTF file is one group; its braces must balance
/// (escaped \{ and \} do not count, nor the bytes of \binN data). Pure.
/// </summary>
public static class RtfCheck
{
    /// <summary>Throws <see cref="ExtractionException"/> (corrupt) when the groups do not close.</summary>
    public static void ThrowIfTruncated(ReadOnlySpan<byte> rtf, string fileName)
    {
        var depth = 0;
        for (var i = 0; i < rtf.Length; i++)
        {
            switch (rtf[i])
            {
                case (byte)'\\' when i + 1 < rtf.Length && rtf[i + 1] is (byte)'{' or (byte)'}' or (byte)'\\':
                    i++;
                    break;
                case (byte)'\\' when rtf[(i + 1)..].StartsWith("bin"u8):
                    i = SkipBinary(rtf, i + 4);
                    break;
                case (byte)'{':
                    depth++;
                    break;
                case (byte)'}':
                    depth--;
                    if (depth == 0 && i < rtf.Length - 1 && rtf[(i + 1)..].Trim("\r\n\0 "u8).Length > 0)
                        return; // text after the document's group is ignored by readers, not a truncation
                    break;
            }
        }
        if (depth != 0)
            throw new ExtractionException("corrupt", fileName, $"the RTF file is truncated or damaged ({depth} group(s) never closed)");
    }

    // "\binN " is followed by N raw bytes that may hold any brace.
    private static int SkipBinary(ReadOnlySpan<byte> rtf, int i)
    {
        var length = 0L;
        while (i < rtf.Length && rtf[i] is >= (byte)'0' and <= (byte)'9') length = Math.Min(length * 10 + (rtf[i++] - '0'), int.MaxValue);
        if (i < rtf.Length && rtf[i] == ' ') i++;
        return (int)Math.Min(rtf.Length - 1, i + length - 1);
    }
}
