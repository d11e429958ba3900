using System.Buffers;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Decodes words in a legacy font encoding (VNI-Windows, TCVN3) that sit among Unicode text: a page copied from a
/// Word file where the header kept its old font ("PHÒNG GDĐT TUY PHƯỚCCOÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓAVIEÄT NAM").
/// The whole-file repair (<see cref="TextDecoder"/>) leaves such text alone, since most of it is Unicode. Only a
/// line holding a letter Vietnamese Unicode never uses (Ä Ø Û Ï ö ñ …) is looked at, and in it only a word that
/// is no Vietnamese syllable and becomes one (or two or three run together) when decoded; a line that is proper
/// Unicode Vietnamese is returned unchanged. Pure and thread-safe.
/// </summary>
public static class LegacyLineNormalizer
{
    // Latin-1 letters and signs that the legacy encodings use and Vietnamese in Unicode does not (À Á Â Ã È É Ê Ì Í
    // Ò Ó Ô Õ Ù Ú Ý are Vietnamese letters, so they do not mark a line by themselves).
    private static readonly SearchValues<char> Foreign = SearchValues.Create(
        "¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþ");

    /// <summary>True when the text holds a character that only legacy-encoded Vietnamese would (a cheap first test).</summary>
    public static bool MayHoldLegacy(ReadOnlySpan<char> text) => text.IndexOfAny(Foreign) >= 0;

    /// <summary>The text with legacy-encoded words decoded; the same instance when nothing changed.</summary>
    public static string Normalize(string text) => MayHoldLegacy(text) ? Normalize(text, out _) : text;

    /// <summary>
    /// The text with legacy-encoded words decoded, and for each character of the result the index in
    /// <paramref name="text"/> it came from (a VNI letter of two bytes maps to its first); null map when unchanged.
    /// </summary>
    public static string Normalize(string text, out int[]? map)
    {
        map = null;
        return MayHoldLegacy(text) ? LineRewriter.Apply(text, DecodedLine, out map) : text;
    }

    // A line holding a foreign letter, with words that decode: its writer, which copies what lies between them.
    private static LineRewriter.LineWriter? DecodedLine(string text, int lineStart, int lineEnd)
    {
        if (!MayHoldLegacy(text.AsSpan(lineStart, lineEnd - lineStart)) || Decode(text, lineStart, lineEnd) is not { Count: > 0 } edits) return null;
        return (sb, index, copied) =>
        {
            foreach (var (start, end, encoding) in edits)
            {
                LineRewriter.Copy(text, copied, start, sb, index);
                AppendDecoded(text, start, end, encoding, sb, index);
                copied = end;
            }
            return copied;
        };
    }

    // The words of one line to decode, and the encoding the line is in: the one under which more words that are
    // no syllable come out as syllables, two at least (or every word of the line), one of them holding a foreign
    // letter (so a stray "µ" decides nothing). A word that is a syllable either way ("SOÁ" is a Unicode shape too; VNI for "SỐ") is decoded
    // only next to a decoded word, all in Latin-1 and, for VNI, holding a base letter with its modifier: a Unicode
    // word has letters past Latin-1 ("PHƯỚC"), and "PHÒNG" beside "COÄNG" keeps its Ò.
    private static List<(int Start, int End, LegacyEncoding Encoding)> Decode(string text, int start, int end)
    {
        var words = new List<(int Start, int End, bool Foreign)>();
        for (var i = start; i < end;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var e = i;
            var foreign = false;
            var ascii = true;
            while (e < end && IsWordChar(text[e])) { foreign |= Foreign.Contains(text[e]); ascii &= text[e] < 128; e++; }
            // "«Năm …»": French quotes around Unicode words, not TCVN3's ô and ằ.
            if (e - i >= 2 && !ascii && text[i] != '«' && text[e - 1] != '»') words.Add((i, e, foreign));
            i = e;
        }
        List<(int, int, LegacyEncoding)> best = [];
        var bestStrong = 0;
        foreach (var encoding in (ReadOnlySpan<LegacyEncoding>)[LegacyEncoding.Vni, LegacyEncoding.Tcvn3])
        {
            var state = new int[words.Count]; // 2 decoded, 1 decoded if a neighbour is, 0 kept
            var strong = 0;
            var anyForeign = false;
            for (var k = 0; k < words.Count; k++)
            {
                var (s, e, foreign) = words[k];
                var word = text[s..e];
                var decoded = LegacyVietnamese.Default.ToUnicode(word, encoding);
                if (decoded == word || !ReadsAsSyllables(decoded)) continue;
                if (!ReadsAsSyllables(word)) { state[k] = 2; strong++; anyForeign |= foreign; }
                else if (word.All(c => c <= '\u00FF') && (encoding == LegacyEncoding.Tcvn3 || decoded.Length < word.Length)) state[k] = 1;
            }
            // One odd word in a long Unicode line is a name or a typo; a line in the old font has several, or is one.
            if (!anyForeign || strong <= bestStrong || strong < 2 && strong < words.Count) continue;
            bestStrong = strong;
            for (var pass = 0; pass < 2; pass++)
                for (var k = 0; k < words.Count; k++)
                    if (state[k] == 1 && (k > 0 && state[k - 1] == 2 || k + 1 < words.Count && state[k + 1] == 2)) state[k] = 2;
            var found = new List<(int, int, LegacyEncoding)>();
            for (var k = 0; k < words.Count; k++) if (state[k] == 2) found.Add((words[k].Start, words[k].End, encoding));
            best = found;
        }
        return best;
    }

    // Letters, and the TCVN3 bytes that read as signs in Latin-1 ("¸" for á, "µ" for à).
    private static bool IsWordChar(char c) => char.IsLetter(c) || c is >= '\u00A1' and <= '\u00BE';

    // One syllable, or two or three run together where a space was lost ("NGHÓAVIEÄT", "Haïnhphuùc"); a piece of
    // one letter does not count, or a quote mark read as TCVN3 ("«Năm" as "ôNăm") would make a syllable.
    private static bool ReadsAsSyllables(string word, int parts = 3)
    {
        if (word.Length <= 7 && VietnameseSyllables.IsValid(word)) return true;
        if (parts == 1) return false;
        for (var cut = 2; cut < word.Length - 1 && cut <= 7; cut++)
            if (VietnameseSyllables.IsValid(word[..cut]) && ReadsAsSyllables(word[cut..], parts - 1)) return true;
        return false;
    }

    private static void AppendDecoded(string text, int start, int end, LegacyEncoding encoding, StringBuilder sb, List<int> index)
    {
        for (var i = start; i < end; i++)
        {
            var one = LegacyVietnamese.Default.Decode(text, i, encoding, out var used);
            foreach (var c in one) { sb.Append(c); index.Add(i); }
            i += used - 1;
        }
    }
}
