namespace Ingest.Indexer.Parsing.Tables;

/// <summary>
/// A capitalized abbreviation standing for a type word ("NQ" for Nghị quyết) or, with <paramref name="Name"/>, for
/// one named document ("BLHS" for the Bộ luật Hình sự).
/// </summary>
/// <param name="Written">The abbreviation as the table writes it (its canonical capitals).</param>
/// <param name="Type">The document type it stands for.</param>
/// <param name="Name">The document's name when the abbreviation names one document; otherwise null.</param>
public sealed record TypeAbbreviation(string Written, DocumentTypeRow Type, string? Name);
