namespace Ingest.Cli.Evaluation;

/// <summary>A real sentence or paragraph with every citation an annotator read in it (none for a negative).</summary>
public sealed record CorpusPassage
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required string Source { get; init; }
    public string? IssuerKind { get; init; }
    /// <summary>A look-alike that must yield no citation.</summary>
    public bool Negative { get; init; }
    public required IReadOnlyList<CorpusCitation> Citations { get; init; }
}
