using Ingest.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Counts every match's level, province, year, issuer and type from sorted doc values (the Facet module is
/// not served here): per segment one array increment per facet and match, ordinals turned into values once
/// per segment. Not thread-safe: one per search.
/// </summary>
internal sealed class LuceneFacetCollector : ICollector
{
    private readonly Dictionary<string, long>[] _totals = LuceneFields.Facets.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly SortedDocValues?[] _values = new SortedDocValues?[LuceneFields.Facets.Length];
    private readonly int[]?[] _counts = new int[]?[LuceneFields.Facets.Length];

    /// <summary>Number of matches seen.</summary>
    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < _values.Length; f++)
        {
            _values[f] = context.AtomicReader.GetSortedDocValues(LuceneFields.Facets[f].Field);
            _counts[f] = _values[f] is { } v ? new int[v.ValueCount] : null;
        }
    }

    public void Collect(int doc)
    {
        Total++;
        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } values) continue;
            var ord = values.GetOrd(doc);
            if (ord >= 0) _counts[f]![ord]++;
        }
    }

    /// <summary>Counts by facet, most frequent first, at most 50 values each.</summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>();
        for (var f = 0; f < _totals.Length; f++)
            result[LuceneFields.Facets[f].Facet] = _totals[f].Select(kv => new FacetCount(kv.Key, kv.Value))
                .OrderByDescending(x => x.Count).ThenBy(x => x.Value, StringComparer.Ordinal).Take(50).ToList();
        return result;
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } values || _counts[f] is not { } counts) continue;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
            }
            _values[f] = null;
            _counts[f] = null;
        }
    }
}
