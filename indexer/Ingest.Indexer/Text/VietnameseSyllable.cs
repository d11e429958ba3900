namespace Ingest.Indexer.Text;

/// <summary>
/// Whether a folded word (lower case, no marks) can be one Vietnamese syllable: an onset, a vowel nucleus and a
/// final consonant from the language's short lists ("quyet", "nghi", "ve"). Agency codes are mostly not
/// ("ubnd", "bgd", "ttg", "qh14"), which tells a code from running text where the punctuation was lost. Pure.
/// </summary>
public static class VietnameseSyllable
{
    // Longest first, so "ngh" is tried before "ng" and "n".
    private static readonly string[] Onsets =
        ["ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    private static readonly HashSet<string> Codas = new(StringComparer.Ordinal) { "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y" };

    /// <summary>True when <paramref name="folded"/> (ASCII letters) reads as one syllable.</summary>
    public static bool IsSyllable(string folded)
    {
        if (folded.Length == 0 || !folded.All(char.IsAsciiLetterLower)) return false;
        foreach (var onset in Onsets)
        {
            if (!folded.StartsWith(onset, StringComparison.Ordinal)) continue;
            var i = onset.Length;
            var nucleus = i;
            while (i < folded.Length && folded[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') i++;
            if (i == nucleus || i - nucleus > 3 || !Codas.Contains(folded[i..])) continue;
            // "y" alone closes a syllable ("ty", "mỹ") and takes a final consonant only after "qu" ("quýt"): "byt",
            // "syt" are the codes of Bộ Y tế and Sở Y tế.
            if (i - nucleus == 1 && folded[nucleus] == 'y' && i < folded.Length && onset != "qu") continue;
            return true;
        }
        return false;
    }
}
