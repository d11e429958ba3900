namespace Ingest.Indexer.Parsing.Tables;

// The top-level shapes of the files DomainTables reads (their rows are in TableRows.cs): visible to TableJson, the
// serializer compiled for them at build time.

/// <summary>document-types.json.</summary>
internal sealed record TypesFile(IReadOnlyList<DocumentTypeRow> Types);

/// <summary>issuer-codes.json.</summary>
internal sealed record IssuersFile(IReadOnlyList<IssuerCodeRow> Codes);

/// <summary>agencies.json, the lists DomainTables keeps.</summary>
internal sealed record AgenciesFile(IReadOnlyList<AgencyRow> Agencies, IReadOnlyList<JurisdictionRow> Jurisdictions);

/// <summary>provinces.json.</summary>
internal sealed record ProvincesFile(IReadOnlyList<ProvinceRow> Provinces);

/// <summary>abbreviations.json.</summary>
internal sealed record AbbreviationsFile(IReadOnlyDictionary<string, string> Abbreviations);
