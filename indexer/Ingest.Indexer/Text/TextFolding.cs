using System.Globalization;
using System.Text;

namespace Ingest.Indexer.Text;

/// <summary>
/// Character folding for matching: lower case, diacritics removed, đ→d, typographic quotes to ASCII.
/// One character in, one character out, so folded text stays aligned with its source. Pure and thread-safe.
/// </summary>
public static class TextFolding
{
    // Vietnamese letters live below U+2000 (Latin-1, Latin Extended-A/B, Latin Extended Additional); quotes just above.
    private const int TableSize = 0x2100;
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds one character.</summary>
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
    public static string FoldLoose(string s) => CollapseSpaces(Fold(s.Normalize(NormalizationForm.FormC)));

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

    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
        }
        return sb.ToString().TrimEnd();
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
