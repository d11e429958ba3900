namespace Ingest.Indexer.Parsing.Dates;

/// <summary>
/// Finds the deadline triggers of a folded text ("truoc ngay", "cham nhat la", "han chot") that stand right before a
/// date's start: a digit, "ngay" and a digit, or "den ngay" and a digit. Scanned from the digits, which a vectorized
/// search finds, backwards to the phrase: a regex that looked behind every space for one of the phrases was a
/// twentieth of a parse (issue 10, parser speed). Written by hand because no served library matches a set of
/// phrases ending at given positions. At each place the longest phrase whose start is a word's start wins.
/// Immutable and thread-safe.
/// </summary>
public sealed class DeadlineTriggers
{
    // The phrases by their last word ("ngay", "nhat", "truoc", …), longest first.
    private readonly Dictionary<string, string[]> _byLastWord;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="foldedPhrases">Phrases already folded (lower case, no marks), words separated by one space.</param>
    public DeadlineTriggers(IEnumerable<string> foldedPhrases)
    {
        _byLastWord = foldedPhrases.Where(p => p.Length > 0).Distinct()
            .GroupBy(p => p[(p.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _byLastWord.Keys)
            if (word.Length > 0) _lastWordShapes[Shape(word[^1], word.Length) >> 6] |= 1UL << Shape(word[^1], word.Length);
    }

    // One bit for each shape (length and last letter, each modulo 32) of the phrases' last words: the word before most
    // numbers ("năm", "số", "tháng", "điều") is ruled out by one test before it is hashed (issue 12, parser speed).
    private readonly ulong[] _lastWordShapes = new ulong[(1 << 10) / 64];

    private static int Shape(char last, int length) => (length & 31) << 5 | (last & 31);

    /// <summary>
    /// Each trigger, in order of <c>Space</c>: the phrase's start and the space after it, where the date (or its
    /// "ngay") begins one character later.
    /// </summary>
    public IEnumerable<(int Start, int Space)> Find(string folded)
    {
        // From the end of each number: a digit after a digit stands after no space, so only a number's first digit counts.
        for (var d = NextDigit(folded, 0); d >= 0; d = NextDigit(folded, PastDigits(folded, d)))
        {
            if (d == 0 || folded[d - 1] != ' ') continue;
            // Candidates in the order of their spaces: before "den ngay 5", before "ngay 5", before "5".
            if (EndsWith(folded, d, " den ngay ") && PhraseEndingAt(folded, d - 10) is { } far) yield return (far, d - 10);
            if (EndsWith(folded, d, " ngay ") && PhraseEndingAt(folded, d - 6) is { } near) yield return (near, d - 6);
            if (PhraseEndingAt(folded, d - 1) is { } at) yield return (at, d - 1);
            // "chậm nhất đến 16 giờ 00 ngày 18/7/2025" (mr-dh-tay-do-tb-2025-731-ocr): the hour, led in by "đến", before the day.
            else if (EndsWith(folded, d, HourLead) && PhraseEndingAt(folded, d - HourLead.Length) is { } led) yield return (led, d - HourLead.Length);
        }
    }

    private const string HourLead = " den ";

    private static int NextDigit(string folded, int from)
    {
        if (from >= folded.Length) return -1;
        var i = folded.AsSpan(from).IndexOfAnyInRange('0', '9');
        return i < 0 ? -1 : from + i;
    }

    private static int PastDigits(string folded, int d)
    {
        while (d < folded.Length && char.IsAsciiDigit(folded[d])) d++;
        return d;
    }

    private static bool EndsWith(string folded, int end, string tail) =>
        end >= tail.Length && folded.AsSpan(end - tail.Length, tail.Length).SequenceEqual(tail);

    // The start of the longest phrase that ends right before the space at `space` and starts a word, or null.
    private int? PhraseEndingAt(string folded, int space)
    {
        var wordStart = space;
        while (wordStart > 0 && char.IsAsciiLetterLower(folded[wordStart - 1])) wordStart--;
        if (wordStart == space || (_lastWordShapes[Shape(folded[space - 1], space - wordStart) >> 6] & (1UL << Shape(folded[space - 1], space - wordStart))) == 0
            || !_lookup.TryGetValue(folded.AsSpan(wordStart, space - wordStart), out var phrases)) return null;
        foreach (var phrase in phrases)
        {
            var start = space - phrase.Length;
            if (start < 0 || !folded.AsSpan(start, phrase.Length).SequenceEqual(phrase)) continue;
            if (start > 0 && char.IsAsciiLetterOrDigit(folded[start - 1])) continue;
            return start;
        }
        return null;
    }
}
