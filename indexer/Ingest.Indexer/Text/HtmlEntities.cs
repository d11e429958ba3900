using System.Net;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Character references that a web page's HTML left in copied text ("Đại hội Đo&amp;agrave;n", "&amp;nbsp;", "&amp;#7897;")
/// decoded to their characters, with each result character's index in the input, as the text view's offset map
/// needs. <see cref="WebUtility.HtmlDecode(string)"/> decodes each reference (HTML's named set and numeric ones); what
/// is written here only finds them and keeps the map, which no served library gives. Pure and thread-safe.
/// </summary>
public static class HtmlEntities
{
    // "&#x1F600;" is the longest reference read: '&', '#', 'x', six hex digits, ';'.
    private const int LongestReference = 10;

    /// <summary>True when the text may hold a reference: an '&amp;' with a ';' close after it.</summary>
    public static bool MayHold(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('&'); i >= 0; i = text[(i + 1)..].IndexOf('&') is var next and >= 0 ? i + 1 + next : -1)
            if (ReferenceEnd(text, i) > 0) return true;
        return false;
    }

    /// <summary>The text with its references decoded; <paramref name="map"/> is null when nothing changed.</summary>
    public static string Decode(string text, out int[]? map)
    {
        map = null;
        if (!MayHold(text)) return text;
        var sb = new StringBuilder(text.Length);
        var index = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '&' && ReferenceEnd(text, i) is var end and > 0
                && WebUtility.HtmlDecode(text.Substring(i, end - i)) is var decoded && decoded.Length < end - i)
            {
                foreach (var c in decoded) { sb.Append(c); index.Add(i); }
                i = end - 1;
                continue;
            }
            sb.Append(text[i]);
            index.Add(i);
        }
        if (sb.Length == text.Length) return text;
        index.Add(text.Length);
        map = index.ToArray();
        return sb.ToString();
    }

    /// <summary>The text with its references decoded (no map), for one line or cell.</summary>
    public static string Decode(string text) => Decode(text, out _);

    // The end (past ';') of a well-formed reference at i ("&name;", "&#123;", "&#x1ea1;"), or 0.
    private static int ReferenceEnd(ReadOnlySpan<char> text, int i)
    {
        var k = i + 1;
        if (k >= text.Length) return 0;
        var numeric = text[k] == '#';
        if (numeric)
        {
            k++;
            var hex = k < text.Length && text[k] is 'x' or 'X';
            if (hex) k++;
            var digits = k;
            while (k < text.Length && k - i < LongestReference && (hex ? char.IsAsciiHexDigit(text[k]) : char.IsAsciiDigit(text[k]))) k++;
            if (k == digits) return 0;
        }
        else
        {
            if (!char.IsAsciiLetter(text[k])) return 0;
            while (k < text.Length && k - i < LongestReference && char.IsAsciiLetterOrDigit(text[k])) k++;
        }
        return k < text.Length && text[k] == ';' ? k + 1 : 0;
    }
}
