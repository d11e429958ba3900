namespace Ingest.Indexer.Parsing.Header;

/// <summary>One upper-case word of a header's issuer block, with its normalized span.</summary>
/// <param name="Text">The word as normalized ("TỈNH").</param>
/// <param name="Folded">The word folded ("tinh").</param>
/// <param name="Start">Normalized offset of the word.</param>
/// <param name="End">Normalized offset just past the word.</param>
/// <param name="BreakBefore">A line, column, motto or rule stood between this word and the previous one.</param>
public sealed record HeaderToken(string Text, string Folded, int Start, int End, bool BreakBefore);
