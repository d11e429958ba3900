using System.Text.RegularExpressions;

namespace Ingest.Indexer.Text;

/// <summary>
/// A regular expression's first match in a span, as a position: the header's readers search a window of the folded text
/// in place, where a copy of the window (and a Match with its groups) was made for each search (issue 12, parser speed).
/// Pure and thread-safe.
/// </summary>
public static class RegexSpans
{
    /// <summary>The first match of <paramref name="regex"/> in <paramref name="input"/> from <paramref name="startAt"/>, or null.</summary>
    public static (int Index, int Length)? FirstIn(Regex regex, ReadOnlySpan<char> input, int startAt = 0)
    {
        foreach (var m in regex.EnumerateMatches(input, startAt)) return (m.Index, m.Length);
        return null;
    }
}
