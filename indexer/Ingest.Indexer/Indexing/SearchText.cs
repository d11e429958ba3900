using System.Text;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Indexing;

/// <summary>
/// Text as the full-text index sees it. SQLite's unicode61 tokenizer (remove_diacritics 2) folds every
/// Vietnamese mark but not đ, a letter of its own: we fold đ→d ourselves, in indexed text and queries alike,
/// one character for one so token positions stay those of the original. Pure.
/// </summary>
public static class SearchText
{
    /// <summary>Replaces đ/Đ (and the OCR look-alike Ð) by d/D, keeping length.</summary>
    public static string FoldD(string s)
    {
        if (s.AsSpan().IndexOfAny("đĐÐð") < 0) return s;
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
                span[i] = src[i] switch { 'đ' or 'ð' => 'd', 'Đ' or 'Ð' => 'D', var c => c };
        });
    }

    /// <summary>The words of a user's query, lower case, NFC, marks kept (for exact-mark ranking).</summary>
    public static IReadOnlyList<string> Words(string query)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in Text.UnicodeNormalizer.ToNfc(query))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    /// <summary>
    /// An FTS5 MATCH expression: every word required, each quoted so no user input is read as FTS syntax.
    /// Null when the query has no word.
    /// </summary>
    public static string? MatchExpression(string query)
    {
        var words = Words(query);
        if (words.Count == 0) return null;
        return string.Join(" AND ", words.Select(w => "\"" + FoldD(w).Replace("\"", "\"\"") + "\""));
    }

    /// <summary>True when the query was typed with Vietnamese marks (then exact-mark matches rank first).</summary>
    public static bool HasMarks(string query) => TextFolding.FoldLoose(query) != Text.UnicodeNormalizer.ToNfc(query).ToLowerInvariant();
}
