using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Adds to the type-word sweep the type words a page glued to the word before them, which the sweep passes over because
/// they do not start a word: "Nghị định 09 vàThông tư 99 về chế độ chính sách cán bộ xã" (kc-014, a mirror of a 2004
/// decision that lost its spaces before capitals: "Bộ trưởngBộ Nội vụ", "củaChính phủ"). A Vietnamese syllable has its
/// capital only as its first letter, so a capital after a lower-case letter opens a word. Whole type words only, never
/// an abbreviation ("QĐ", "NQ"), whose capitals may stand inside a code. Pure and thread-safe.
/// </summary>
internal sealed class GluedCapitalTypeWords
{
    private readonly PhraseMatcher _typeWords;
    private readonly DomainTables _tables;

    public GluedCapitalTypeWords(PhraseMatcher typeWords, DomainTables tables) => (_typeWords, _tables) = (typeWords, tables);

    /// <summary>The sweep's matches with the glued type words merged in, in order and not overlapping.</summary>
    public IEnumerable<(int Start, int End, string Phrase)> Merge(TextView view, IEnumerable<(int Start, int End, string Phrase)> sweep)
    {
        var glued = Next(view, 0);
        var end = 0;
        foreach (var match in sweep)
        {
            while (glued is { } g && g.Start < match.Start)
            {
                if (g.End <= match.Start && g.Start >= end) { yield return g; end = g.End; }
                glued = Next(view, g.End);
            }
            if (match.Start < end) continue;
            yield return match;
            end = match.End;
        }
        for (; glued is { } g; glued = Next(view, g.End))
            if (g.Start >= end) { yield return g; end = g.End; }
    }

    // The next type word from `from` whose capital stands right after a lower-case letter. Only capitals A to Z are
    // looked at, by a vectorized search: every type word but those in Đ opens with one.
    private (int Start, int End, string Phrase)? Next(TextView view, int from)
    {
        var n = view.Normalized;
        for (var i = from; i < n.Length; i++)
        {
            var step = n.AsSpan(i).IndexOfAnyInRange('A', 'Z');
            if (step < 0) return null;
            i += step;
            if (i > 0 && char.IsLower(n[i - 1]) && _typeWords.MatchAt(view.Folded, i) is { } phrase && _tables.AbbreviationByWord(phrase) is null)
                return (i, i + phrase.Length, phrase);
            // The capitals after this one stand after a capital, not a lower-case letter: a header's "UBND", "KẾ HOẠCH"
            // is passed over in one step, not one search a letter.
            while (i + 1 < n.Length && char.IsAsciiLetterUpper(n[i + 1])) i++;
        }
        return null;
    }
}
