namespace Ingest.Indexer.Corpus;

/// <summary>A citation planted in generated text, with what a correct parser must read from it.</summary>
public sealed record PlantedCitation(string TypeName, string Number, string? Date, string Spelling);
