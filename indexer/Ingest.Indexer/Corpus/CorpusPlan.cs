namespace Ingest.Indexer.Corpus;

/// <summary>A generated plan and its ground truth: level, province, own key, and the documents it cites on purpose.</summary>
/// <param name="Id">The relative path the generator files the plan under, e.g. central/000001.txt.</param>
/// <param name="Text">The plan's full text.</param>
/// <param name="Level">Issuer level: central, province, district or commune.</param>
/// <param name="Province">The province the issuer belongs to; null for central plans.</param>
/// <param name="Place">The place named in the issuer: the province, district or commune name; null for central plans.</param>
/// <param name="Number">The plan's own number and symbol.</param>
/// <param name="DocumentKey">The citation key the plan's own number folds to.</param>
/// <param name="Cites">The documents the plan cites on purpose.</param>
public sealed record CorpusPlan(
    string Id, string Text, string Level, string? Province, string? Place, string Number, string DocumentKey,
    IReadOnlyList<CorpusCitation> Cites);
