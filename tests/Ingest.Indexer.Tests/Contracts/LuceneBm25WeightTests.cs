using Ingest.Indexer.Adapters.Embedded;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The inline BM25 of the term-at-a-time scorer gives the very float Lucene's own doc scorer gives: every document
/// of an index whose texts differ in length (so in norm byte) and in how often the word recurs, under the boosts a
/// query gives (field weights, a parent's boost), with norms read once per segment.
/// </summary>
public sealed class LuceneBm25WeightTests
{
    [Theory]
    [InlineData(1f, 1f)]
    [InlineData(5f, 1f)]
    [InlineData(3f, 0.5f)]
    [InlineData(1f, 100f)]
    public void Inline_scores_equal_lucenes_doc_scorer_bit_for_bit(float queryBoost, float topLevelBoost)
    {
        using var directory = new RAMDirectory();
        var similarity = new BM25Similarity();
        var random = new Random(5);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneFields.Version, LuceneFields.Folded()) { Similarity = similarity }))
        {
            for (var i = 0; i < 600; i++)
            {
                var words = Enumerable.Range(0, random.Next(1, 3_000)).Select(_ => random.Next(12) == 0 ? "thi" : "dua" + random.Next(40));
                writer.AddDocument([new TextField(LuceneFields.Body, string.Join(' ', words), Field.Store.NO)]);
                if (i % 200 == 199) writer.Commit(); // several segments
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        var term = new Term(LuceneFields.Body, "thi");
        var states = TermContext.Build(reader.Context, term);
        var (collection, termStats) = (searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, states));
        var stats = similarity.ComputeWeight(queryBoost, collection, termStats);
        stats.Normalize(1f, topLevelBoost);
        var inline = LuceneBm25Weight.Of(similarity, queryBoost, topLevelBoost, collection, termStats)!;
        var compared = 0;
        foreach (var leaf in reader.Leaves)
        {
            var lucene = similarity.GetSimScorer(stats, leaf);
            var norms = LuceneSegmentNorms.Of(leaf.AtomicReader, term.Field)!;
            var docs = leaf.AtomicReader.GetTermDocsEnum(term)!;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc(), compared++)
                Assert.Equal(BitConverter.SingleToInt32Bits(lucene.Score(doc, docs.Freq)), BitConverter.SingleToInt32Bits(inline.Score(docs.Freq, norms[doc])));
        }
        Assert.True(compared > 400);
    }

    [Fact]
    public void A_subclass_of_bm25_is_not_scored_inline() =>
        Assert.Null(LuceneBm25Weight.Of(new TunedBm25(), 1f, 1f, new CollectionStatistics("body", 10, 10, 100, 10), new TermStatistics(new Lucene.Net.Util.BytesRef("thi"), 3, 5)));

    private sealed class TunedBm25 : BM25Similarity;
}
