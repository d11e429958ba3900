using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Scores a ranked query one segment at a time, term at a time: each leaf of the query's boolean tree (a term, a
/// phrase, a constant-score filter) runs its own Lucene scorer over the whole segment into an array of scores and
/// a bit set of matches, and the boolean nodes combine them (MUST: and, sum; SHOULD: or, or only added to the
/// score beside a MUST; MUST_NOT: and not). The segment's matches then go to the top-N (<see cref="LuceneTopScores"/>)
/// and the facet counts as a whole set, with the same scores Lucene's BM25 gives (queryNorm and coord are 1 in BM25;
/// sums may differ in the last bit, by order).
/// Lucene's own boolean scorer advances a heap of scorers per word (one per field) inside a conjunction, document
/// at a time; a common query ("kế hoạch": every plan, 2 words × 3 fields) spent most of its CPU there
/// (docs/BENCHMARKS.md, run 13). Not thread-safe: one per search.
/// </summary>
internal sealed class LuceneTermAtATime
{
    private readonly Node _root;

    private LuceneTermAtATime(Node root) => _root = root;

    /// <summary>
    /// The plan for <paramref name="query"/> (rewritten here), or null when BM25 is not the similarity (whose
    /// queryNorm and coord of 1 the combination relies on).
    /// </summary>
    public static LuceneTermAtATime? For(IndexSearcher searcher, Query query)
    {
        if (searcher.Similarity is not BM25Similarity) return null;
        return new LuceneTermAtATime(Build(searcher, searcher.Rewrite(query), 1f));
    }

    // As BooleanWeight.Normalize does: a boolean node multiplies the boost its children are normalized with.
    private static Node Build(IndexSearcher searcher, Query query, float topLevelBoost)
    {
        if (query is BooleanQuery b && b.MinimumNumberShouldMatch == 0)
        {
            var boost = topLevelBoost * b.Boost;
            var children = b.Clauses.Select(c => (c.Occur, Build(searcher, c.Query, boost))).ToList();
            return new BooleanNode(children);
        }
        if (query is TermQuery t) return TermLeaf(searcher, t, topLevelBoost);
        if (query is ConstantScoreQuery { Query: TermQuery inner } constant) return ConstantTermLeaf(searcher, constant, inner.Term, topLevelBoost);
        var weight = query.CreateWeight(searcher);
        var v = weight.GetValueForNormalization(); // sets a constant-score weight's value: needed before Normalize
        weight.Normalize(QueryNorm(searcher, v), topLevelBoost);
        return new LeafNode(c => weight.GetScorer(c, c.AtomicReader.LiveDocs));
    }

    private static float QueryNorm(IndexSearcher searcher, float v)
    {
        var norm = searcher.Similarity.QueryNorm(v);
        return float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm;
    }

    // A term under a constant score, scored as ConstantWeight normalizes it: its boost times the query norm of the
    // boost squared times the enclosing boost.
    private static LeafNode ConstantTermLeaf(IndexSearcher searcher, ConstantScoreQuery query, Term term, float topLevelBoost)
    {
        var boost = query.Boost;
        var queryNorm = QueryNorm(searcher, boost * boost) * topLevelBoost;
        var score = boost * queryNorm;
        var states = LuceneTermStates.Of(searcher.TopReaderContext, term);
        return new LeafNode(c => LuceneTermScorer.Constant(c, term, states, score));
    }

    // A ranked term, scored as TermWeight and TermScorer would (the same states and statistics, normalized the
    // same way) through enums LuceneTermStates keeps.
    private static LeafNode TermLeaf(IndexSearcher searcher, TermQuery query, float topLevelBoost)
    {
        var (term, similarity) = (query.Term, searcher.Similarity);
        var states = LuceneTermStates.Of(searcher.TopReaderContext, term);
        var (collection, termStats) = (searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, states));
        var stats = similarity.ComputeWeight(query.Boost, collection, termStats);
        stats.Normalize(QueryNorm(searcher, stats.GetValueForNormalization()), topLevelBoost);
        var bm25 = LuceneBm25Weight.Of(similarity, query.Boost, topLevelBoost, collection, termStats);
        return new LeafNode(c => LuceneTermScorer.For(c, term, states, similarity, stats, bm25));
    }

    /// <summary>
    /// Runs the query over one segment into <paramref name="top"/> and <paramref name="facets"/> (set to the
    /// segment already).
    /// </summary>
    public void Score(AtomicReaderContext context, LuceneTopScores top, LuceneFacetCollector? facets)
    {
        var result = _root.Eval(context, context.AtomicReader.MaxDoc, null);
        if (result is null) return;
        var (bits, scores) = result.Value;
        top.Collect(context.DocBase, bits.GetBits(), scores);
        facets?.CollectAll(bits.GetBits());
        Release(bits, scores);
    }

    // A segment's match sets are pooled like its score arrays: a common query made a few per segment and clause,
    // an eighth of a byte per document each.
    private static FixedBitSet NewBits(int maxDoc)
    {
        var words = ArrayPool<long>.Shared.Rent(FixedBitSet.Bits2words(maxDoc));
        Array.Clear(words); // the whole array: a bit set counts its bits over all of it
        return new FixedBitSet(words, maxDoc);
    }

    private static FixedBitSet CopyOf(FixedBitSet bits, int maxDoc)
    {
        var copy = NewBits(maxDoc);
        copy.Or(bits);
        return copy;
    }

    private static void Release(FixedBitSet? bits, float[]? scores)
    {
        if (bits is not null) ArrayPool<long>.Shared.Return(bits.GetBits());
        if (scores is not null) ArrayPool<float>.Shared.Return(scores);
    }

    private static int Next(FixedBitSet bits, int from, int maxDoc) => from < maxDoc ? bits.NextSetBit(from) : -1;

    private abstract class Node
    {
        /// <summary>Documents the node's scorers would visit in the segment (Lucene's cost estimate).</summary>
        public abstract long Cost(AtomicReaderContext context);

        /// <summary>
        /// The segment's matches and their scores (valid where matched; a pooled array), or null for none. When
        /// <paramref name="within"/> is given, matches outside it may be left out (the caller keeps only those).
        /// </summary>
        public abstract (FixedBitSet Bits, float[] Scores)? Eval(AtomicReaderContext context, int maxDoc, FixedBitSet? within);
    }

    private sealed class LeafNode(Func<AtomicReaderContext, Scorer?> open) : Node
    {
        // Per segment (two slices may score at once), each scorer used once.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<AtomicReaderContext, Scorer?> _scorers = new();

        private Scorer? ScorerFor(AtomicReaderContext context) => _scorers.GetOrAdd(context, open);

        // A term's scorer gives its kept enums back once its postings are read.
        private static T Done<T>(Scorer scorer, T result)
        {
            (scorer as LuceneTermScorer)?.Release();
            return result;
        }

        public override long Cost(AtomicReaderContext context) => ScorerFor(context)?.GetCost() ?? 0;

        /// <summary>
        /// Adds this leaf's matches into <paramref name="bits"/> and <paramref name="scores"/> in one pass (no
        /// arrays of its own): where <paramref name="onlyWhere"/>, only to documents already set (a SHOULD beside a
        /// MUST), else also setting new ones (a SHOULD among SHOULDs). False when it cannot (a sparse candidate set:
        /// <see cref="Eval"/> skips to the candidates instead).
        /// </summary>
        public bool AddInto(AtomicReaderContext context, FixedBitSet bits, float[] scores, FixedBitSet? within, bool onlyWhere)
        {
            var scorer = ScorerFor(context);
            if (scorer is null) return true;
            if (within is not null && within.Cardinality * 8L < scorer.GetCost()) return false;
            if (scorer is LuceneTermScorer term)
            {
                term.ReadInto(bits.GetBits(), scores, onlyWhere ? LuceneTermScorer.Into.AddWhereSet : LuceneTermScorer.Into.Add);
                return Done(scorer, true);
            }
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                if (bits.Get(doc)) scores[doc] += scorer.GetScore();
                else if (!onlyWhere)
                {
                    bits.Set(doc);
                    scores[doc] = scorer.GetScore();
                }
            }
            return Done(scorer, true);
        }

        public override (FixedBitSet, float[])? Eval(AtomicReaderContext context, int maxDoc, FixedBitSet? within)
        {
            var scorer = ScorerFor(context);
            if (scorer is null) return null;
            var bits = NewBits(maxDoc);
            var scores = ArrayPool<float>.Shared.Rent(maxDoc);
            // A rare word beside a common one ("12/KH-UBND": "12" and "kh", "ubnd" in every plan): the common one's
            // postings are skipped to the few candidates, as Lucene's conjunction does, not read whole.
            if (within is not null && within.Cardinality * 8L < scorer.GetCost())
            {
                for (var doc = Next(within, 0, maxDoc); doc >= 0; doc = Next(within, doc + 1, maxDoc))
                {
                    var at = scorer.DocID;
                    if (at < doc) at = scorer.Advance(doc);
                    if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (at != doc) { doc = at - 1; continue; }
                    bits.Set(doc);
                    scores[doc] = scorer.GetScore();
                }
                return Done(scorer, ((FixedBitSet, float[])?)(bits, scores));
            }
            if (scorer is LuceneTermScorer term) term.ReadInto(bits.GetBits(), scores, LuceneTermScorer.Into.Fill);
            else
            {
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    bits.Set(doc);
                    scores[doc] = scorer.GetScore();
                }
            }
            return Done(scorer, ((FixedBitSet, float[])?)(bits, scores));
        }
    }

    private sealed class BooleanNode(List<(Occur Occur, Node Node)> children) : Node
    {
        public override long Cost(AtomicReaderContext context) =>
            children.Any(c => c.Occur == Occur.MUST)
                ? children.Where(c => c.Occur == Occur.MUST).Min(c => c.Node.Cost(context))
                : children.Where(c => c.Occur == Occur.SHOULD).Sum(c => c.Node.Cost(context));

        public override (FixedBitSet, float[])? Eval(AtomicReaderContext context, int maxDoc, FixedBitSet? within)
        {
            FixedBitSet? bits = null;
            float[]? scores = null;
            var required = children.Any(c => c.Occur == Occur.MUST);
            // Required children first, the rarest first: their intersection bounds what the others read.
            foreach (var node in children.Where(c => c.Occur == Occur.MUST).Select(c => c.Node).OrderBy(n => n.Cost(context)))
            {
                var r = node.Eval(context, maxDoc, bits ?? within);
                if (r is null) { Release(bits, scores); return null; }
                var (b, s) = r.Value;
                if (bits is null) { (bits, scores) = (b, s); continue; }
                bits.And(b);
                Add(bits, scores!, s);
                Release(b, s);
            }
            foreach (var (_, node) in children.Where(c => c.Occur == Occur.SHOULD))
            {
                if (bits is not null && node is LeafNode leaf && leaf.AddInto(context, bits, scores!, required ? bits : within, required)) continue;
                if (node.Eval(context, maxDoc, required ? bits : within) is not var (b, s)) continue;
                if (bits is null) { (bits, scores) = (b, s); continue; }
                var both = CopyOf(b, maxDoc);
                both.And(bits);
                Add(both, scores!, s);
                Release(both, null);
                if (!required)
                {
                    // Either side alone keeps its own score; both add.
                    b.AndNot(bits);
                    Copy(b, scores!, s);
                    bits.Or(b);
                }
                Release(b, s);
            }
            if (bits is null) return null;
            foreach (var (_, node) in children.Where(c => c.Occur == Occur.MUST_NOT))
            {
                if (node.Eval(context, maxDoc, bits) is not var (b, s)) continue;
                bits.AndNot(b);
                Release(b, s);
            }
            return (bits, scores!);
        }

        private static void Add(FixedBitSet where, float[] into, float[] from)
        {
            var words = where.GetBits();
            for (var i = 0; i < words.Length; i++)
                for (var word = words[i]; word != 0; word &= word - 1)
                {
                    var doc = (i << 6) + BitOperations.TrailingZeroCount(word);
                    into[doc] += from[doc];
                }
        }

        private static void Copy(FixedBitSet where, float[] into, float[] from)
        {
            var words = where.GetBits();
            for (var i = 0; i < words.Length; i++)
                for (var word = words[i]; word != 0; word &= word - 1)
                {
                    var doc = (i << 6) + BitOperations.TrailingZeroCount(word);
                    into[doc] = from[doc];
                }
        }
    }
}
