namespace Ingest.Indexer.Text;

/// <summary>
/// Three aligned views of one input: the original text, a normalized text (NFC, look-alike letters fixed,
/// dashes unified, Markdown emphasis dropped, every whitespace run folded to one space) and a folded text of
/// the same length as the normalized one (lower case, no diacritics, đ→d). Matching runs on the folded view,
/// values are read from the normalized view, and spans are mapped back to the original through the offset map.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class TextView
{
    // Indexes 0..Normalized.Length are mapped.
    private readonly OffsetMap _toOriginal;
    private readonly int[] _lineStarts;

    internal TextView(string original, string normalized, string folded, OffsetMap toOriginal, int[] lineStarts, bool mayHoldSplitSyllables = true)
    {
        MayHoldSplitSyllables = mayHoldSplitSyllables;
        Original = original;
        Normalized = normalized;
        Folded = folded;
        _toOriginal = toOriginal;
        _lineStarts = lineStarts;
    }

    /// <summary>
    /// Whether some line of the text, or a column of one, may hold a syllable split by spaces
    /// (<see cref="SplitSyllableNormalizer.MayHoldInPart"/>); when false, its lines need no joining
    /// (<see cref="PlanLineSplitter.Split(string, bool)"/>).
    /// </summary>
    public bool MayHoldSplitSyllables { get; }

    /// <summary>The input exactly as given.</summary>
    public string Original { get; }

    /// <summary>The normalized text; see the type summary.</summary>
    public string Normalized { get; }

    /// <summary>Lower case, diacritic-free copy of <see cref="Normalized"/>, index for index.</summary>
    public string Folded { get; }

    /// <summary>Offset in <see cref="Original"/> of the normalized character at <paramref name="index"/>.</summary>
    public int ToOriginal(int index) => _toOriginal[Math.Clamp(index, 0, Normalized.Length)];

    /// <summary>Maps a normalized span [start, end) to the original span that covers the same characters.</summary>
    public (int Start, int End) ToOriginalSpan(int start, int end)
    {
        if (end <= start) { var p = ToOriginal(start); return (p, p); }
        var oStart = ToOriginal(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Normalized.Length + 1); // past the map's used part
        var oEnd = _toOriginal[end - 1] + 1;
        // A composed character may stand for a base letter plus combining marks in the original: take them too.
        while (oEnd < Original.Length && char.GetUnicodeCategory(Original[oEnd]) == System.Globalization.UnicodeCategory.NonSpacingMark) oEnd++;
        return (oStart, oEnd);
    }

    /// <summary>The original text under a normalized span.</summary>
    public string OriginalSlice(int start, int end)
    {
        var (s, e) = ToOriginalSpan(start, end);
        return Original[s..e];
    }

    /// <summary>Maps an original span back to the normalized span covering it (the inverse of <see cref="ToOriginalSpan"/>).</summary>
    public (int Start, int End) ToNormalizedSpan(int originalStart, int originalEnd)
    {
        var s = LowerBound(originalStart);
        var e = LowerBound(originalEnd);
        return (s, Math.Max(s, e));
    }

    // First normalized index whose original offset is at least the target; the map is ascending.
    private int LowerBound(int target)
    {
        int lo = 0, hi = Normalized.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_toOriginal[mid] < target) lo = mid + 1; else hi = mid;
        }
        return Math.Min(lo, Normalized.Length);
    }

    /// <summary>True when a line of the original text begins at normalized offset <paramref name="index"/>.</summary>
    public bool IsLineStart(int index) => index == 0 || Array.BinarySearch(_lineStarts, index) >= 0;

    /// <summary>Normalized offsets at which original lines begin, ascending.</summary>
    public ReadOnlySpan<int> LineStarts => _lineStarts;

    /// <summary>
    /// The normalized text with its lines broken again: the space before each line's start (where the break was folded)
    /// is a "\n". Built again from it, a view has the same text and the same lines.
    /// </summary>
    public string WithLineBreaks() => string.Create(Normalized.Length, this, static (chars, view) =>
    {
        view.Normalized.AsSpan().CopyTo(chars);
        foreach (var start in view._lineStarts)
            if (start > 0 && chars[start - 1] == ' ') chars[start - 1] = '\n';
    });

    /// <summary>Where the original line after the one holding <paramref name="index"/> begins, or the text's end.</summary>
    public int NextLineStart(int index)
    {
        var i = Array.BinarySearch(_lineStarts, index + 1);
        if (i < 0) i = ~i;
        return i < _lineStarts.Length ? _lineStarts[i] : Normalized.Length;
    }

    /// <summary>The normalized offset at which the original line holding <paramref name="index"/> begins.</summary>
    public int LineStartOf(int index)
    {
        var i = Array.BinarySearch(_lineStarts, index);
        return i >= 0 ? _lineStarts[i] : i == -1 ? 0 : _lineStarts[~i - 1];
    }
}
