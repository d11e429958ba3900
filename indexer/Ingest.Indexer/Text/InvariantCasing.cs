namespace Ingest.Indexer.Text;

/// <summary>
/// string.ToUpperInvariant and ToLowerInvariant (and the char forms), with the same results, read from a table for
/// the characters Vietnamese text is written in. Hand-written because the runtime asks ICU for every string or char
/// that is not ASCII, and the header and code readers case each word and code they compare: those calls were about
/// a tenth of a parse's CPU samples (docs/BENCHMARKS.md). Pure and thread-safe.
/// </summary>
internal static class InvariantCasing
{
    // Below U+2100: Latin-1, Latin Extended-A, B and Additional (every Vietnamese letter), Greek, Cyrillic, and the
    // punctuation up to the letter-like symbols. No surrogate lies here, so casing a string there is casing each
    // char (simple case mapping, one char for one); InvariantCasingTests checks the table against the runtime.
    private const int TableSize = 0x2100;
    private static readonly char[] Upper = Build(true);
    private static readonly char[] Lower = Build(false);

    /// <summary>The same as char.ToUpperInvariant.</summary>
    public static char ToUpper(char c) => c < TableSize ? Upper[c] : char.ToUpperInvariant(c);

    /// <summary>The same as char.ToLowerInvariant.</summary>
    public static char ToLower(char c) => c < TableSize ? Lower[c] : char.ToLowerInvariant(c);

    /// <summary>The same as string.ToUpperInvariant: s itself when no char changes.</summary>
    public static string ToUpper(string s) => Change(s, Upper) ?? s.ToUpperInvariant();

    /// <summary>The same as string.ToLowerInvariant: s itself when no char changes.</summary>
    public static string ToLower(string s) => Change(s, Lower) ?? s.ToLowerInvariant();

    /// <summary>True when string.ToUpperInvariant would return s unchanged.</summary>
    public static bool IsUpper(string s)
    {
        foreach (var c in s)
        {
            if (c >= TableSize) return s.ToUpperInvariant() == s;
            if (Upper[c] != c) return false;
        }
        return true;
    }

    /// <summary>True when string.ToUpperInvariant would return <paramref name="s"/> as a string unchanged.</summary>
    public static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c >= TableSize) return IsUpper(s.ToString());
            if (Upper[c] != c) return false;
        }
        return true;
    }

    // s cased through the table, or null when a char lies outside it (the runtime then cases the whole string).
    private static string? Change(string s, char[] table)
    {
        var first = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= TableSize) return null;
            if (first < 0 && table[c] != c) first = i;
        }
        if (first < 0) return s;
        return string.Create(s.Length, (s, table, first), static (span, state) =>
        {
            var (src, map, from) = state;
            src.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < src.Length; i++) span[i] = map[src[i]];
        });
    }

    private static char[] Build(bool upper)
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++) table[i] = upper ? char.ToUpperInvariant((char)i) : char.ToLowerInvariant((char)i);
        return table;
    }
}
