using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Rewrites some lines of a text and keeps, for each character of the result, the index in the text it came from, so
/// that what is read in the rewritten text is found again in the one given (<see cref="TextViewBuilder"/> follows the
/// map). The normalizers that change a line's length (<see cref="LegacyLineNormalizer"/>, <see cref="SplitSyllableNormalizer"/>)
/// say only which lines change and how. Pure and thread-safe.
/// </summary>
internal static class LineRewriter
{
    /// <summary>
    /// Writes one changed line (or part of it) into the result: each character appended to the builder, its index in
    /// the text appended to the map. A rewrite writes the characters from <paramref name="from"/> to the end of what it
    /// changed and returns where the text takes over again.
    /// </summary>
    public delegate int LineWriter(StringBuilder sb, List<int> index, int from);

    /// <summary>For the line from <paramref name="lineStart"/> to <paramref name="lineEnd"/>, its writer, or null when it stays.</summary>
    public delegate LineWriter? LineRewrite(string text, int lineStart, int lineEnd);

    /// <summary>The text with its lines rewritten; the same instance and a null map when none changed.</summary>
    public static string Apply(string text, LineRewrite rewrite, out int[]? map)
    {
        map = null;
        StringBuilder? sb = null;
        List<int>? index = null;
        var copied = 0;
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            if (rewrite(text, lineStart, lineEnd) is { } write)
            {
                sb ??= new StringBuilder(text.Length);
                index ??= new List<int>(text.Length + 1);
                copied = write(sb, index, copied);
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        if (sb is null || index is null) return text;
        Copy(text, copied, text.Length, sb, index);
        index.Add(text.Length);
        map = index.ToArray();
        return sb.ToString();
    }

    /// <summary>Appends the text from <paramref name="start"/> to <paramref name="end"/> as it is, each character mapped to itself.</summary>
    public static void Copy(string text, int start, int end, StringBuilder sb, List<int> index)
    {
        sb.Append(text, start, end - start);
        for (var i = start; i < end; i++) index.Add(i);
    }
}
