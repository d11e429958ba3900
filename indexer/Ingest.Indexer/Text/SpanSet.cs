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
        var sorted = spans.Where(s => s.End > s.Start).OrderBy(s => s.Start).ToArray();
        _starts = new int[sorted.Length];
        _maxEndUpTo = new int[sorted.Length];
        var max = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            max = Math.Max(max, sorted[i].End);
            _maxEndUpTo[i] = max;
        }
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
