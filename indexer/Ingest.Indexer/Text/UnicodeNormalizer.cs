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
        var clean = ReplaceInvalid(text);
        return clean.IsNormalized(form) ? clean : clean.Normalize(form);
    }

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
