namespace Ingest.Indexer.Text;

/// <summary>
/// Whether folded words open with a phrase of a table ("chu tich " …): what <c>folded.StartsWith(phrase + " ")</c> says,
/// without building that string for every phrase of the table on every line, cell and word the header and signature
/// readers try (issue 12, parser speed). Pure and thread-safe.
/// </summary>
public static class FoldedWords
{
    /// <summary>True when <paramref name="folded"/> is <paramref name="phrase"/> and a space, then anything.</summary>
    public static bool OpensWith(string folded, string phrase) =>
        folded.Length > phrase.Length && folded[phrase.Length] == ' ' && folded.StartsWith(phrase, StringComparison.Ordinal);

    /// <summary>The first of <paramref name="phrases"/> that <paramref name="folded"/> opens with, or null.</summary>
    public static string? FirstOpening(string folded, string[] phrases)
    {
        foreach (var phrase in phrases)
            if (OpensWith(folded, phrase)) return phrase;
        return null;
    }

    /// <summary>True when the text at <paramref name="at"/> begins with one of <paramref name="phrases"/>, as they are written (a space they end with included).</summary>
    public static bool AnyAt(string folded, int at, string[] phrases)
    {
        var rest = folded.AsSpan(at);
        foreach (var phrase in phrases)
            if (rest.StartsWith(phrase, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when <paramref name="folded"/> is one of <paramref name="phrases"/> or opens with one.</summary>
    public static bool IsOrOpensWithAny(string folded, string[] phrases)
    {
        foreach (var phrase in phrases)
            if (folded == phrase || OpensWith(folded, phrase)) return true;
        return false;
    }

    /// <summary>
    /// Whether one of <paramref name="spaced"/> (folded, each with a space on both sides: " gui ") stands whole in
    /// <paramref name="words"/>, read as if a space stood at each end, without building that padded copy.
    /// </summary>
    public static bool HoldsAny(ReadOnlySpan<char> words, string[] spaced)
    {
        foreach (var word in spaced)
        {
            var core = word.AsSpan(1, word.Length - 2);
            for (var from = 0; from <= words.Length - core.Length;)
            {
                var i = words[from..].IndexOf(core, StringComparison.Ordinal);
                if (i < 0) break;
                var at = from + i;
                if ((at == 0 || words[at - 1] == ' ') && (at + core.Length == words.Length || words[at + core.Length] == ' ')) return true;
                from = at + 1;
            }
        }
        return false;
    }
}
