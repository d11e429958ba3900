namespace Ingest.Indexer.Graph;

/// <summary>
/// Cuts the sentence around a span out of a text, for showing a citation in context. A sentence ends at ";" or at a
/// full stop; a page's lines also end one where a new item opens (a list mark, "Căn cứ") or where the line before is a
/// flattened header's (it ends in the table's "|" or in ":"), so the sentence of the first "Căn cứ" under a header is
/// not the header's lines. Pure.
/// </summary>
public static class SentenceLocator
{
    private const int MaxSide = 240;

    /// <summary>The sentence holding [start, end), whitespace folded, at most about 500 characters.</summary>
    public static string Around(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = start;
        while (from > 0 && start - from < MaxSide && !EndsSentence(text, from - 1)) from--;
        var to = end;
        while (to < text.Length && to - end < MaxSide && !EndsSentence(text, to)) to++;
        if (to < text.Length && text[to] != '\n') to++;
        return string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] is ';' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
        || text[i] == '\n' && (LineOpensItem(text, i + 1) || LineClosesBlock(text, i));

    // "- …", "+ …", "• …", "Căn cứ …" at the start of the line after i.
    private static bool LineOpensItem(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        if (at >= text.Length) return false;
        if (text[at] is '-' or '+' or '•' or '–') return true;
        return text.AsSpan(at).StartsWith("Căn cứ", StringComparison.Ordinal);
    }

    // The line before the break at i is blank, or ends in a flattened table's "|" or a label's ":".
    private static bool LineClosesBlock(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\r') k--;
        return k < 0 || text[k] is '\n' or '|' or ':';
    }
}
