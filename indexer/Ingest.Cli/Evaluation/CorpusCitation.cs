namespace Ingest.Cli.Evaluation;

/// <summary>One citation an annotator read in a corpus passage or document: the truth the parser is held to.</summary>
/// <param name="Type">Type name with marks, e.g. <c>Chỉ thị</c>.</param>
/// <param name="Number">The symbol as the rules write it, or null for a citation by name.</param>
/// <param name="Date">ISO date written with this occurrence, or null.</param>
/// <param name="Text">The exact substring of the passage (passages only; null in documents).</param>
public sealed record CorpusCitation(string Type, string? Number, string? Date, string? Text);
