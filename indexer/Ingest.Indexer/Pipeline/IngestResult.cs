namespace Ingest.Indexer.Pipeline;

/// <summary>The result of ingesting one blob.</summary>
public sealed record IngestResult(string Blob, IngestStatus Status, string? Number, string? Error)
{
    /// <summary>The failure's reason code (see ExtractionException), when it failed.</summary>
    public string? Reason { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public int Citations { get; init; }
}
