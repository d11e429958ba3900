namespace Ingest.Indexer.Corpus;

/// <summary>A citation planted in generated text, with what a correct parser must read from it.</summary>
/// <param name="TypeName">The type name a parser must report.</param>
/// <param name="Number">The canonical number.</param>
/// <param name="Date">The ISO date written with it, or null.</param>
/// <param name="Spelling">The text as planted.</param>
/// <param name="Relation">The relation the lead phrase before it sets (basis, implements, mentions), or null when not planted with one.</param>
public sealed record PlantedCitation(string TypeName, string Number, string? Date, string Spelling, string? Relation = null);
