namespace Ingest.Indexer.Text;

/// <summary>
/// Whether a piece of text holds a letter, or two letters side by side: how the subject, signature and Nơi nhận readers
/// tell a word's remains from a scan's specks and rulings, which hold neither. Pure and thread-safe.
/// </summary>
public static class LetterRuns
{
    /// <summary>True when <paramref name="text"/> holds a letter of any script.</summary>
    public static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>True when two letters of <paramref name="text"/> stand side by side (a lone letter between signs is none).</summary>
    public static bool HasLetterPair(ReadOnlySpan<char> text)
    {
        for (var k = 1; k < text.Length; k++)
            if (char.IsLetter(text[k]) && char.IsLetter(text[k - 1])) return true;
        return false;
    }
}
