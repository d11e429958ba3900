namespace Ingest.Indexer.Indexing;

/// <summary>What an upsert did.</summary>
public enum IngestOutcome
{
    /// <summary>A new plan was indexed.</summary>
    Added,
    /// <summary>A plan with this id but other content was replaced.</summary>
    Replaced,
    /// <summary>The same content was already indexed (under this id or another): nothing changed.</summary>
    Unchanged,
}
