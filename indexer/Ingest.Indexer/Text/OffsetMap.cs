namespace Ingest.Indexer.Text;

/// <summary>
/// The offset in an original text of each character of its normalized text, kept as runs: within a run the two
/// texts go on character for character, so an offset is the run's shift added to the index. A normalized text
/// differs from its original where a space run or a line break was folded, a sign dropped or a mark composed (a
/// few times a line), so a map of a text's every character, 4 bytes each, was the largest allocation of a parse
/// (issue 12, parser speed); its runs take a few bytes a line. Immutable and thread-safe.
/// </summary>
internal sealed class OffsetMap
{
    // The normalized index each run opens at, ascending, the first 0; and each run's offset minus index.
    private readonly int[] _starts;
    private readonly int[] _shifts;

    /// <summary>The index past the last one mapped: indexes 0 to <see cref="Length"/> are mapped.</summary>
    public int Length { get; }

    private OffsetMap(int[] starts, int[] shifts, int length)
    {
        _starts = starts;
        _shifts = shifts;
        Length = length;
    }

    /// <summary>The runs of <paramref name="offsets"/>, the original offset of each normalized index 0 to its length - 1.</summary>
    public static OffsetMap Of(ReadOnlySpan<int> offsets)
    {
        var runs = 1;
        for (var k = 1; k < offsets.Length; k++)
            if (offsets[k] - k != offsets[k - 1] - (k - 1)) runs++;
        var starts = new int[runs];
        var shifts = new int[runs];
        if (offsets.Length > 0) shifts[0] = offsets[0];
        for (int k = 1, r = 0; k < offsets.Length; k++)
        {
            if (offsets[k] - k == shifts[r]) continue;
            r++;
            starts[r] = k;
            shifts[r] = offsets[k] - k;
        }
        return new OffsetMap(starts, shifts, offsets.Length - 1);
    }

    /// <summary>The original offset of the normalized character at <paramref name="index"/>, 0 to <see cref="Length"/>.</summary>
    public int this[int index]
    {
        get
        {
            if ((uint)index > (uint)Length) throw new IndexOutOfRangeException();
            return index + _shifts[RunOf(index)];
        }
    }

    // The last run opening at or before index.
    private int RunOf(int index)
    {
        int lo = 0, hi = _starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_starts[mid] <= index) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
