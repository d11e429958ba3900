using Ingest.Indexer.Adapters.Embedded;
using Lucene.Net.Search;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The term-at-a-time search's top-N keeps the hits Lucene's TopScoreDocCollector keeps, in its order, with its
/// total and best score: scores with many ties (the lower document first, also at the cut), over several segments.
/// </summary>
public sealed class LuceneTopScoresTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(60)]
    [InlineData(5_000)]
    public void Keeps_the_hits_lucenes_collector_keeps_in_its_order(int size)
    {
        var random = new Random(size);
        var ours = new LuceneTopScores(size);
        var lucene = TopScoreDocCollector.Create(size, true);
        var scorer = new FixedScore();
        var docBase = 0;
        foreach (var maxDoc in new[] { 700, 64, 1_000, 129 })
        {
            var bits = new long[(maxDoc + 63) / 64 + 2]; // longer than needed, as a pooled array is
            var scores = new float[maxDoc];
            lucene.SetScorer(scorer);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (random.Next(3) == 0) continue;
                bits[doc >> 6] |= 1L << doc;
                scores[doc] = random.Next(8) * 0.5f; // few distinct values: ties everywhere
                scorer.Score = scores[doc];
                lucene.Collect(docBase + doc); // one reader to Lucene's collector: the same numbers
            }
            ours.Collect(docBase, bits, scores);
            docBase += maxDoc;
        }
        var (expected, actual) = (lucene.GetTopDocs(), ours.TopDocs());
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.MaxScore, actual.MaxScore);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void No_match_gives_an_empty_page()
    {
        var top = new LuceneTopScores(10);
        top.Collect(0, new long[4], new float[200]);
        Assert.Equal(0, top.TopDocs().TotalHits);
        Assert.Empty(top.TopDocs().ScoreDocs);
    }

    private sealed class FixedScore() : Scorer(null!)
    {
        public float Score { get; set; }
        public override float GetScore() => Score;
        public override int Freq => 1;
        public override int DocID => -1;
        public override int NextDoc() => throw new NotSupportedException();
        public override int Advance(int target) => throw new NotSupportedException();
        public override long GetCost() => 1;
    }
}
