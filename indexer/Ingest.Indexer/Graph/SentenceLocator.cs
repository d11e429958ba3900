namespace Ingest.Indexer.Graph;

/// <summary>
/// Cuts the sentence around a span out of a text, for showing a citation in context. A sentence ends at ";" or at a
/// full stop; a page's lines also end one where a new item opens (a list mark before a word, "Căn cứ"), where the line
/// before is a flattened header's (it ends in the table's "|" or in ":"), or at a blank line before a capital, so the
/// sentence of the first "Căn cứ" under a header is not the header's lines. A copy that sets a blank line between the
/// wrapped lines of one sentence ("… về việc in," / "" / "phát hành, quản lý …") or wraps a range before its hyphen
/// ("giai đoạn 2021" / "- 2025") keeps the sentence whole. Pure.
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
        // A Markdown copy's emphasis marks and a flattened table's bars at either end are the page's, not the sentence's
        // ("* *Căn cứ Nghị định số 63/2010/NĐ-CP …;*").
        return string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(PageMarks);
    }

    private static readonly char[] PageMarks = ['*', '_', '|', ' '];

    private static bool EndsSentence(string text, int i) =>
        text[i] is ';' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
        || text[i] == '\n' && (LineOpensItem(text, i + 1) || LineClosesBlock(text, i));

    // "- Kế hoạch …", "+ …", "• …", "Căn cứ …" at the start of the line after i; a mark before a digit is a range's or
    // a date's hyphen the page wrapped ("- 2025").
    private static bool LineOpensItem(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        if (at >= text.Length) return false;
        if (text[at] is '-' or '+' or '•' or '–')
        {
            var next = at + 1;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            return next < text.Length && next > at + 1 && !char.IsDigit(text[next]);
        }
        return text.AsSpan(at).StartsWith("Căn cứ", StringComparison.Ordinal);
    }

    // The line before the break at i ends in a flattened table's "|" or a label's ":", or is blank with a capital
    // after it.
    private static bool LineClosesBlock(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\r') k--;
        if (k < 0 || text[k] is '|' or ':') return true;
        if (text[k] != '\n') return false;
        var next = i + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return next < text.Length && char.IsUpper(text[next]);
    }
}
