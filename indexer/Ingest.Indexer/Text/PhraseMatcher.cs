using System.Runtime.CompilerServices;

namespace Ingest.Indexer.Text;

/// <summary>
/// Finds whole-word occurrences of a fixed set of folded phrases ("chi thi", "ke hoach", "tren dia ban") in
/// folded text in one left-to-right pass, preferring the longest phrase at each word start. Linear in the
/// text; faster than a regex alternation because only word starts are tried, through a first-word table.
/// Immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher
{
    // Candidates by a cheap key of their first word (length, first and last letter): hashing an int per word
    // of text is several times faster than hashing the word itself, and the key rules out almost every word.
    private readonly Dictionary<int, string[]> _byFirstWord = new();

    // One bit for each shape (length, first and last letter, each taken modulo 32) of the first words: most words of a
    // text are ruled out by one bit test, before any hashing. By the first letter and the length alone, three words in
    // five of the corpus's texts went on to the table, as "cac", "cho" or "tinh" share both with a first word
    // (issue 12, parser speed).
    private readonly ulong[] _firstWordShapes = new ulong[(1 << 15) / 64];

    private readonly bool _afterDigit;

    /// <param name="foldedPhrases">Phrases already folded (lower case, no marks), words separated by one space.</param>
    /// <param name="afterDigit">Also match a phrase glued to a digit before it ("6Nghị quyết": a numbered list).</param>
    public PhraseMatcher(IEnumerable<string> foldedPhrases, bool afterDigit = false)
    {
        _afterDigit = afterDigit;
        foreach (var group in foldedPhrases.Where(p => p.Length > 0).Distinct().GroupBy(p => Key(FirstWord(p))))
            _byFirstWord[group.Key] = group.OrderByDescending(p => p.Length).ToArray();
        foreach (var phrase in _byFirstWord.Values.SelectMany(p => p))
        {
            var first = FirstWord(phrase);
            if (first.Length == 0) continue;
            var shape = Shape(first[0], first[^1], first.Length);
            _firstWordShapes[shape >> 6] |= 1UL << shape;
        }
    }

    /// <summary>Every match as (start, end, phrase), in order, non-overlapping.</summary>
    public IEnumerable<(int Start, int End, string Phrase)> Matches(string folded)
    {
        if (folded.Length < WordRuns.SharedFrom) return MatchesScanned(folded);
        WordRuns.Find(folded);
        return MatchesInRuns(folded);
    }

    private IEnumerable<(int Start, int End, string Phrase)> MatchesScanned(string folded)
    {
        for (var match = Next(folded, 0); match is { } m; match = Next(folded, m.End))
            yield return m;
    }

    // The same matches read word by word from the text's runs (WordRuns): a match ends where a word does, so the next
    // one opens at a run past it. Where a sweep of another long text took the thread's runs meanwhile (between two
    // matches of a lazy enumeration), this one goes on scanning from where it stands.
    private IEnumerable<(int Start, int End, string Phrase)> MatchesInRuns(string folded)
    {
        var (k, resume) = (0, 0);
        while (true)
        {
            (int Start, int End, string Phrase)? match;
            if (WordRuns.Of(folded, out var count) is { } runs) (match, k) = NextInRuns(folded, runs, count, k, resume);
            else match = Next(folded, resume);
            if (match is not { } m) yield break;
            yield return m;
            resume = m.End;
        }
    }

    // The first match in the runs from the k-th number on that opens at or after resume, and where the runs go on after
    // it. A plain method, as Next is: in the iterator its locals would be the iterator's fields, read and written at
    // every run.
    private ((int Start, int End, string Phrase)? Match, int Next) NextInRuns(string folded, int[] runs, int count, int k, int resume)
    {
        for (; k + 1 < count; k += 2)
        {
            var (start, end) = (runs[k], runs[k + 1]);
            // Most words are ruled out by their shape here, without a call (a word opening on digits may hold a phrase after them).
            if (start < resume || !HasFirstWordShape(folded[start], folded[end - 1], end - start) && !(_afterDigit && char.IsAsciiDigit(folded[start])))
                continue;
            if (OpenedIn(folded, start, end) is { } match) return (match, k + 2);
        }
        return (null, k);
    }

    // The match that opens the word [start, wordEnd), or one glued after its digits (afterDigit: "6nghi quyet").
    private (int Start, int End, string Phrase)? OpenedIn(string folded, int start, int wordEnd)
    {
        if (MatchAt(folded, start, wordEnd) is { } match) return (start, start + match.Length, match);
        if (!_afterDigit || !char.IsAsciiDigit(folded[start])) return null;
        var glued = SkipDigits(folded, start, wordEnd);
        return glued < wordEnd && MatchAt(folded, glued, wordEnd) is { } after ? (glued, glued + after.Length, after) : null;
    }

    // The first match at or after i. The scan is a plain method, not the iterator, so that its locals stay in
    // registers instead of the iterator's fields (issue 10, parser speed: this loop reads every character). It goes a
    // word at a time: the test for a word start is made once, where a scan that resumes inside a word enters.
    private (int Start, int End, string Phrase)? Next(string folded, int i)
    {
        var text = folded.AsSpan();
        if (i > 0 && i < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i]) && !OpensAfterDigit(text, i))
            i = PastWordInside(text, i);
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            // A word opens here: after no word char, or a letter after a digit (afterDigit, from SkipDigits or the start).
            var wordEnd = i + 1;
            while (wordEnd < text.Length && IsWordChar(text[wordEnd])) wordEnd++;
            if (MatchAt(folded, i, wordEnd) is { } match) return (i, i + match.Length, match);
            i = _afterDigit && char.IsAsciiDigit(text[i]) ? SkipDigits(folded, i, wordEnd) : wordEnd;
        }
        return null;
    }

    private bool OpensAfterDigit(ReadOnlySpan<char> text, int i) => _afterDigit && char.IsAsciiDigit(text[i - 1]) && char.IsLetter(text[i]);

    // From inside a word, the first place a phrase may open: a letter after a digit (afterDigit), else the word's end.
    private int PastWordInside(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsWordChar(text[i]) && !OpensAfterDigit(text, i)) i++;
        return i;
    }

    /// <summary>The longest phrase starting exactly at <paramref name="start"/>, or null.</summary>
    public string? MatchAt(string folded, int start)
    {
        var wordEnd = start;
        while (wordEnd < folded.Length && IsWordChar(folded[wordEnd])) wordEnd++;
        return MatchAt(folded, start, wordEnd);
    }

    private string? MatchAt(string folded, int start, int firstWordEnd)
    {
        // A phrase matches only where its whole first word does: same shape first.
        if (firstWordEnd > start && !HasFirstWordShape(folded[start], folded[firstWordEnd - 1], firstWordEnd - start)) return null;
        if (!_byFirstWord.TryGetValue(Key(folded.AsSpan(start, firstWordEnd - start)), out var candidates)) return null;
        foreach (var phrase in candidates)
        {
            var end = start + phrase.Length;
            // Where the phrase would end a word must end: one character, which rules out most of the candidates (they
            // share a first word and differ in length) before the phrase is compared.
            if (end > folded.Length || end < folded.Length && IsWordChar(folded[end])) continue;
            if (folded.AsSpan(start, phrase.Length).SequenceEqual(phrase)) return phrase;
        }
        return null;
    }

    // "6nghi": past the digits to the letter after them, where a glued phrase may start; the word's end otherwise.
    private static int SkipDigits(string folded, int i, int wordEnd)
    {
        var j = i;
        while (j < wordEnd && char.IsAsciiDigit(folded[j])) j++;
        return j < wordEnd && char.IsLetter(folded[j]) ? j : wordEnd;
    }

    // Asked of every character (or word) of a text: inlined, as the plans tool's own settings (no profile-guided
    // tiering) left it a call at each (a few hundredths of a parse in `plans bench parse`; issue 12, parser speed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasFirstWordShape(char first, char last, int length)
    {
        var shape = Shape(first, last, length);
        return (_firstWordShapes[shape >> 6] & (1UL << shape)) != 0;
    }

    // 15 bits: five of the length, five of each letter (the letters a to z differ in their low five bits); a shift of a
    // ulong takes the low six bits of its count, so 1UL << shape is the bit within its word.
    private static int Shape(char first, char last, int length) => (length & 31) << 10 | (first & 31) << 5 | (last & 31);

    private static int Key(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : (Math.Min(word.Length, 255) << 24) | ((word[0] & 0xFFF) << 12) | (word[^1] & 0xFFF);

    private static string FirstWord(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && IsWordChar(phrase[end])) end++;
        return phrase[..end];
    }

    private static bool IsWordChar(char c) => WordRuns.IsWordChar(c);
}
