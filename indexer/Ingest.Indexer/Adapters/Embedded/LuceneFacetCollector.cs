using System.Numerics;
using Ingest.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Counts every match's level, province, year, issuer and type from sorted doc values (the Facet module is
/// not served here), read once per segment into arrays (<see cref="LuceneSegmentOrdinals"/>): one array
/// increment per facet and match, in the reader-wide numbering of
/// <see cref="LuceneFacetOrdinals"/>; only the values reported are turned into text. Not thread-safe: one per
/// search.
/// </summary>
internal sealed class LuceneFacetCollector(LuceneFacetOrdinals ordinals) : ICollector
{
    /// <summary>Values reported per facet, most frequent first.</summary>
    public const int TopValues = 50;

    // Pooled: a facet of many values (issuers) would otherwise allocate a large array per search.
    private readonly int[][] _counts = Enumerable.Range(0, ordinals.Count).Select(f => Rent(ordinals.ValueCount(f))).ToArray();
    private readonly (int[] DocOrds, int[] Global)?[] _segment = new (int[], int[])?[ordinals.Count];

    /// <summary>Number of matches seen.</summary>
    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        for (var f = 0; f < _segment.Length; f++) _segment[f] = ordinals.Segment(f, context.Ord);
    }

    public void Collect(int doc)
    {
        Total++;
        for (var f = 0; f < _segment.Length; f++)
        {
            if (_segment[f] is not var (ords, global)) continue;
            var ord = ords[doc];
            if (ord >= 0) _counts[f][global[ord]]++;
        }
    }

    /// <summary>
    /// Counts every match of the segment last set (<see cref="SetNextReader"/>) at once: bit d of word d / 64 of
    /// <paramref name="bits"/> set for each matching document d. One facet at a time over the whole set, the same
    /// counts as <see cref="Collect"/> per match.
    /// </summary>
    public void CollectAll(long[] bits)
    {
        for (var i = 0; i < bits.Length; i++) Total += BitOperations.PopCount((ulong)bits[i]);
        for (var f = 0; f < _segment.Length; f++)
        {
            if (_segment[f] is not var (ords, global)) continue;
            var counts = _counts[f];
            for (var i = 0; i < bits.Length; i++)
                for (var word = bits[i]; word != 0; word &= word - 1)
                {
                    var ord = ords[(i << 6) + BitOperations.TrailingZeroCount(word)];
                    if (ord >= 0) counts[global[ord]]++;
                }
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (another part of the same reader) to these.</summary>
    public void Add(LuceneFacetCollector other)
    {
        Total += other.Total;
        for (var f = 0; f < _counts.Length; f++)
            for (var o = 0; o < ordinals.ValueCount(f); o++) _counts[f][o] += other._counts[f][o];
        other.Release();
    }

    /// <summary>Counts by facet, most frequent first (ties in the values' order), at most <see cref="TopValues"/> each.</summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>();
        for (var f = 0; f < _counts.Length; f++)
        {
            var counts = _counts[f];
            result[LuceneFields.Facets[f].Facet] = Top(counts, ordinals.ValueCount(f)).Select(o => new FacetCount(ordinals.Value(f, o), counts[o])).ToList();
        }
        Release();
        return result;
    }

    private void Release()
    {
        for (var f = 0; f < _counts.Length; f++)
        {
            if (_counts[f].Length > 0) System.Buffers.ArrayPool<int>.Shared.Return(_counts[f]);
            _counts[f] = [];
        }
    }

    private static int[] Rent(int length)
    {
        var counts = System.Buffers.ArrayPool<int>.Shared.Rent(length);
        Array.Clear(counts, 0, length);
        return counts;
    }

    // The TopValues most frequent ordinals, ties by ordinal (the values' byte order, as ordinal string order for
    // text without surrogates): a bounded heap, not a sort of every counted value.
    private static List<int> Top(int[] counts, int length)
    {
        var heap = new PriorityQueue<int, (int Count, int Ord)>(TopValues + 1, Comparer<(int Count, int Ord)>.Create((a, b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var o = 0; o < length; o++)
        {
            if (counts[o] == 0) continue;
            heap.Enqueue(o, (counts[o], o));
            if (heap.Count > TopValues) heap.Dequeue();
        }
        var top = new List<int>(heap.Count);
        while (heap.Count > 0) top.Add(heap.Dequeue());
        top.Reverse();
        return top;
    }
}
