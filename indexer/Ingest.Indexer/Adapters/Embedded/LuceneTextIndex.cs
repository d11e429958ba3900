using System.Globalization;
using System.Runtime.CompilerServices;
using Ingest.Indexer.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using F = Ingest.Indexer.Adapters.Embedded.LuceneFields;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The full-text half of the embedded index: a Lucene.Net index in a folder beside the SQLite file, rebuilt from
/// SQLite (the source of truth) whenever the two disagree. Each write commits with the SQLite write generation it
/// reflects, so a crash between the SQLite commit and the Lucene commit is seen at the next open and repaired.
/// The IndexWriter stays open while writes keep coming and is released after a second without any, so several
/// processes (the service and `plans ingest`) can take turns on the folder; searches reopen the reader when
/// another process has committed. Commits are not fsynced: durability is SQLite's job, and an index a power
/// cut left unreadable is rebuilt from SQLite like one left behind. Thread-safe.
/// </summary>
internal sealed class LuceneTextIndex : IDisposable
{
    private const string GenerationKey = "generation";
    private const string SchemaKey = "schema";
    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer = F.PerField();
    private readonly LuceneSnippet _snippets = new(F.Folded());
    private readonly LuceneQueryBuilder _queries = new();
    private readonly SearcherManager _searchers;
    private readonly object _gate = new();
    private readonly Timer _idle;
    private IndexWriter? _writer;
    private readonly ProcessWriteLock _processLock;
    private bool _busy;
    private static readonly TimeSpan IdleRelease = TimeSpan.FromSeconds(1);

    /// <param name="folder">The index's folder, created if missing.</param>
    /// <param name="emptyGeneration">
    /// The generation a new (or unreadable) folder's empty index is committed with: the catalog's when the catalog
    /// holds no plans, so an empty index already reflects it; -1 otherwise, so the catalog's check rebuilds it.
    /// </param>
    public LuceneTextIndex(string folder, long emptyGeneration = -1)
    {
        System.IO.Directory.CreateDirectory(folder);
        _directory = new UnsyncedDirectory(new DirectoryInfo(folder));
        _processLock = new ProcessWriteLock(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + ".writer.lock");
        _idle = new Timer(_ => ReleaseIfIdle());
        SearcherManager? searchers = null;
        try
        {
            if (!DirectoryReader.IndexExists(_directory)) CreateEmpty(OpenMode.CREATE, emptyGeneration);
            searchers = new SearcherManager(_directory, new Bm25Searchers());
        }
        catch (Exception e) when (e is CorruptIndexException or IOException or IndexFormatTooOldException)
        {
            // Unreadable (a power cut before the OS wrote it out): start empty; the generation check rebuilds it.
            CreateEmpty(OpenMode.CREATE, emptyGeneration);
            searchers = new SearcherManager(_directory, new Bm25Searchers());
        }
        _searchers = searchers;
    }

    private void CreateEmpty(OpenMode mode, long generation)
    {
        using (var writer = OpenWriter(mode))
        {
            writer.SetCommitData(new Dictionary<string, string>
            {
                [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture), [SchemaKey] = F.Schema,
            });
            writer.Commit();
        }
        _processLock.Release();
    }

    // An IndexWriter assumes it alone writes the folder, and Lucene.Net's own write.lock takes only a shared
    // flock on Linux, so two processes (the service and `plans ingest`) wrote the same segments and broke the
    // index. The writer is opened only under an exclusive lock of our own, held until it is closed; another
    // process waits (the holder releases it a second after its last batch).
    private IndexWriter OpenWriter(OpenMode mode)
    {
        _processLock.Acquire();
        try { return NewWriter(mode); }
        catch { _processLock.Release(); throw; }
    }

    /// <summary>
    /// The SQLite write generation the last Lucene commit reflects: -1 when never written, or when written with
    /// documents of another shape (<see cref="F.Schema"/>), so that the catalog's check rebuilds it.
    /// </summary>
    public long CommittedGeneration
    {
        get
        {
            var infos = new SegmentInfos();
            infos.Read(_directory);
            if (!infos.UserData.TryGetValue(SchemaKey, out var schema) || schema != F.Schema) return -1;
            return infos.UserData.TryGetValue(GenerationKey, out var g) ? long.Parse(g, CultureInfo.InvariantCulture) : -1;
        }
    }

    /// <summary>
    /// Opens the writer for one batch, taking the folder's write lock (held across processes until the batch is
    /// disposed), so the SQLite commit and the Lucene commit of one batch are never interleaved with another's.
    /// </summary>
    public LuceneWriteBatch BeginWrite()
    {
        lock (_gate)
        {
            _busy = true;
            _idle.Change(Timeout.Infinite, Timeout.Infinite);
            try { _writer ??= OpenWriter(OpenMode.CREATE_OR_APPEND); }
            catch { _busy = false; throw; }
            return new LuceneWriteBatch(_writer, EndWrite);
        }
    }

    private void EndWrite(bool committed)
    {
        lock (_gate)
        {
            if (!committed && _writer is not null)
            {
                _writer.Rollback(); // drop what the failed batch added; the generation check repairs the rest
                _writer = null;
                _processLock.Release();
            }
            _busy = false;
            _idle.Change(IdleRelease, Timeout.InfiniteTimeSpan);
        }
        _searchers.MaybeRefreshBlocking();
    }

    private void ReleaseIfIdle()
    {
        lock (_gate)
        {
            if (_busy || _writer is null) return;
            _writer.Dispose();
            _writer = null;
            _processLock.Release();
        }
    }

    /// <summary>Number of plans in the index as last committed.</summary>
    public int Count()
    {
        _searchers.MaybeRefresh();
        var searcher = _searchers.Acquire();
        try { return searcher.IndexReader.NumDocs; }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>
    /// Ranks every match (no window), counts facets over every match, and fills the page's hits from the rows
    /// <paramref name="catalog"/> gives for their plan ids (fields and the text window snippets are cut from:
    /// the catalog holds them, Lucene stores only the id).
    /// <paramref name="generation"/> is the catalog's write generation now: a reader that reflects an older one is
    /// reopened first.
    /// </summary>
    public SearchResults Search(SearchQuery q, long generation, Func<IReadOnlyList<string>, IReadOnlyDictionary<string, CatalogHit>> catalog)
    {
        var size = Math.Clamp(q.PageSize, 1, 200);
        var offset = (Math.Max(1, q.Page) - 1) * size;
        var searcher = Current(generation);
        try
        {
            var (query, ranked) = _queries.Build(q);
            var want = Math.Max(1, Math.Min(offset + size, searcher.IndexReader.MaxDoc));
            var sort = ranked ? null : new Sort(new SortField(F.SortDate, SortFieldType.STRING, true), SortField.FIELD_DOC);
            var ordinals = q.WithFacets ? LuceneFacetOrdinals.Of(searcher.IndexReader) : null;
            var (page, total, facets) = LuceneSlicedSearch.Run((SlicingSearcher)searcher, query, sort, want, offset, size,
                () => ordinals is null ? null : new LuceneFacetCollector(ordinals));
            var words = ranked && page.ScoreDocs.Length > 0 ? LuceneSnippet.Words(query, searcher) : [];
            var found = page.ScoreDocs.Select(sd => (Id: LuceneHitId.Of(searcher, sd.Doc), Score: ranked ? sd.Score : 0)).ToList();
            var rows = found.Count == 0 ? new Dictionary<string, CatalogHit>() : catalog(found.Select(f => f.Id).ToList());
            var hits = found.Select(f => Hit(f.Id, rows.GetValueOrDefault(f.Id), f.Score, words)).ToList();
            return new SearchResults(total, hits, facets?.Result() ?? new Dictionary<string, IReadOnlyList<FacetCount>>())
            {
                ProvincesCovered = Places.ProvinceMerges.Default.CoverWhenMerged(q.Province),
            };
        }
        finally { _searchers.Release(searcher); }
    }

    // A searcher whose reader reflects the catalog's generation. Asking Lucene whether its index changed lists
    // and reads the commit files (a tenth of a common query's time); the generation each reader was committed
    // with answers from memory. A reader behind the catalog is refreshed, and while Lucene's commit of that
    // generation is still on its way (another process between its two commits) each search asks again.
    private IndexSearcher Current(long generation)
    {
        var searcher = _searchers.Acquire();
        if (ReaderGeneration(searcher.IndexReader) == generation) return searcher;
        _searchers.Release(searcher);
        _searchers.MaybeRefresh();
        return _searchers.Acquire();
    }

    private static long ReaderGeneration(IndexReader reader) =>
        ReaderGenerations.GetValue(reader, r => new StrongBox<long>(
            r is DirectoryReader d && d.IndexCommit.UserData.TryGetValue(GenerationKey, out var g) ? long.Parse(g, CultureInfo.InvariantCulture) : -2)).Value;

    private static readonly ConditionalWeakTable<IndexReader, StrongBox<long>> ReaderGenerations = new();

    // A hit's fields come from the catalog row (Lucene stores none of them); a plan deleted since Lucene's last
    // commit keeps only its id.
    private SearchHit Hit(string id, CatalogHit? row, double score, HashSet<string> words) => new(
        id, row?.Number, row is null ? null : LucenePlanDocument.Nfc(row.Title ?? ""), row?.Issuer, row?.Level, row?.Province,
        row?.Year, row?.IssueDate, row?.DocType, score, Snippets.Parts(_snippets.Cut(row?.Text ?? PlanTextWindow.Empty, words)));

    private IndexWriter NewWriter(OpenMode mode) => new(_directory, new IndexWriterConfig(F.Version, _analyzer)
    {
        OpenMode = mode,
        Similarity = new BM25Similarity(),
        // 48 MB: 100,000 plans flush about 11 segments, which the tiered policy's ten a tier keep without a merge (at
        // 16 MB about 32 were flushed and merged twice, rewriting 113 MB, 0.17 bytes per input byte, over issue 12's 3;
        // at forty a tier none were merged but searching 32 segments cost a third more CPU at p99: run 57 in
        // docs/BENCHMARKS.md). The writer threads still flush segments while parsing goes on; 10,000 plans make two, the
        // second flushed alone in the final commit (run 54's cost; `plans ingest` of 10,000 within the runs' spread).
        RAMBufferSizeMB = 48,
        // Compound files would write every small segment twice (the files, then the .cfs holding them).
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        // Another process (the service, or `plans ingest`) may hold the write lock for one batch.
        WriteLockTimeout = 30_000,
    });

    internal static void Commit(IndexWriter writer, long generation)
    {
        Tag(writer, generation);
        writer.Commit();
    }

    // The commit data must be set before the prepare: set after it, it would count as a change of its own, which
    // the writer commits again when it closes.
    internal static void Prepare(IndexWriter writer, long generation)
    {
        Tag(writer, generation);
        writer.PrepareCommit();
    }

    private static void Tag(IndexWriter writer, long generation) => writer.SetCommitData(new Dictionary<string, string>
    {
        [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture), [SchemaKey] = F.Schema,
    });

    public void Dispose()
    {
        lock (_gate)
        {
            _idle.Dispose();
            _writer?.Dispose();
            _writer = null;
            _processLock.Release();
        }
        _searchers.Dispose();
        _directory.Dispose();
    }

    // A derived index: SQLite holds the truth, so commits need not wait for the disk (see the summary).
    private sealed class UnsyncedDirectory(DirectoryInfo path) : MMapDirectory(path)
    {
        public override void Sync(ICollection<string> names) { }
    }

    private sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SlicingSearcher(reader) { Similarity = new BM25Similarity() };
    }
}
