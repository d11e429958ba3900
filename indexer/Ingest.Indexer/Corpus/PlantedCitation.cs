namespace Ingest.Indexer.Corpus;

/// <summary>A citation planted in generated text, with what a correct parser must read from it.</summary>
/// <param name="Relation">The relation the lead phrase before it sets (basis, implements, mentions), or null when not planted with one.</param>
public sealed record PlantedCitation(string TypeName, string Number, string? Date, string Spelling, string? Relation = null);
