using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Puts back the space a page's markup lost between two syllables where the second opens on Đ: "QUY CHẾ HOẠTĐỘNG"
/// → "QUY CHẾ HOẠT ĐỘNG". A Vietnamese syllable has Đ only as its first letter, so a Đ inside a word whose two parts
/// each read as one syllable marks two words run together; agency codes ("HĐND", "GDĐT", "ATVSLĐ") have a part that
/// reads as no syllable and are kept. Pure and thread-safe; never throws.
/// </summary>
public static class GluedSyllableNormalizer
{
    /// <summary><paramref name="text"/> with a space before each Đ that joins two syllables; the same string when none does.</summary>
    public static string Normalize(string text)
    {
        if (text.IndexOfAny(['Đ', 'đ']) < 0) return text;
        StringBuilder? sb = null;
        var wordStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c)) wordStart = i + 1;
            else if (c is 'Đ' or 'đ' && i > wordStart && Joins(text, wordStart, i))
            {
                sb ??= new StringBuilder(text.Length + 4).Append(text, 0, i);
                sb.Append(' ');
                wordStart = i;
            }
            sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }

    // The letters from the word's start to the Đ, and from the Đ to the word's end, each one syllable.
    private static bool Joins(string text, int wordStart, int at)
    {
        var wordEnd = at;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return IsSyllable(text[wordStart..at]) && IsSyllable(text[at..wordEnd]);
    }

    /// <summary>
    /// Where a marked word that is no syllable splits into two that are, when it does in one place only
    /// ("VIỆTNAM" → 4, "VIỆT" + "NAM", the space a scan lost in a header); -1 otherwise. A word without marks
    /// (an agency's code, an English word) and a word of one syllable are never split.
    /// </summary>
    public static int TwoSyllableSplit(string word)
    {
        if (word.Length < 4 || word.Length > 14 || word.All(char.IsAscii) || !word.All(char.IsLetter) || IsSyllable(word)) return -1;
        var at = -1;
        for (var k = 2; k <= word.Length - 2; k++)
        {
            if (!IsSyllable(word[..k]) || !IsSyllable(word[k..])) continue;
            if (at >= 0) return -1;
            at = k;
        }
        return at;
    }

    /// <summary>
    /// Where a marked syllable ends that a school's or a body's abbreviation follows glued ("TRƯỜNGMN" → 6, "TRƯỜNG" +
    /// "MN", a portal's header that lost the space): the abbreviation has no vowel, so it reads as no syllable of its
    /// own; -1 otherwise. A word without marks ("UBND") is never split.
    /// </summary>
    public static int SyllableThenAbbreviation(string word)
    {
        if (word.Length is < 5 or > 14 || word.All(char.IsAscii) || !word.All(char.IsUpper) || IsSyllable(word)) return -1;
        for (var k = word.Length - 2; k >= word.Length - 5 && k >= 2; k--)
        {
            var tail = word[k..];
            if (!tail.All(char.IsAsciiLetterUpper) || tail.Any(c => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y')) break;
            if (IsSyllable(word[..k]) && !word[..k].All(char.IsAscii)) return k;
        }
        return -1;
    }

    private static bool IsSyllable(string part) =>
        part.Length >= 2 && VietnameseSyllable.IsSyllable(TextFolding.FoldLoose(part).Replace('đ', 'd'));
}
