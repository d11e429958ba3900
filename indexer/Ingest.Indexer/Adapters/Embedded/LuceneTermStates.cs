using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A term's state in every segment (what Lucene's TermContext.Build gives), looked up with terms enums kept per
/// segment and field for the next lookup. Lucene opens a fresh enum for each term and segment, and its first seek
/// allocates the enum's block buffers again: about 9 KB a segment, 108 KB a term over a 100,000-plan index, half of
/// what a common query allocated (docs/BENCHMARKS.md, issue 12). A kept enum seeks into buffers already grown.
/// Thread-safe: an enum is used by one lookup at a time (taken from, then given back to, its segment's bag).
/// </summary>
internal static class LuceneTermStates
{
    // Keyed by the segment's core, so a reader reopened after a write keeps the enums of the segments it shares.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, ConcurrentBag<TermsEnum>>> Idle = new();

    /// <summary>The states of <paramref name="term"/> in the segments of <paramref name="top"/>, as TermContext.Build reads them.</summary>
    public static TermContext Of(IndexReaderContext top, Term term)
    {
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            if (leaf.AtomicReader.Fields?.GetTerms(term.Field) is not { } terms) continue;
            var idle = Idle.GetValue(leaf.AtomicReader.CoreCacheKey, static _ => new()).GetOrAdd(term.Field, static _ => new());
            var termsEnum = idle.TryTake(out var kept) ? kept : terms.GetIterator(null);
            try
            {
                if (termsEnum.SeekExact(term.Bytes)) context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
            finally { idle.Add(termsEnum); }
        }
        return context;
    }
}
