using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A hit's plan id, read from the id's doc values (a direct read) rather than the stored fields (a compressed
/// block decoded per hit); documents written before the doc values existed fall back to the stored id.
/// </summary>
internal static class LuceneHitId
{
    private static readonly ISet<string> StoredId = new HashSet<string> { LuceneFields.Id };

    public static string Of(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(LuceneFields.IdValue) is { } ids)
        {
            var bytes = new BytesRef();
            ids.Get(doc - leaf.DocBase, bytes);
            if (bytes.Length > 0) return bytes.Utf8ToString();
        }
        return searcher.Doc(doc, StoredId).Get(LuceneFields.Id);
    }
}
