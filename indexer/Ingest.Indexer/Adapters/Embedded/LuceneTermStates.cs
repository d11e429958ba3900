using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A term's state in every segment (what Lucene's TermContext.Build gives), looked up with terms enums kept per
/// segment and field for the next lookup, and lent with the docs enum last read through them to score a term
/// (<see cref="LuceneTermScorer"/>). Lucene opens a fresh enum for each term and segment, and its first seek
/// allocates the enum's block buffers again: about 9 KB a segment, 108 KB a term over a 100,000-plan index, half of
/// what a common query allocated (docs/BENCHMARKS.md, issue 12); a kept enum seeks into buffers already grown.
/// Thread-safe: a kept pair is used by one caller at a time (taken from, then given back to, its segment's bag).
/// </summary>
internal static class LuceneTermStates
{
    /// <summary>A segment's terms enum of one field, and the docs enum last read through it (null before the first).</summary>
    internal sealed class Kept(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;
        public DocsEnum? Docs { get; set; }
    }

    // Keyed by the segment's core, so a reader reopened after a write keeps the enums of the segments it shares.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, ConcurrentBag<Kept>>> Idle = new();

    /// <summary>The states of <paramref name="term"/> in the segments of <paramref name="top"/>, as TermContext.Build reads them.</summary>
    public static TermContext Of(IndexReaderContext top, Term term)
    {
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            if (Take(leaf, term.Field) is not { } kept) continue;
            try
            {
                var terms = kept.Terms;
                if (terms.SeekExact(term.Bytes)) context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
            finally { Give(leaf, term.Field, kept); }
        }
        return context;
    }

    /// <summary>A kept enum pair of the segment's <paramref name="field"/> (a new one when none is idle); null when the segment has no such field.</summary>
    public static Kept? Take(AtomicReaderContext leaf, string field)
    {
        if (leaf.AtomicReader.Fields?.GetTerms(field) is not { } terms) return null;
        return Bag(leaf, field).TryTake(out var kept) ? kept : new Kept(terms.GetIterator(null));
    }

    /// <summary>Gives <paramref name="kept"/> back for the next lookup in its segment; it must not be used after.</summary>
    public static void Give(AtomicReaderContext leaf, string field, Kept kept) => Bag(leaf, field).Add(kept);

    private static ConcurrentBag<Kept> Bag(AtomicReaderContext leaf, string field) =>
        Idle.GetValue(leaf.AtomicReader.CoreCacheKey, static _ => new()).GetOrAdd(field, static _ => new());
}
