using System.Globalization;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Builds a <see cref="TextView"/> in one linear pass. Pure: no I/O, no culture; never throws on any string.
/// </summary>
public static class TextViewBuilder
{
    /// <summary>Normalizes <paramref name="original"/>; see <see cref="TextView"/> for what changes.</summary>
    public static TextView Build(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var sb = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        var lineStarts = new List<int>();
        var pendingSpace = false;
        var pendingLine = false;
        var lastSpaceAt = 0;

        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (IsSpace(c))
            {
                pendingSpace = true;
                lastSpaceAt = i;
                if (c == '\n') pendingLine = true;
                continue;
            }
            if (IsDropped(c)) continue;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && sb.Length > 0 && !pendingSpace)
            {
                // Decomposed input ("a" + U+0301): compose onto the previous letter so matching sees one character.
                var composed = string.Concat(sb[^1], c).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1) { sb[^1] = composed[0]; continue; }
            }
            if (pendingSpace && sb.Length > 0)
            {
                sb.Append(' ');
                map.Add(lastSpaceAt);
            }
            if (pendingLine || sb.Length == 0) lineStarts.Add(sb.Length);
            pendingSpace = pendingLine = false;
            sb.Append(Replace(c));
            map.Add(i);
        }
        map.Add(original.Length);
        var normalized = sb.ToString();
        return new TextView(original, normalized, TextFolding.Fold(normalized), map.ToArray(), lineStarts.ToArray());
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u0000';

    // Markdown emphasis and heading marks, and soft hyphens, carry no meaning for citations or dates.
    private static bool IsDropped(char c) => c is '*' or '#' or '\u00AD';

    private static char Replace(char c) => c switch
    {
        '\u00D0' => 'Đ', // OCR reads Đ as the Icelandic look-alike Ð
        '\u00F0' => 'đ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };
}
