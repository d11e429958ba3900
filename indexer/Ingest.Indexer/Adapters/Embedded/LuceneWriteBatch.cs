using Ingest.Indexer.Indexing;
using Lucene.Net.Index;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// One batch of Lucene writes on the index's open writer (which holds the folder's lock). Not thread-safe: one
/// caller at a time, though <see cref="UpsertAll"/> spreads its own work over the cores.
/// </summary>
internal sealed class LuceneWriteBatch(IndexWriter writer, Action<bool> ended) : IDisposable
{
    /// <summary>Adds or replaces a plan by id.</summary>
    public void Upsert(IndexedPlan plan) => writer.UpdateDocument(new Term(LuceneFields.Id, plan.Id), LucenePlanDocument.Build(plan));

    /// <summary>
    /// Adds or replaces <paramref name="plans"/> by id on every core: analysing their text is most of what the one
    /// catalog writer does in a bulk load (a fifth of `plans ingest`'s CPU, docs/BENCHMARKS.md, perf12), and on one
    /// thread it left the other cores idle whenever the files in flight all waited for their group's write.
    /// <see cref="IndexWriter"/> takes documents from many threads at once (an in-memory segment each). A plan
    /// given twice keeps its last version, as one after the other would.
    /// </summary>
    public void UpsertAll(IReadOnlyList<IndexedPlan> plans)
    {
        var last = new Dictionary<string, int>(plans.Count, StringComparer.Ordinal);
        for (var i = 0; i < plans.Count; i++) last[plans[i].Id] = i;
        var order = last.Values.ToArray();
        WriterThreads.For(order.Length, perThread: 16, i => Upsert(plans[order[i]]));
    }

    public void Delete(string planId) => writer.DeleteDocuments(new Term(LuceneFields.Id, planId));

    /// <summary>Drops everything and indexes <paramref name="plans"/> (the catalog's, for a rebuild).</summary>
    public int Rebuild(IEnumerable<IndexedPlan> plans)
    {
        writer.DeleteAll();
        var n = 0;
        foreach (var plan in plans) { writer.AddDocument(LucenePlanDocument.Build(plan)); n++; }
        return n;
    }

    /// <summary>
    /// The first half of <see cref="Commit"/>, tagged with the SQLite write generation it reflects: writes out what
    /// the batch indexed (most of a commit's cost) without publishing it, so that it can run while the catalog
    /// commits; a batch disposed without <see cref="Commit"/> drops it.
    /// </summary>
    public void Prepare(long generation)
    {
        LuceneTextIndex.Prepare(writer, generation);
        _prepared = generation;
    }

    /// <summary>Commits (what <see cref="Prepare"/> wrote, if it ran), tagging the commit with the SQLite write generation it reflects.</summary>
    public void Commit(long generation)
    {
        // What was prepared carries its generation's tag: publishing it under another would misstate the catalog it matches.
        if (_prepared is { } prepared && prepared != generation)
            throw new InvalidOperationException($"the full text was prepared for generation {prepared}, not {generation}");
        if (_prepared is not null) writer.Commit();
        else LuceneTextIndex.Commit(writer, generation);
        _committed = true;
    }

    private long? _prepared;
    private bool _committed;

    /// <summary>Ends the batch; an uncommitted one (it failed) is rolled back. The writer stays open for the next.</summary>
    public void Dispose() => ended(_committed);
}
