namespace Ingest.Indexer.Parsing;

/// <summary>Explicit inputs of a parse, so that parsing never reads a clock, a file or the environment.</summary>
public sealed record ParseOptions
{
    /// <summary>Text beyond this many characters is not parsed (a diagnostic says so). Default 50 million.</summary>
    public int MaxInputChars { get; init; } = 50_000_000;

    /// <summary>At most this many citations are read from one text (a diagnostic says when the limit is reached).</summary>
    public int MaxCitations { get; init; } = 100_000;

    /// <summary>The year a deadline without a year falls in when the plan's own year is unknown; null: drop such deadlines.</summary>
    public int? FallbackYear { get; init; }

    /// <summary>The defaults.</summary>
    public static ParseOptions Default { get; } = new();
}
