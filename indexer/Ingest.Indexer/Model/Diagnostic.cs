namespace Ingest.Indexer.Model;

/// <summary>Something the parser noticed about its input: a repair, a gap, a limit reached. Never thrown.</summary>
/// <param name="Code">Stable kebab-case code, e.g. <c>symbol-repaired</c>; tests assert on it.</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Start">Offset in the original text, when the diagnostic points at one.</param>
/// <param name="End">Offset just past the span.</param>
/// <param name="Message">Human-readable detail; not part of the contract.</param>
public sealed record Diagnostic(string Code, string Severity, string Message, int? Start = null, int? End = null);
