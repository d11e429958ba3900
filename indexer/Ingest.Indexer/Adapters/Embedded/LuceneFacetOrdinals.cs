using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// One numbering of every facet value across the segments of an index reader (Lucene's OrdinalMap), built once
/// per reader and shared by every search on it. With it a search counts into one array per facet and turns only
/// the values it reports into text, instead of looking up and merging by string every value every segment
/// matched (thousands of issuers per common query). Thread-safe: doc values are fetched per use (see Field).
/// </summary>
internal sealed class LuceneFacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, LuceneFacetOrdinals> PerReader = new();

    private readonly Field[] _fields;

    private LuceneFacetOrdinals(IndexReader reader)
    {
        var leaves = reader.Leaves;
        _fields = LuceneFields.Facets.Select(f => new Field(leaves, f.Field)).ToArray();
    }

    /// <summary>The numbering of <paramref name="reader"/>'s facet values, built on first use.</summary>
    public static LuceneFacetOrdinals Of(IndexReader reader) => PerReader.GetValue(reader, r => new LuceneFacetOrdinals(r));

    /// <summary>Number of facet fields (as <see cref="LuceneFields.Facets"/>).</summary>
    public int Count => _fields.Length;

    /// <summary>Number of distinct values of facet <paramref name="facet"/> in the whole reader.</summary>
    public int ValueCount(int facet) => _fields[facet].ValueCount;

    /// <summary>The segment's ordinal per document of a facet and the global number of each ordinal (null: none).</summary>
    public (int[] DocOrds, int[] Global)? Segment(int facet, int leaf) => _fields[facet].Segment(leaf);

    /// <summary>The text of global value <paramref name="ord"/> of facet <paramref name="facet"/>.</summary>
    public string Value(int facet, int ord) => _fields[facet].Value(ord);

    // Segment doc values are read through the segment's reader on each use, never kept here: Lucene hands each
    // thread its own instance, and one instance's lookups (they seek a shared input) are not safe across threads.
    // The ordinal map and the per-segment arrays (global numbers, and each document's ordinal) are read-only once
    // built.
    private sealed class Field
    {
        private readonly IList<AtomicReaderContext> _leaves;
        private readonly string _field;
        private readonly int[]?[] _global;
        private readonly MultiDocValues.OrdinalMap _map;
        private readonly string?[] _values;

        public Field(IList<AtomicReaderContext> leaves, string field)
        {
            (_leaves, _field) = (leaves, field);
            var segments = leaves.Select(l => l.AtomicReader.GetSortedDocValues(field)).ToArray();
            _map = new MultiDocValues.OrdinalMap(this, segments.Select(v => v?.GetTermsEnum() ?? TermsEnum.EMPTY).ToArray());
            _values = new string?[_map.ValueCount];
            _global = segments.Select((v, leaf) =>
            {
                if (v is null) return null;
                var ords = new int[v.ValueCount];
                for (var o = 0; o < ords.Length; o++) ords[o] = (int)_map.GetGlobalOrd(leaf, o);
                return ords;
            }).ToArray();
        }

        public int ValueCount => (int)_map.ValueCount;

        public (int[], int[])? Segment(int leaf)
        {
            var reader = _leaves[leaf].AtomicReader;
            return _global[leaf] is { } global && reader.GetSortedDocValues(_field) is { } values
                ? (LuceneSegmentOrdinals.Of(reader, values, _field), global)
                : null;
        }

        // A value's text, kept once read: every search reports the top values of each facet again (a string and a
        // buffer per value, 250 a search, were a sixth of what a rare-word search allocated). Racing writers store
        // equal strings.
        public string Value(int ord) => _values[ord] ??= Read(ord);

        private string Read(int ord)
        {
            var term = new BytesRef();
            _leaves[_map.GetFirstSegmentNumber(ord)].AtomicReader.GetSortedDocValues(_field)!.LookupOrd((int)_map.GetFirstSegmentOrd(ord), term);
            return term.Utf8ToString();
        }
    }
}
