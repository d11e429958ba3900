namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>Which full-text engine the embedded index uses.</summary>
public enum FullTextEngine
{
    /// <summary>Lucene.Net beside the SQLite file: folded and exact fields, the simple query syntax, every match ranked.</summary>
    Lucene,
    /// <summary>SQLite FTS5 inside the file (the earlier engine, kept for side-by-side benchmarks).</summary>
    Fts5,
}
