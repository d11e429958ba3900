using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Each document's norm byte of a text field in a segment, read once into an array kept as long as the segment
/// lives (keyed by its core, as <see cref="LuceneSegmentOrdinals"/>). BM25 looks a match's norm up through the
/// segment's norm values, a virtual call and a decode per match; a very common word scores about 99,000 matches
/// per field at 100,000 plans (docs/BENCHMARKS.md, search55). One byte per document and field. Thread-safe: the
/// arrays are read-only once built.
/// </summary>
internal static class LuceneSegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]?>> PerCore = new();

    /// <summary>The norm byte of <paramref name="field"/> per document of <paramref name="reader"/>, or null when the field has no norms.</summary>
    public static byte[]? Of(AtomicReader reader, string field) =>
        PerCore.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, byte[]?>())
            .GetOrAdd(field, _ => Read(reader, field));

    private static byte[]? Read(AtomicReader reader, string field)
    {
        if (reader.GetNormValues(field) is not { } values) return null;
        var norms = new byte[reader.MaxDoc];
        // As BM25's scorer reads a norm: the low byte of the stored value.
        for (var doc = 0; doc < norms.Length; doc++) norms[doc] = (byte)values.Get(doc);
        return norms;
    }
}
