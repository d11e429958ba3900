namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Repairs the look-alike letters that a broken decoding of Vietnamese capitals leaves in a header word
/// ("PHỊNG" for "PHÒNG", "KRƠNG" for "KRÔNG": each mark one code point off in the legacy font tables), where
/// the damaged form cannot be Vietnamese: no Vietnamese syllable ends in "-ing", and "-ơng" only as "-ương".
/// A word that could be Vietnamese as written is left alone. Pure and thread-safe.
/// </summary>
public static class CapitalLookAlikes
{
    /// <summary>The word with its impossible rhymes repaired; the same length, so offsets stay valid.</summary>
    public static string Repair(string word)
    {
        if (word.Length < 3) return word;
        char[]? chars = null;
        for (var i = 0; i + 2 < word.Length; i++)
        {
            if (!IsNg(word, i + 1) || i + 3 < word.Length && char.IsLetter(word[i + 3])) continue;
            var c = word[i];
            // "PHỊNG", "HỊNG": the dot below stands for the grave of "Ò".
            var repaired = c switch { 'Ị' => 'Ò', 'ị' => 'ò', _ => c };
            // "CƠNG", "KRƠNG" (but "TRƯƠNG", "PHƯƠNG"): the horn stands for the circumflex of "Ô".
            if (c is 'Ơ' or 'ơ' && (i == 0 || word[i - 1] is not ('Ư' or 'ư'))) repaired = c == 'Ơ' ? 'Ô' : 'ô';
            if (repaired == c) continue;
            chars ??= word.ToCharArray();
            chars[i] = repaired;
        }
        return chars is null ? word : new string(chars);
    }

    private static bool IsNg(string word, int at) => word[at] is 'N' or 'n' && word[at + 1] is 'G' or 'g';
}
