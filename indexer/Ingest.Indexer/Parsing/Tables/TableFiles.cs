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

// The shapes of the files other readers read: the phrases and spellings each of them keeps.

/// <summary>districts.json (DistrictGazetteer).</summary>
internal sealed record DistrictsFile(IReadOnlyList<Places.DistrictRow> Districts);

/// <summary>agencies.json, the phrases SelfStatementReader keeps.</summary>
internal sealed record AgencyPhrasesFile(IReadOnlyList<string> SelfVerbs, IReadOnlyList<string> SelfCues, IReadOnlyList<string>? KindAloneVerbs, IReadOnlyList<string>? AddresseeCues);

/// <summary>issuer-heads.json (IssuerUnitReader).</summary>
internal sealed record HeadsFile(IReadOnlyList<Header.IssuerHeadRow> Heads, IReadOnlyList<HeadSpelling>? Spellings, IReadOnlyList<string>? ProperNames);

/// <summary>One of issuer-heads.json's spellings: the forms a name is written in.</summary>
internal sealed record HeadSpelling(IReadOnlyList<string> Forms, string Name);

/// <summary>legacy-encodings.json (LegacyVietnamese): the TCVN3 and VNI code tables.</summary>
internal sealed record LegacyEncodingsFile(Dictionary<string, int> Tcvn3, Dictionary<string, int[]> Vni);
