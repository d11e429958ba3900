using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Character folding for matching: lower case, diacritics removed, đ→d, typographic quotes to ASCII, Cyrillic and
/// Greek capitals drawn like Latin ones to those Latin letters.
/// One character in, one character out, so folded text stays aligned with its source. Pure and thread-safe.
/// </summary>
public static class TextFolding
{
    // Vietnamese letters live below U+2000 (Latin-1, Latin Extended-A/B, Latin Extended Additional); quotes just above.
    private const int TableSize = 0x2100;
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds one character.</summary>
    // Asked of every character (or word) of a text: inlined, as the plans tool's own settings (no profile-guided
    // tiering) left it a call at each (a few hundredths of a parse in `plans bench parse`; issue 12, parser speed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < TableSize ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>Folds a whole string, keeping its length.</summary>
    public static string Fold(string s)
    {
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = Fold(src[i]);
        });
    }

    /// <summary>Folds and also composes to NFC first, for comparing names typed in any form.</summary>
    public static string FoldLoose(string s)
    {
        // Called on every name, line and cell a parse compares (about a tenth of a parse's allocation and, through
        // ICU's normalization of each string, a twentieth of its time, docs/BENCHMARKS.md): so the three steps
        // (compose, fold, collapse spaces) write into one buffer and allocate only the result.
        var composed = IsComposed(s) ? s : UnicodeNormalizer.ToNfc(s);
        char[]? rented = null;
        var buffer = composed.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(composed.Length));
        var length = CollapseSpaces(composed, buffer);
        var folded = new string(buffer[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return folded;
    }

    /// <summary>
    /// <see cref="FoldLoose"/> written into <paramref name="buffer"/> (at least as long as <paramref name="s"/>), its length
    /// returned, for a test that only reads the folded words; -1, nothing written, where <paramref name="s"/> needs
    /// composing first (FoldLoose then).
    /// </summary>
    internal static int FoldLooseInto(string s, Span<char> buffer) => IsComposed(s) ? CollapseSpaces(s, buffer) : -1;

    // NFC leaves a string alone when every character is below U+0300 (Latin-1, Latin Extended-A and B, spacing
    // modifiers) or in Latin Extended Additional, where the precomposed Vietnamese letters are: none of them is
    // changed by NFC or composes with its neighbour (canonical class 0, NFC quick check Yes; TextFoldingTests walks
    // every such pair). Most text a parse compares is of these, and ICU normalized each string in full to say so.
    // Two vectorised searches, not a loop over every character: each line and name is asked (issue 12, parser speed).
    internal static bool IsComposed(ReadOnlySpan<char> s) =>
        s.IndexOfAnyInRange('\u0300', '\u1DFF') < 0 && s.IndexOfAnyInRange('\u1F00', '\uFFFF') < 0;

    /// <summary>A URL- and key-safe slug: folded words joined by '-'.</summary>
    public static string Slug(string s)
    {
        var folded = FoldLoose(s);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    // Folds s into buffer (at least s.Length long) with every whitespace run one space and no space at either end;
    // returns the length written.
    private static int CollapseSpaces(string s, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in s)
        {
            var f = Fold(c);
            if (char.IsWhiteSpace(f)) { if (length > 0 && buffer[length - 1] != ' ') buffer[length++] = ' '; }
            else buffer[length++] = f;
        }
        return length > 0 && buffer[length - 1] == ' ' ? length - 1 : length;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                'đ' or 'Đ' or 'Ð' or 'ð' => 'd',
                '“' or '”' or '„' or '″' => '"',
                '‘' or '’' or '′' => '\'',
                // "03/HD-MTTW-BТТ" with Cyrillic Т: matched as the Latin letters a reader sees (LookAlikeLetters).
                _ when LookAlikeLetters.ToLatin(c) != c => char.ToLowerInvariant(LookAlikeLetters.ToLatin(c)),
                _ => StripMarks(c),
            };
        }
        return table;
    }

    private static char StripMarks(char c)
    {
        if (char.IsSurrogate(c)) return c;
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        var baseChar = d.Length > 0 && char.GetUnicodeCategory(d[0]) != UnicodeCategory.NonSpacingMark ? d[0] : c;
        return char.ToLowerInvariant(baseChar);
    }
}
