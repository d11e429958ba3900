using System.Buffers;

namespace Ingest.Indexer.Text;

/// <summary>
/// One walk over a folded text's words that serves several phrase tables at once (type words, agency names, relation
/// phrases, provinces): each table used to walk the whole text on its own, and those walks were a twentieth of a parse
/// (issue 12, docs/BENCHMARKS.md run 43). Each member's hits are exactly what its own <see cref="PhraseMatcher.Matches"/>
/// would give: left to right, longest first at each word start, non-overlapping within the member. Immutable and
/// thread-safe; a text's hits are kept on its <see cref="TextView"/> (<see cref="TextView.PhraseHits"/>).
/// </summary>
public sealed class PhraseSearch
{
    private readonly PhraseMatcher[] _members;
    private readonly int[] _reach;

    /// <param name="members">The tables, each with how far into the text its consumer reads (a match starting at or
    /// past it is never looked for).</param>
    public PhraseSearch(params (PhraseMatcher Matcher, int Reach)[] members)
    {
        _members = members.Select(m => m.Matcher).ToArray();
        _reach = members.Select(m => m.Reach).ToArray();
        for (var k = 0; k < _members.Length; k++) _members[k].JoinSearch(this, k);
    }

    /// <summary>
    /// Where every member's matches start in <paramref name="folded"/>, one list per member in the order the members were
    /// given. Only starts are kept (the member reads its phrase there again):
    /// a whole match a hit was four times the memory, about three per cent more allocation a parse.
    /// </summary>
    public int[][] Search(string folded)
    {
        // Starts are gathered in rented buffers and kept at their exact size: growing lists cost a parse about one per
        // cent more allocation. A match starts at a word, and a word takes two characters with its separator.
        var bound = folded.Length / 2 + 2;
        var buffers = new int[_members.Length][];
        var counts = new int[_members.Length];
        var resume = new int[_members.Length];
        for (var k = 0; k < buffers.Length; k++) buffers[k] = ArrayPool<int>.Shared.Rent(bound);
        for (var i = 0; i < folded.Length;)
        {
            if (!PhraseMatcher.IsWordChar(folded[i])) { i++; continue; }
            var wordEnd = i + 1;
            while (wordEnd < folded.Length && PhraseMatcher.IsWordChar(folded[wordEnd])) wordEnd++;
            TryAt(folded, i, wordEnd, buffers, counts, resume, gluedOnly: false);
            // "6nghi quyết": a member that matches after digits tries the letter after a word's leading digits too.
            if (char.IsAsciiDigit(folded[i]) && PhraseMatcher.SkipDigits(folded, i, wordEnd) is var letter && letter < wordEnd)
                TryAt(folded, letter, wordEnd, buffers, counts, resume, gluedOnly: true);
            i = wordEnd;
        }
        var hits = new int[_members.Length][];
        for (var k = 0; k < hits.Length; k++)
        {
            hits[k] = buffers[k].AsSpan(0, counts[k]).ToArray();
            ArrayPool<int>.Shared.Return(buffers[k]);
        }
        return hits;
    }

    private void TryAt(string folded, int start, int wordEnd, int[][] buffers, int[] counts, int[] resume, bool gluedOnly)
    {
        for (var k = 0; k < _members.Length; k++)
        {
            if (start < resume[k] || start >= _reach[k] || (gluedOnly && !_members[k].AfterDigit)) continue;
            if (_members[k].MatchAt(folded, start, wordEnd) is not { } phrase) continue;
            buffers[k][counts[k]++] = start;
            resume[k] = start + phrase.Length;
        }
    }
}
