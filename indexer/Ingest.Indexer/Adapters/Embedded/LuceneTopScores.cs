using System.Numerics;
using Lucene.Net.Search;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The best <c>N</c> matches of a term-at-a-time search (<see cref="LuceneTermAtATime"/>), taken from a segment's
/// match set and scores in one pass: the same hits, order and total as Lucene's TopScoreDocCollector given the
/// documents in order (higher score first, the lower document first among equal scores; a match enters only when
/// it beats the worst kept one), without a virtual call and a score read through a scorer per match. A common
/// word's query collects about 99,000 matches at 100,000 plans. Not thread-safe: one per search part.
/// </summary>
internal sealed class LuceneTopScores(int size)
{
    // A min-heap on (score, then the higher document as the worse): its root is the worst match kept.
    private readonly int[] _docs = new int[size];
    private readonly float[] _scores = new float[size];
    private int _count;

    /// <summary>Number of matches seen.</summary>
    public int TotalHits { get; private set; }

    /// <summary>
    /// Takes every match of a segment: bit d of word d / 64 of <paramref name="bits"/> set for each matching
    /// document d, its score at <paramref name="scores"/>[d]; <paramref name="docBase"/> makes it the reader's
    /// number.
    /// </summary>
    public void Collect(int docBase, long[] bits, float[] scores)
    {
        for (var i = 0; i < bits.Length; i++)
        {
            var word = bits[i];
            if (word == 0) continue;
            TotalHits += BitOperations.PopCount((ulong)word);
            for (; word != 0; word &= word - 1)
            {
                var doc = (i << 6) + BitOperations.TrailingZeroCount(word);
                var score = scores[doc];
                if (_count < _docs.Length) Push(docBase + doc, score);
                // Documents come in order, so one that ties the worst kept is the worse of the two.
                else if (score > _scores[0]) ReplaceRoot(docBase + doc, score);
            }
        }
    }

    /// <summary>The kept matches, best first, with the total (as TopScoreDocCollector.GetTopDocs gives them).</summary>
    public TopDocs TopDocs()
    {
        if (_count == 0) return new TopDocs(0, [], float.NaN);
        var hits = new ScoreDoc[_count];
        for (var i = 0; i < _count; i++) hits[i] = new ScoreDoc(_docs[i], _scores[i]);
        Array.Sort(hits, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(TotalHits, hits, hits[0].Score);
    }

    private static bool Worse(float scoreA, int docA, float scoreB, int docB) => scoreA != scoreB ? scoreA < scoreB : docA > docB;

    private void Push(int doc, float score)
    {
        var at = _count++;
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (!Worse(score, doc, _scores[parent], _docs[parent])) break;
            (_docs[at], _scores[at]) = (_docs[parent], _scores[parent]);
            at = parent;
        }
        (_docs[at], _scores[at]) = (doc, score);
    }

    private void ReplaceRoot(int doc, float score)
    {
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= _count) break;
            if (child + 1 < _count && Worse(_scores[child + 1], _docs[child + 1], _scores[child], _docs[child])) child++;
            if (!Worse(_scores[child], _docs[child], score, doc)) break;
            (_docs[at], _scores[at]) = (_docs[child], _scores[child]);
            at = child;
        }
        (_docs[at], _scores[at]) = (doc, score);
    }
}
