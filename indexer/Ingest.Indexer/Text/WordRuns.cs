namespace Ingest.Indexer.Text;

/// <summary>
/// Where the words of a folded text stand: its runs of letters and digits, found once for the text and shared by the
/// phrase matchers that sweep it whole (type words, agencies, provinces, relation triggers: four sweeps of one text a
/// parse, each of which read every character; issue 12, parser speed). Each thread keeps the runs of the last long text
/// it was asked about, in one buffer it reuses; a sweep asks at every step whether they are still its text's.
/// Pure and thread-safe.
/// </summary>
internal static class WordRuns
{
    /// <summary>Below this length a text is scanned where it is swept: its runs would cost more than they spare.</summary>
    public const int SharedFrom = 512;

    private const int KeptAtMost = 1 << 18;

    [ThreadStatic] private static string? t_text;
    [ThreadStatic] private static int[]? t_runs;
    [ThreadStatic] private static int t_count;

    /// <summary>Finds the runs of <paramref name="folded"/> on this thread, unless they are the ones kept.</summary>
    public static void Find(string folded)
    {
        if (ReferenceEquals(t_text, folded)) return;
        // At most a run a two characters (one and the sign after it), and one more: the buffer never grows while filled.
        // A buffer grown for a huge text (a 5 MB OCR dump) is dropped at the next ordinary one: a thread keeps 1 MB at most.
        var need = folded.Length + 2;
        var runs = t_runs is { } kept && kept.Length >= need && (kept.Length <= KeptAtMost || need > KeptAtMost) ? kept : new int[Math.Max(need, 4096)];
        var count = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsWordChar(folded[i])) continue;
            var end = i + 1;
            while (end < folded.Length && IsWordChar(folded[end])) end++;
            runs[count++] = i;
            runs[count++] = end;
            i = end;
        }
        (t_text, t_runs, t_count) = (folded, runs, count);
    }

    /// <summary>
    /// The runs of <paramref name="folded"/> as pairs (start, end exclusive) in order, the first <paramref name="count"/>
    /// numbers of the array; null when this thread has found another text's runs since (<see cref="Find"/>).
    /// </summary>
    public static int[]? Of(string folded, out int count)
    {
        count = t_count;
        return ReferenceEquals(t_text, folded) ? t_runs : null;
    }

    /// <summary>A letter or digit (as <see cref="char.IsLetterOrDigit(char)"/> says).</summary>
    // A table for ASCII, most of a folded text: read at every character, it made a sweep a quarter faster than the two
    // range tests of char.IsAsciiLetterOrDigit.
    public static bool IsWordChar(char c) => c < 128 ? AsciiWordChars[c] : char.IsLetterOrDigit(c);

    private static readonly bool[] AsciiWordChars = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c)).ToArray();
}
