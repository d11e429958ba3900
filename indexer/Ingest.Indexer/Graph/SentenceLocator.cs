namespace Ingest.Indexer.Graph;

/// <summary>Cuts the sentence around a span out of a text, for showing a citation in context. Pure.</summary>
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
        if (to < text.Length) to++;
        return string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] is ';' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
}
