namespace Ingest.Indexer.Text;

/// <summary>
/// How far apart two words are as OCR damages them: their letters folded (marks and đ dropped, lower case, anything
/// but a letter left out) and the Levenshtein distance between those. Written by hand: the served libraries that
/// measure it (Lucene's automata) match terms in an index, not two strings. Pure and thread-safe.
/// </summary>
public static class LetterDistance
{
    /// <summary>The letters of <paramref name="text"/>, folded: "PHÓ TỔNG" → "photong".</summary>
    public static string Letters(string text) => new(TextFolding.FoldLoose(text).Where(char.IsAsciiLetter).ToArray());

    /// <summary>The Levenshtein distance between <paramref name="a"/> and <paramref name="b"/> (two rows).</summary>
    public static int Edits(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
