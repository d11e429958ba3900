using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// One term's BM25 factors, computed as BM25Similarity computes and normalizes them (ComputeWeight, Normalize,
/// the doc scorer's weight value), so that <see cref="Score"/> gives the very float its doc scorer gives for the
/// same frequency and norm byte: the same operations on the same values in the same order. What it saves is
/// per match: Lucene's doc scorer reads the norm through the segment's norm values and is called virtually, once
/// per match and field (a tenth of a common query's CPU at 100,000 plans). Pure; thread-safe once built.
/// </summary>
internal sealed class LuceneBm25Weight
{
    // 1 / f² for each norm byte, f its decoded boost / sqrt(length): BM25Similarity's table of decoded norms.
    private static readonly float[] DecodedNorms = Enumerable.Range(0, 256).Select(i =>
    {
        var f = SmallSingle.SByte315ToSingle((sbyte)i);
        return 1.0f / (f * f);
    }).ToArray();

    private readonly float _weightValue;
    private readonly float[] _normCache;

    private LuceneBm25Weight(float weightValue, float[] normCache) => (_weightValue, _normCache) = (weightValue, normCache);

    /// <summary>
    /// The factors of a term with <paramref name="queryBoost"/> under <paramref name="topLevelBoost"/>, or null
    /// when <paramref name="similarity"/> is a subclass (whose idf or norms may differ from BM25's own).
    /// </summary>
    public static LuceneBm25Weight? Of(Similarity similarity, float queryBoost, float topLevelBoost, CollectionStatistics collection, TermStatistics term)
    {
        if (similarity.GetType() != typeof(BM25Similarity)) return null;
        var bm25 = (BM25Similarity)similarity;
        var (k1, b) = (bm25.K1, bm25.B);
        var idf = bm25.IdfExplain(collection, term).Value;
        var avgdl = AverageLength(collection);
        var cache = new float[256];
        for (var i = 0; i < cache.Length; i++) cache[i] = k1 * ((1 - b) + b * DecodedNorms[i] / avgdl);
        var weight = idf * queryBoost * topLevelBoost;
        return new LuceneBm25Weight(weight * (k1 + 1), cache);
    }

    // BM25Similarity.AvgFieldLength.
    private static float AverageLength(CollectionStatistics collection) =>
        collection.SumTotalTermFreq <= 0 ? 1f : (float)(collection.SumTotalTermFreq / (double)collection.MaxDoc);

    /// <summary>The score of a match with <paramref name="freq"/> occurrences and norm byte <paramref name="norm"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public float Score(int freq, byte norm)
    {
        float f = freq;
        return _weightValue * f / (f + _normCache[norm]);
    }

    /// <summary>The weight value (boost × idf × (k1 + 1)), for loops that score inline.</summary>
    public float WeightValue => _weightValue;

    /// <summary>The freq-independent part of the score's denominator, per norm byte.</summary>
    public float[] NormCache => _normCache;
}
