using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Scores one term's postings in a segment as Lucene's TermScorer does (the similarity's score of each document and
/// its frequency), but through a terms enum and a docs enum kept by <see cref="LuceneTermStates"/>: Lucene's
/// TermWeight opens both afresh for each term and segment, about 3.6 KB a segment (docs/BENCHMARKS.md, issue 12).
/// A term under a constant score (a filter, the exact-match bonus) scores as ConstantScorer does: one value, and
/// its postings are read without their frequencies. <see cref="ReadInto"/> reads every posting in one loop, BM25
/// scored inline (<see cref="LuceneBm25Weight"/>, norms from <see cref="LuceneSegmentNorms"/>).
/// <see cref="Release"/> gives the enums back once the postings are read. Not thread-safe: one per term and segment.
/// </summary>
internal sealed class LuceneTermScorer : Scorer
{
    private readonly AtomicReaderContext _leaf;
    private readonly string _field;
    private LuceneTermStates.Kept? _kept;
    private readonly DocsEnum _docs;
    private readonly Similarity.SimScorer? _score;
    private readonly float _constant;
    // Set together when the match's BM25 score can be computed inline, exactly as _score computes it.
    private readonly LuceneBm25Weight? _bm25;
    private readonly byte[]? _norms;

    private LuceneTermScorer(AtomicReaderContext leaf, string field, LuceneTermStates.Kept kept, DocsEnum docs, Similarity.SimScorer? score,
        float constant, LuceneBm25Weight? bm25 = null)
        : base(null!)
    {
        (_leaf, _field, _kept, _docs, _score, _constant) = (leaf, field, kept, docs, score, constant);
        if (bm25 is not null && LuceneSegmentNorms.Of(leaf.AtomicReader, field) is { } norms) (_bm25, _norms) = (bm25, norms);
    }

    /// <summary>
    /// The scorer of <paramref name="term"/> in <paramref name="leaf"/> (null when the segment lacks it), as
    /// TermWeight.GetScorer builds it from the same states and normalized statistics; <paramref name="bm25"/>, the
    /// same statistics' BM25 factors when the similarity is BM25's own, lets <see cref="ReadInto"/> score inline.
    /// </summary>
    public static LuceneTermScorer? For(AtomicReaderContext leaf, Term term, TermContext states, Similarity similarity, Similarity.SimWeight stats,
        LuceneBm25Weight? bm25) =>
        Open(leaf, term, states, DocsFlags.FREQS) is var (kept, docs)
            ? new LuceneTermScorer(leaf, term.Field, kept, docs, similarity.GetSimScorer(stats, leaf), 0, bm25)
            : null;

    /// <summary>The scorer of <paramref name="term"/> in <paramref name="leaf"/> giving every match <paramref name="score"/> (null when the segment lacks it).</summary>
    public static LuceneTermScorer? Constant(AtomicReaderContext leaf, Term term, TermContext states, float score) =>
        Open(leaf, term, states, DocsFlags.NONE) is var (kept, docs) ? new LuceneTermScorer(leaf, term.Field, kept, docs, null, score) : null;

    private static (LuceneTermStates.Kept, DocsEnum)? Open(AtomicReaderContext leaf, Term term, TermContext states, DocsFlags flags)
    {
        if (states.Get(leaf.Ord) is not { } state) return null;
        if (LuceneTermStates.Take(leaf, term.Field) is not { } kept) return null;
        kept.Terms.SeekExact(term.Bytes, state);
        kept.Docs = kept.Terms.Docs(leaf.AtomicReader.LiveDocs, kept.Docs, flags);
        return (kept, kept.Docs);
    }

    /// <summary>How <see cref="ReadInto"/> puts a match into the match set and its scores.</summary>
    public enum Into
    {
        /// <summary>Set its bit and its score (the set and the scores start empty).</summary>
        Fill,
        /// <summary>Add its score where its bit is set, else set both (a SHOULD among SHOULDs).</summary>
        Add,
        /// <summary>Add its score only where its bit is set (a SHOULD beside a MUST).</summary>
        AddWhereSet,
    }

    /// <summary>
    /// Reads every remaining posting into <paramref name="bits"/> (a bit set's words, bit d of word d / 64 for
    /// document d) and <paramref name="scores"/> as <paramref name="into"/> says, with the scores
    /// <see cref="GetScore"/> gives.
    /// </summary>
    public void ReadInto(long[] bits, float[] scores, Into into)
    {
        var docs = _docs;
        if (_bm25 is { } bm25)
        {
            var (norms, cache, weight) = (_norms!, bm25.NormCache, bm25.WeightValue);
            for (var doc = docs.NextDoc(); doc != NO_MORE_DOCS; doc = docs.NextDoc())
            {
                // BM25's doc scorer, inline: weight × freq / (freq + the norm's part), in its order of operations.
                float freq = docs.Freq;
                Put(bits, scores, into, doc, weight * freq / (freq + cache[norms[doc]]));
            }
            return;
        }
        if (_score is null)
        {
            for (var doc = docs.NextDoc(); doc != NO_MORE_DOCS; doc = docs.NextDoc()) Put(bits, scores, into, doc, _constant);
            return;
        }
        for (var doc = docs.NextDoc(); doc != NO_MORE_DOCS; doc = docs.NextDoc()) Put(bits, scores, into, doc, _score.Score(doc, docs.Freq));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Put(long[] bits, float[] scores, Into into, int doc, float score)
    {
        ref var word = ref bits[doc >> 6];
        var bit = 1L << doc;
        if ((word & bit) != 0 && into != Into.Fill) scores[doc] += score;
        else if (into != Into.AddWhereSet)
        {
            word |= bit;
            scores[doc] = score;
        }
    }

    /// <summary>Gives the enums back; the scorer must not be read after.</summary>
    public void Release()
    {
        if (_kept is null) return;
        LuceneTermStates.Give(_leaf, _field, _kept);
        _kept = null;
    }

    public override float GetScore() => _score is null ? _constant : _score.Score(_docs.DocID, _docs.Freq);

    public override int Freq => _docs.Freq;

    public override int DocID => _docs.DocID;

    public override int NextDoc() => _docs.NextDoc();

    public override int Advance(int target) => _docs.Advance(target);

    public override long GetCost() => _docs.GetCost();
}
