using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Builds a <see cref="TextView"/> in one linear pass. Pure: no I/O, no culture; never throws on any string.
/// </summary>
public static class TextViewBuilder
{
    /// <summary>Normalizes <paramref name="original"/>; see <see cref="TextView"/> for what changes.</summary>
    public static TextView Build(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        // Character references a page's HTML left ("Đo&agrave;n") and words left in a legacy font among Unicode text
        // are decoded first; their offsets are mapped back below.
        var unescaped = HtmlEntities.Decode(original, out var entityMap);
        var source = LegacyLineNormalizer.Normalize(unescaped, out var decodedMap);
        // Syllables a PDF laid out letter by letter, or a scan split, are joined (SplitSyllableNormalizer), as the lines
        // are: in the text as normalized, whose words are the ones the reader sees (a mark composed, a soft hyphen gone),
        // so that normalizing the result again changes nothing. The view is built again only where a line was joined.
        // The same look tells whether any column of the text may need joining (MayHoldSplitSyllables): most texts
        // have none, and their lines are then cleaned without the test (PlanLineSplitter.Split).
        var view = Build(original, source, Compose(decodedMap, entityMap), joined: false, out var lineMayHold);
        if (!lineMayHold) return view;
        var joined = SplitSyllableNormalizer.Normalize(view.WithLineBreaks(), out var joinedMap);
        if (joinedMap is null) return view;
        for (var k = 0; k < joinedMap.Length; k++) joinedMap[k] = view.ToOriginal(joinedMap[k]);
        return Build(original, joined, joinedMap, joined: true, out _);
    }

    // Where a cleaned line's words can differ from the view's (PlanLineSplitter.Clean strips inline HTML tags and a
    // quote's ">" the view keeps, drops U+FEFF the view reads as a space, and keeps a written-out "\n" the view breaks
    // at), the view's look cannot speak for the lines: they keep the test. Asked of the text as the view reads it too:
    // a quote's "&gt;" is a ">" once its reference is decoded, in the lines as in the view.
    private static readonly SearchValues<char> CleanOnlySigns = SearchValues.Create("<>\uFEFF");

    private static bool CleanSeesOtherWords(string original, string source) =>
        SeesOtherWords(original) || !ReferenceEquals(source, original) && SeesOtherWords(source);

    private static bool SeesOtherWords(string text) =>
        text.AsSpan().ContainsAny(CleanOnlySigns) || text.Contains("\\n", StringComparison.Ordinal);

    // Whether some line of the normalized text may hold a split syllable in one of its columns, and whether a whole line may.
    private static (bool InPart, bool InLine) LinesMayHoldSplitSyllables(string normalized, int[] starts)
    {
        var inPart = false;
        for (var i = 0; i < starts.Length; i++)
        {
            var end = i + 1 < starts.Length ? starts[i + 1] : normalized.Length;
            var line = normalized.AsSpan(starts[i], end - starts[i]);
            if (!SplitSyllableNormalizer.MayHoldInPart(line)) continue;
            inPart = true;
            if (SplitSyllableNormalizer.MayHold(line)) return (true, true);
        }
        return (inPart, false);
    }

    // A map of a later step's characters to the earlier step's, followed through the earlier step's own map.
    private static int[]? Compose(int[]? later, int[]? earlier)
    {
        if (earlier is null) return later;
        if (later is null) return earlier;
        for (var k = 0; k < later.Length; k++) later[k] = earlier[later[k]];
        return later;
    }

    // joined: source is a text whose split syllables were joined; its lines are not looked at again, and the view says
    // its lines may hold some (the original's lines still do). lineMayHold: whether a whole line may be joined.
    private static TextView Build(string original, string source, int[]? sourceMap, bool joined, out bool lineMayHold)
    {
        // Both arrays are filled left to right and never read past what was written, so they need no zeroing; the
        // characters are copied into a string at the end, and the offsets into their runs (OffsetMap), so both buffers
        // are borrowed (issues 10 and 12, parser speed).
        var chars = ArrayPool<char>.Shared.Rent(source.Length);
        var map = ArrayPool<int>.Shared.Rent(source.Length + 1);
        // At most a line a "\n" and one more (blank lines are one start; a written-out "\n" grows the list): sized so, the
        // list does not grow by copies (about a fortieth of a parse's allocation; issue 12, parser speed).
        var lineStarts = new List<int>(source.AsSpan().Count('\n') + 1);
        var length = 0;
        var pendingSpace = false;
        var pendingLine = false;
        var lastSpaceAt = 0;

        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            // Most characters are printable ASCII inside a word: copied as they are, past every rule below (issue 10,
            // parser speed). A "\n" spelled out, '*', '#' and '_' go the long way.
            if (c < 128 && PlainAscii[c] && !pendingSpace && length > 0 && (c is not ('n' or 'r') || chars[length - 1] != '\\'))
            {
                map[length] = i;
                chars[length++] = c;
                continue;
            }
            // One space between words before a character copied as it is, the common case: written at once, as that
            // character would write it after a pending space (the first letter of every word went the long way for it).
            if (c == ' ' && !pendingSpace && length > 0 && i + 1 < source.Length && IsCopiedAsIs(source[i + 1]))
            {
                map[length] = i;
                chars[length++] = ' ';
                continue;
            }
            // So are the letters past ASCII a Vietnamese word is made of, a quarter of a text's characters (IsCopiedAsIs).
            if (!pendingSpace && length > 0 && c >= 128 && IsCopiedAsIs(c))
            {
                map[length] = i;
                chars[length++] = c;
                continue;
            }
            if (c < 128 ? c <= ' ' : IsSpace(c))
            {
                if (c > ' ' || c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\0')
                {
                    pendingSpace = true;
                    lastSpaceAt = i;
                    if (c == '\n') pendingLine = true;
                    continue;
                }
                continue; // other C0 controls carry nothing
            }
            if (c is 'n' or 'r' && !pendingSpace && length > 0 && chars[length - 1] == '\\')
            {
                // A literal "\n" left by a JSON or CSV export is a line break (issue 10: flattened headers). It is
                // read on the output, not the input, so that "\" and "n" brought together by a dropped character
                // ("\*n") read the same now as when the normalized text is normalized again.
                length--;
                if (length > 0 && chars[length - 1] == ' ') length--; // the space before it joins the break
                while (lineStarts.Count > 0 && lineStarts[^1] >= length) lineStarts.RemoveAt(lineStarts.Count - 1);
                lastSpaceAt = map[length];
                pendingSpace = pendingLine = true;
                continue;
            }
            if (c is '*' or '#' or '\u00AD') continue; // Markdown emphasis and headings, soft hyphens
            if (c == '§' && IsOcrEight(chars, length, pendingSpace, source, i)) c = '8';
            if (c == '_' && !pendingSpace && JoinsSyllables(chars, length, source, i)) c = ' ';
            if (c >= 0x300 && !IsVietnameseLetter(c) && char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && length > 0 && !pendingSpace)
            {
                // Decomposed input ("a" + U+0301): compose onto the previous letter so matching sees one character.
                var composed = string.Concat(chars[length - 1], c).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1) { chars[length - 1] = composed[0]; continue; }
            }
            if (pendingSpace && length > 0)
            {
                map[length] = lastSpaceAt;
                chars[length++] = ' ';
            }
            if (pendingLine || length == 0) lineStarts.Add(length);
            pendingSpace = pendingLine = false;
            map[length] = i;
            chars[length++] = c < 128 ? c : Replace(c);
        }
        map[length] = source.Length;
        if (sourceMap is not null) for (var k = 0; k <= length; k++) map[k] = sourceMap[map[k]];
        var normalized = new string(chars, 0, length);
        ArrayPool<char>.Shared.Return(chars);
        var offsets = OffsetMap.Of(map.AsSpan(0, length + 1));
        ArrayPool<int>.Shared.Return(map);
        var starts = lineStarts.ToArray();
        var (partMayHold, wholeLine) = joined ? (true, false) : LinesMayHoldSplitSyllables(normalized, starts);
        lineMayHold = wholeLine;
        return new TextView(original, normalized, TextFolding.Fold(normalized), offsets, starts, partMayHold || CleanSeesOtherWords(original, source));
    }

    // Copied as it is where no space is pending: plain printable ASCII, and the letters past ASCII a Vietnamese word is made
    // of (Latin-1, Latin Extended-A and -B, the Latin Extended Additional block of ạ, ế, ữ); Ð and ð go the long way (Replace).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCopiedAsIs(char c) =>
        c < 128 ? PlainAscii[c] : c is >= '\u00C0' and < '\u0250' and not ('\u00D0' or '\u00F0') || c is >= '\u1EA0' and <= '\u1EF9';

    // Printable ASCII that no rule of Build changes: not a space or control, not '*', '#' or '_'.
    private static readonly bool[] PlainAscii = Enumerable.Range(0, 128).Select(c => c > ' ' && c < 127 && c is not ('*' or '#' or '_')).ToArray();

    // Word-segmented text, as the Vietnamese NLP tools (VnCoreNLP, pyvi, underthesea) print it for corpora, joins the
    // syllables of a word with '_' ("Chỉ_thị số 10-CT / TW", "Nghị_quyết Trung_ương 4", "Điều_lệ Đảng", "Ban Bí_thư"):
    // that '_' is a space between syllables. Read so only between two syllables in lower or title case, one of them
    // with a Vietnamese letter (those tools keep the marks), so a slug or file name ("Thong_tu_05_2012", ASCII by
    // construction) and codes in capitals ("62/QĐ_HĐBT") keep theirs.
    private static bool JoinsSyllables(char[] chars, int length, string source, int i)
    {
        if (length == 0 || i + 1 >= source.Length || !char.IsLetter(chars[length - 1]) || !char.IsLetter(source[i + 1])) return false;
        var marked = false;
        var lower = false;
        var upper = 0;
        for (var k = length - 1; k >= 0 && length - k <= 8 && char.IsLetter(chars[k]); k--)
            Note(chars[k], ref marked, ref lower, ref upper);
        if (!lower && upper >= 2) return false; // "QĐ_"
        var lowerAfter = false;
        upper = 0;
        for (var k = i + 1; k < source.Length && k - i <= 8 && char.IsLetter(source[k]); k++)
            Note(source[k], ref marked, ref lowerAfter, ref upper);
        return marked && (lowerAfter || upper < 2);
    }

    private static void Note(char c, ref bool marked, ref bool lower, ref int upper)
    {
        marked |= c >= 128;
        if (char.IsLower(c)) lower = true;
        else upper++;
    }

    // Tesseract reads a printed 8 at a word's head as the section sign: "Quyết định số §1/QĐ-TTg ngày 19 tháng 01 năm 2021"
    // (lc-so-tu-phap-tp-hcm-cv-2021-ho-tro-phap-ly-ocr, the decision cited elsewhere as 81/QĐ-TTg), "Thông tư số §6/2016/TT-BQP"
    // (lr-bo-quoc-phong-vbhn-2026-tang-le-ocr), "Lễ kỷ niệm §0 năm" (lr-dh-dien-luc-tb-2025-le-ky-niem-ocr). A section sign
    // glued to one digit after it and to no letter or digit before it is that 8; "§ 3" with its space stays, and so does a
    // speck before a whole number ("Nghị quyết số §57-NQ/TW", ll-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr, citing 57-NQ/TW).
    private static bool IsOcrEight(char[] chars, int length, bool pendingSpace, string source, int i) =>
        i + 1 < source.Length && char.IsAsciiDigit(source[i + 1]) && (i + 2 == source.Length || !char.IsAsciiDigit(source[i + 2]))
        && (pendingSpace || length == 0 || !char.IsLetterOrDigit(chars[length - 1]));

    // Below U+2000 the only spaces past ASCII are U+0085, U+00A0 and U+1680: Vietnamese letters, most of a text's
    // characters past ASCII, are told apart without the Unicode tables (issue 10, parser speed).
    private static bool IsSpace(char c) =>
        c < 0x2000 ? c is '\u0085' or '\u00A0' or '\u1680' : char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    // Latin Extended Additional (ạ, ế, ữ, …): letters, never marks.
    private static bool IsVietnameseLetter(char c) => c is >= '\u1E00' and <= '\u1EFF';

    private static char Replace(char c) => c switch
    {
        '\u00D0' => 'Đ', // OCR reads Đ as the Icelandic look-alike Ð
        '\u00F0' => 'đ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\uFF0D' => '-',
        '\u2044' or '\u2215' or '\uFF0F' => '/', // fraction and division slashes, full-width solidus: "19⁄CT-TTg" from HTML
        _ => c,
    };
}
