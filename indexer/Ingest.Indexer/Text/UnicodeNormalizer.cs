using System.Buffers;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Composes text to NFC without throwing on what .NET's normalization refuses: a lone surrogate or a
/// noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane), which an upload's
/// bytes, a file name or a query string can hold (a query with %EF%BF%BE answered 500). Each such UTF-16 unit
/// becomes U+FFFD, one for one, so offsets into the text stay valid. Valid text pays one scan more than
/// <see cref="string.Normalize(NormalizationForm)"/>, and no allocation. Pure, thread-safe, never throws.
/// </summary>
public static class UnicodeNormalizer
{
    /// <summary>The NFC form of <paramref name="text"/>, invalid code points replaced by U+FFFD first.</summary>
    public static string ToNfc(string text) => Normalize(text, NormalizationForm.FormC);

    /// <summary>The <paramref name="form"/> form of <paramref name="text"/>, invalid code points replaced by U+FFFD first.</summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        if (form == NormalizationForm.FormC && IsPlainNfc(text)) return text;
        var clean = ReplaceInvalid(text);
        return clean.IsNormalized(form) ? clean : clean.Normalize(form);
    }

    /// <summary>
    /// True when NFC leaves <paramref name="text"/> as it is and it holds nothing invalid, known from each character
    /// alone: every one is in the Latin blocks below U+0300, Latin Extended Additional (the precomposed Vietnamese
    /// letters, U+1E00–U+1EFF) or the common punctuation U+2010–U+205E. Each of those is a starter that NFC keeps
    /// and that composes with no neighbour of the same set (held by a test over every pair), so a text of them
    /// alone is NFC. False says only "not known": the caller asks ICU. One vectorized pass over the text (SearchValues), where
    /// <see cref="ReplaceInvalid"/> and <see cref="string.IsNormalized(NormalizationForm)"/> (ICU) took two;
    /// plain Vietnamese text, as a .txt upload gives it, always passes.
    /// </summary>
    public static bool IsPlainNfc(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(PlainNfc);

    private static readonly SearchValues<char> PlainNfc = SearchValues.Create(
        [.. Range(0, 0x300), .. Range(0x1E00, 0x100), .. Range(0x2010, 0x4F)]);

    private static IEnumerable<char> Range(int start, int count) => Enumerable.Range(start, count).Select(c => (char)c);

    /// <summary>
    /// <paramref name="text"/> with each lone surrogate and each unit of a noncharacter replaced by U+FFFD; the
    /// same instance when there is none (one pass over the text, no allocation).
    /// </summary>
    public static string ReplaceInvalid(string text)
    {
        if (!HasInvalid(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, chars[i + 1]);
                if (IsNonCharacter(cp)) chars[i] = chars[i + 1] = '\uFFFD';
                i++;
            }
            else if (char.IsSurrogate(c) || IsNonCharacter(c)) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static bool HasInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800') continue; // Vietnamese letters all sit below the surrogates
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(c, text[i + 1]))) return true;
                i++;
            }
            else if (char.IsSurrogate(c) || IsNonCharacter(c)) return true;
        }
        return false;
    }

    private static bool IsNonCharacter(int cp) => cp is >= 0xFDD0 and <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
}
