using Ingest.Indexer.Indexing;
using Lucene.Net.Index;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>One batch of Lucene writes on the index's open writer (which holds the folder's lock). Not thread-safe.</summary>
internal sealed class LuceneWriteBatch(IndexWriter writer, Action<bool> ended) : IDisposable
{
    /// <summary>Adds or replaces a plan by id.</summary>
    public void Upsert(IndexedPlan plan) => writer.UpdateDocument(new Term(LuceneFields.Id, plan.Id), LucenePlanDocument.Build(plan));

    public void Delete(string planId) => writer.DeleteDocuments(new Term(LuceneFields.Id, planId));

    /// <summary>Drops everything and indexes <paramref name="plans"/> (the catalog's, for a rebuild).</summary>
    public int Rebuild(IEnumerable<IndexedPlan> plans)
    {
        writer.DeleteAll();
        var n = 0;
        foreach (var plan in plans) { writer.AddDocument(LucenePlanDocument.Build(plan)); n++; }
        return n;
    }

    /// <summary>Commits, tagging the commit with the SQLite write generation it reflects.</summary>
    public void Commit(long generation)
    {
        LuceneTextIndex.Commit(writer, generation);
        _committed = true;
    }

    private bool _committed;

    /// <summary>Ends the batch; an uncommitted one (it failed) is rolled back. The writer stays open for the next.</summary>
    public void Dispose() => ended(_committed);
}
