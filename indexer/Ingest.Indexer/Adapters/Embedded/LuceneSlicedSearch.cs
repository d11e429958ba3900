using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Can run one query over a large index in two halves at once: the segments split into two contiguous runs of
/// about equal size, each scored with its own top-N and facet collectors on its own core, then merged (top
/// hits by Lucene's TopDocs.Merge, facet counts added). A common query ranks every one of tens of thousands of
/// matches, and Lucene's own parallel search takes no custom collector (our facets). Contiguous runs keep the
/// order of equal scores the same as one pass would give (lower document first). Small indexes run in one
/// pass: the hand-off costs more than it saves there.
/// </summary>
internal static class LuceneSlicedSearch
{
    /// <summary>
    /// Below this many documents the query runs on one core. Settable so tests can run the two-part path on a
    /// small index (its results are the same either way).
    /// </summary>
    internal static int ParallelFromDocs { get; set; } = 4_096;

    /// <summary>
    /// Parts a large query runs in: one unless INGEST_QUERY_THREADS=2. Measured on 10,000 and 100,000 plans
    /// (docs/BENCHMARKS.md, run 10) two parts gained nothing on this 2-core machine (search p99 47-101 ms against
    /// 42-72 ms in one part), though the segments split about 40/60; why is not found yet. Kept as an option
    /// to measure on hosts with more cores; settable for tests.
    /// </summary>
    internal static int Parts { get; set; } = Environment.GetEnvironmentVariable("INGEST_QUERY_THREADS") == "2" ? 2 : 1;

    /// <summary>
    /// Whether a ranked query is scored term at a time (<see cref="LuceneTermAtATime"/>) rather than by Lucene's
    /// document-at-a-time scorers: on unless INGEST_TERM_AT_A_TIME=0; settable for tests, which compare the two.
    /// </summary>
    internal static bool TermAtATime { get; set; } = Environment.GetEnvironmentVariable("INGEST_TERM_AT_A_TIME") != "0";

    /// <summary>The merged page of hits, the total number of matches and the merged facet counts.</summary>
    public static (TopDocs Page, int TotalHits, LuceneFacetCollector? Facets) Run(
        SlicingSearcher searcher, Query query, Sort? sort, int want, int offset, int size, Func<LuceneFacetCollector?> facets)
    {
        var leaves = searcher.IndexReader.Leaves;
        var byTerm = sort is null && TermAtATime ? LuceneTermAtATime.For(searcher, query) : null;
        var weight = byTerm is null ? searcher.CreateNormalizedWeight(query) : null;
        var slices = Split(leaves, searcher.IndexReader.MaxDoc >= ParallelFromDocs ? Parts : 1);
        var results = new (TopDocs Top, LuceneFacetCollector? Facets)[slices.Count];
        void RunSlice(int i)
        {
            if (byTerm is not null)
            {
                var best = new LuceneTopScores(want);
                var counts = facets();
                foreach (var leaf in slices[i])
                {
                    counts?.SetNextReader(leaf);
                    byTerm.Score(leaf, best, counts);
                }
                results[i] = (best.TopDocs(), counts);
                return;
            }
            ITopDocsCollector top = sort is null
                ? TopScoreDocCollector.Create(want, true)
                : TopFieldCollector.Create(sort, want, true, false, false, false);
            var f = facets();
            var collector = f is null ? top : MultiCollector.Wrap(top, f);
            searcher.SearchLeaves(slices[i], weight!, collector);
            results[i] = (top.GetTopDocs(), f);
        }
        var others = Enumerable.Range(1, slices.Count - 1).Select(i => Task.Run(() => RunSlice(i))).ToArray();
        RunSlice(0);
        Task.WaitAll(others);

        var merged = results[0].Facets;
        foreach (var r in results.Skip(1)) merged?.Add(r.Facets!);
        var total = results.Sum(r => r.Top.TotalHits);
        var page = results.Length == 1
            ? Page(results[0].Top, offset, size)
            : TopDocs.Merge(sort, offset, size, results.Select(r => r.Top).ToArray());
        return (page, total, merged);
    }

    private static TopDocs Page(TopDocs all, int offset, int size) =>
        new(all.TotalHits, all.ScoreDocs.Skip(offset).Take(size).ToArray(), all.MaxScore);

    // Contiguous runs of segments, cut where the documents before reach an equal share.
    private static List<List<AtomicReaderContext>> Split(IList<AtomicReaderContext> leaves, int parts)
    {
        var total = leaves.Sum(l => l.AtomicReader.MaxDoc);
        var slices = new List<List<AtomicReaderContext>> { new() };
        var seen = 0;
        foreach (var leaf in leaves)
        {
            if (slices.Count < parts && slices[^1].Count > 0 && seen >= total * slices.Count / parts) slices.Add([]);
            slices[^1].Add(leaf);
            seen += leaf.AtomicReader.MaxDoc;
        }
        return slices;
    }
}

/// <summary>An index searcher (BM25) that can run a weight over a chosen run of its segments.</summary>
internal sealed class SlicingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public void SearchLeaves(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector) => Search(leaves, weight, collector);
}
