using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Scores one term's postings in a segment as Lucene's TermScorer does (the similarity's score of each document and
/// its frequency), but through a terms enum and a docs enum kept by <see cref="LuceneTermStates"/>: Lucene's
/// TermWeight opens both afresh for each term and segment, about 3.6 KB a segment (docs/BENCHMARKS.md, issue 12).
/// A term under a constant score (a filter, the exact-match bonus) scores as ConstantScorer does: one value.
/// <see cref="Release"/> gives them back once the postings are read. Not thread-safe: one per term and segment.
/// </summary>
internal sealed class LuceneTermScorer : Scorer
{
    private readonly AtomicReaderContext _leaf;
    private readonly string _field;
    private LuceneTermStates.Kept? _kept;
    private readonly DocsEnum _docs;
    private readonly Similarity.SimScorer? _score;
    private readonly float _constant;

    private LuceneTermScorer(AtomicReaderContext leaf, string field, LuceneTermStates.Kept kept, DocsEnum docs, Similarity.SimScorer? score, float constant)
        : base(null!)
    {
        (_leaf, _field, _kept, _docs, _score, _constant) = (leaf, field, kept, docs, score, constant);
    }

    /// <summary>
    /// The scorer of <paramref name="term"/> in <paramref name="leaf"/> (null when the segment lacks it), as
    /// TermWeight.GetScorer builds it from the same states and normalized statistics.
    /// </summary>
    public static LuceneTermScorer? For(AtomicReaderContext leaf, Term term, TermContext states, Similarity similarity, Similarity.SimWeight stats) =>
        Open(leaf, term, states) is var (kept, docs) ? new LuceneTermScorer(leaf, term.Field, kept, docs, similarity.GetSimScorer(stats, leaf), 0) : null;

    /// <summary>The scorer of <paramref name="term"/> in <paramref name="leaf"/> giving every match <paramref name="score"/> (null when the segment lacks it).</summary>
    public static LuceneTermScorer? Constant(AtomicReaderContext leaf, Term term, TermContext states, float score) =>
        Open(leaf, term, states) is var (kept, docs) ? new LuceneTermScorer(leaf, term.Field, kept, docs, null, score) : null;

    private static (LuceneTermStates.Kept, DocsEnum)? Open(AtomicReaderContext leaf, Term term, TermContext states)
    {
        if (states.Get(leaf.Ord) is not { } state) return null;
        if (LuceneTermStates.Take(leaf, term.Field) is not { } kept) return null;
        kept.Terms.SeekExact(term.Bytes, state);
        kept.Docs = kept.Terms.Docs(leaf.AtomicReader.LiveDocs, kept.Docs);
        return (kept, kept.Docs);
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
