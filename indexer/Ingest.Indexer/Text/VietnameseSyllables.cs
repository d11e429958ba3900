using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Indexer.Text;

/// <summary>
/// Tells whether a word is a well-formed Vietnamese syllable: an optional onset, a vowel nucleus from the
/// language's closed set, an optional coda, and at most one tone mark. Used to judge which decoding of a
/// legacy file reads as Vietnamese. Pure and thread-safe.
/// </summary>
public static partial class VietnameseSyllables
{
    private static readonly HashSet<string> Nuclei =
    [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iêu", "iu", "oa", "oai", "oao", "oay", "oă", "oe",
        "oeo", "oi", "ôi", "ơi", "ua", "uâ", "uây", "uê", "ui", "uô", "uôi", "uơ", "uy", "uya", "uyê", "uyu", "ưa", "ưi",
        "ươ", "ươi", "ươu", "ưu", "yê", "yêu", "oo", "uo",
    ];

    // The nuclei looked up by a span of the word, without a string for it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NucleusOf = Nuclei.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex("^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>True for a well-formed syllable (case ignored).</summary>
    // Asked of every word of a scanned title's lines (TitleScanDebris) and of the pieces a split syllable is joined from:
    // a word of letters that NFD takes apart into one letter and its marks is read letter by letter from a table made
    // once by the same steps (lower case, NFD, tone marks counted and dropped, NFC), and its shape by hand, with nothing
    // allocated. The steps over the whole word (five strings and a Match with its groups a word) were a twentieth of the
    // allocation of a parse of the corpus's real texts. Any other word goes the long way; VietnameseSyllablesTests runs
    // both on every word of the corpus.
    public static bool IsValid(string word)
    {
        if (word.Length > MaxTabled) return IsValidByNormalizing(word);
        Span<char> bare = stackalloc char[MaxTabled];
        var tones = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= TableSize || BareLetter[c] == NotTabled) return IsValidByNormalizing(word);
            bare[i] = BareLetter[c];
            tones += ToneMarks[c];
        }
        return tones <= 1 && HasShape(bare[..word.Length]);
    }

    // The longest word read through the table; a longer one is no syllable of the language either way.
    private const int MaxTabled = 16;

    // The letters of Vietnamese and their neighbours lie below U+1F00 (Latin Extended Additional ends at U+1EFF).
    private const int TableSize = 0x1F00;
    private const char NotTabled = '\0';

    // For a character that is a letter and that lower case, NFD, the tones dropped and NFC make one letter again (a Latin
    // letter, which composes with no neighbour): that letter and how many tone marks it carried. '\0' for any other.
    private static readonly (char[] Bare, byte[] Tones) Table = BuildTable();
    private static readonly char[] BareLetter = Table.Bare;
    private static readonly byte[] ToneMarks = Table.Tones;

    private static (char[], byte[]) BuildTable()
    {
        var bare = new char[TableSize];
        var tones = new byte[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (!char.IsLetter(c)) continue;
            var d = c.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
            var count = d.Count(m => Tones.Contains(m));
            var rest = new string(d.Where(m => !Tones.Contains(m)).ToArray()).Normalize(NormalizationForm.FormC);
            if (rest.Length != 1 || !IsLatinLetter(rest[0]) || count > 1) continue;
            bare[i] = rest[0];
            tones[i] = (byte)count;
        }
        return (bare, tones);
    }

    // Latin letters (ASCII, Latin-1 to Latin Extended-B, Latin Extended Additional): starters that compose with nothing
    // after them, so a word's letters read one by one are the word read whole.
    private static bool IsLatinLetter(char c) => char.IsLetter(c) && (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF');

    // The Shape regex read by hand on a word of bare letters: the first onset in its order (longest first) after which
    // a run of vowels and then nothing or one coda closes the word; the vowels are the nucleus.
    private static bool HasShape(ReadOnlySpan<char> bare)
    {
        foreach (var onset in Onsets)
        {
            if (!bare.StartsWith(onset, StringComparison.Ordinal)) continue;
            var vowels = bare[onset.Length..];
            var run = 0;
            while (run < vowels.Length && IsShapeVowel(vowels[run])) run++;
            if (run == 0 || !IsCoda(vowels[run..])) continue;
            var nucleus = vowels[..run];
            // "gi" and "qu" lend their vowel to the onset: "già" has nucleus "a".
            return NucleusOf.Contains(nucleus) || onset.Length == 0 && NucleusOf.Contains(nucleus.TrimStart("iu"));
        }
        return false;
    }

    // The Shape regex's onsets in the order it tries them, the single consonants after the pairs, no onset last.
    private static readonly string[] Onsets =
        ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", .. "bcdđghklmnpqrstvx".Select(c => c.ToString()), ""];

    private static bool IsShapeVowel(char c) => "aăâeêioôơuưy".Contains(c);

    private static bool IsCoda(ReadOnlySpan<char> rest) =>
        rest.Length == 0 || rest is "ch" or "ng" or "nh" || rest.Length == 1 && rest[0] is 'c' or 'm' or 'n' or 'p' or 't';

    /// <summary>The syllable test as the regex reads it over the whole word normalized: any word, and the reference the table is tested against.</summary>
    internal static bool IsValidByNormalizing(string word)
    {
        var d = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var tones = d.Count(c => Tones.Contains(c));
        if (tones > 1) return false;
        var bare = new string(d.Where(c => !Tones.Contains(c)).ToArray()).Normalize(NormalizationForm.FormC);
        var m = Shape().Match(bare);
        if (!m.Success) return false;
        var nucleus = m.Groups[2].Value;
        // "gi" and "qu" lend their vowel to the onset: "già" has nucleus "a".
        return Nuclei.Contains(nucleus) || (m.Groups[1].Value is "" && Nuclei.Contains(nucleus.TrimStart('i', 'u')));
    }

    /// <summary>The share of words of two or more letters that are well-formed syllables (0 when none).</summary>
    public static double Score(string text)
    {
        int words = 0, valid = 0;
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC).Append(' '))
        {
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { sb.Append(c); continue; }
            if (sb.Length >= 2)
            {
                words++;
                if (IsValid(sb.ToString())) valid++;
            }
            sb.Clear();
        }
        return words == 0 ? 0 : valid / (double)words;
    }
}
