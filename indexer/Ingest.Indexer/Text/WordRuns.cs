using System.Buffers;

namespace Ingest.Indexer.Text;

/// <summary>
/// Where the words of a folded text stand: its runs of letters and digits, found once for the text and shared by the
/// phrase matchers that sweep it whole (type words, agencies, provinces, relation triggers: four sweeps of one text a
/// parse, each of which read every character; issue 12, parser speed). Pure and thread-safe: each thread keeps the runs
/// of the last long text it was asked about.
/// </summary>
internal static class WordRuns
{
    /// <summary>Below this length a text is scanned where it is swept: its runs would cost more than they spare.</summary>
    public const int SharedFrom = 512;

    // The last text asked about on this thread and its runs. A new text gets a new array, never this one overwritten: a
    // sweep still under way over the old text (a lazy enumeration) keeps reading the runs it was given.
    [ThreadStatic] private static string? t_text;
    [ThreadStatic] private static int[]? t_runs;

    /// <summary>The runs of <paramref name="folded"/> as pairs: start, end (exclusive), in order.</summary>
    public static int[] Of(string folded)
    {
        if (ReferenceEquals(t_text, folded) && t_runs is { } known) return known;
        var runs = Find(folded);
        (t_text, t_runs) = (folded, runs);
        return runs;
    }

    /// <summary>A letter or digit (as <see cref="char.IsLetterOrDigit(char)"/> says).</summary>
    // A table for ASCII, most of a folded text: read at every character, it made a sweep a quarter faster than the two
    // range tests of char.IsAsciiLetterOrDigit.
    public static bool IsWordChar(char c) => c < 128 ? AsciiWordChars[c] : char.IsLetterOrDigit(c);

    private static readonly bool[] AsciiWordChars = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c)).ToArray();

    private static int[] Find(string folded)
    {
        // At most a run a two characters (one and the sign after it), and one more: the buffer never grows.
        var buffer = ArrayPool<int>.Shared.Rent(folded.Length + 2);
        var count = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsWordChar(folded[i])) continue;
            var end = i + 1;
            while (end < folded.Length && IsWordChar(folded[end])) end++;
            buffer[count++] = i;
            buffer[count++] = end;
            i = end;
        }
        var runs = buffer.AsSpan(0, count).ToArray();
        ArrayPool<int>.Shared.Return(buffer);
        return runs;
    }
}
