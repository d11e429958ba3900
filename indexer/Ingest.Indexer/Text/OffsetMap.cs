using System.Buffers;

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

    /// <summary>
    /// The runs of <paramref name="offsets"/> (one at least), the original offset of each normalized index 0 to its length - 1, read
    /// in one pass. The offsets are the caller's buffer and are written over: each run's start is put where the offsets
    /// were already read (the r-th run opens at index r or later).
    /// </summary>
    public static OffsetMap Of(Span<int> offsets)
    {
        var shifts = ArrayPool<int>.Shared.Rent(Math.Max(1, offsets.Length));
        var (runs, shift) = (0, 0);
        for (var k = 0; k < offsets.Length; k++)
        {
            if (k > 0 && offsets[k] - k == shift) continue;
            shift = offsets[k] - k;
            shifts[runs] = shift;
            offsets[runs++] = k;
        }
        var map = new OffsetMap(offsets[..runs].ToArray(), shifts.AsSpan(0, runs).ToArray(), offsets.Length - 1);
        ArrayPool<int>.Shared.Return(shifts);
        return map;
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
