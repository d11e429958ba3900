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

    [GeneratedRegex("^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>True for a well-formed syllable (case ignored).</summary>
    public static bool IsValid(string word)
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
