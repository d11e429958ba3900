namespace Ingest.Indexer.Text;

/// <summary>
/// A set of [start, end) spans answering "does this span overlap any?" in O(log n), so that checks made per
/// match stay linear overall on documents with thousands of citations. Immutable once built; thread-safe.
/// </summary>
public sealed class SpanSet
{
    private readonly int[] _starts;
    private readonly int[] _maxEndUpTo;

    public SpanSet(IEnumerable<(int Start, int End)> spans)
    {
        // Starts and ends sorted together by start, in place: a parse builds several sets, and ordering them through
        // LINQ (a lambda, its keys and a copy of each) was a hundred-and-fiftieth of it (issue 12, parser speed). Among
        // spans of one start the order does not matter: a search lands on the last of them, where the maximum holds all.
        var kept = new List<(int Start, int End)>(spans.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var span in spans)
            if (span.End > span.Start) kept.Add(span);
        _starts = new int[kept.Count];
        _maxEndUpTo = new int[kept.Count];
        for (var i = 0; i < kept.Count; i++) (_starts[i], _maxEndUpTo[i]) = kept[i];
        Array.Sort(_starts, _maxEndUpTo);
        for (var i = 1; i < _maxEndUpTo.Length; i++) _maxEndUpTo[i] = Math.Max(_maxEndUpTo[i - 1], _maxEndUpTo[i]);
    }

    /// <summary>An empty set.</summary>
    public static SpanSet Empty { get; } = new([]);

    /// <summary>True when some span overlaps [start, end).</summary>
    public bool Overlaps(int start, int end)
    {
        // Spans starting before `end` overlap iff the furthest end among them lies past `start`.
        var i = LastStartBefore(end);
        return i >= 0 && _maxEndUpTo[i] > start;
    }

    /// <summary>True when some span contains the offset.</summary>
    public bool Contains(int offset) => Overlaps(offset, offset + 1);

    /// <summary>
    /// Where the spans holding the offset stop holding text: the furthest end of a span that contains it, so that every
    /// offset from it up to that end lies inside one; -1 when no span contains it.
    /// </summary>
    public int CoveredUntil(int offset)
    {
        var i = LastStartBefore(offset + 1);
        return i >= 0 && _maxEndUpTo[i] > offset ? _maxEndUpTo[i] : -1;
    }

    private int LastStartBefore(int end)
    {
        int lo = 0, hi = _starts.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < end) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }
}
