namespace Ingest.Cli.Evaluation;

/// <summary>A whole (or header-complete) real document and the fields an annotator read in it.</summary>
public sealed record CorpusDocument
{
    /// <summary>File name without extension, e.g. <c>cp-bo-y-te-kh-2021</c>; the key of gains and losses.</summary>
    public required string Slug { get; init; }
    public required string Text { get; init; }
    public required string Source { get; init; }
    public string? SourceKind { get; init; }
    public string? IssuerKind { get; init; }
    /// <summary>Expected field values by scoreboard field name (doc_type, number, issuer, …); null means "the text has none".</summary>
    public required IReadOnlyDictionary<string, string?> Fields { get; init; }
    /// <summary>Distinct numbered documents the text cites.</summary>
    public required IReadOnlyList<CorpusCitation> Citations { get; init; }
    /// <summary>The Nơi nhận entries as written (without "Lưu"); null when not annotated, empty when the text has none.</summary>
    public IReadOnlyList<string>? Recipients { get; init; }
    /// <summary>The deadlines' dates (ISO), one per deadline the text sets; null when not annotated.</summary>
    public IReadOnlyList<string>? Deadlines { get; init; }
}
