namespace Ingest.Indexer.Corpus;

/// <summary>A generated plan and its ground truth: level, province, own key, and the documents it cites on purpose.</summary>
/// <param name="Place">The place named in the issuer: the province, district or commune name; null for central plans.</param>
public sealed record CorpusPlan(
    string Id, string Text, string Level, string? Province, string? Place, string Number, string DocumentKey,
    IReadOnlyList<CorpusCitation> Cites);
