namespace Ingest.Indexer.Pipeline;

/// <summary>The result of ingesting one blob.</summary>
public sealed record IngestResult(string Blob, IngestStatus Status, string? Number, string? Error)
{
    /// <summary>The failure's reason code (see ExtractionException), when it failed.</summary>
    public string? Reason { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public int Citations { get; init; }
    /// <summary>Where this upload's bytes are kept whatever happens to its name ("plans/versions/…"), for an upload.</summary>
    public string? Kept { get; init; }
    /// <summary>When the upload replaced another plan under the same name: where the previous original stays ("plans/versions/…").</summary>
    public string? PreviousVersion { get; init; }
}
