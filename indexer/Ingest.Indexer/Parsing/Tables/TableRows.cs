namespace Ingest.Indexer.Parsing.Tables;

// Rows of the data tables in indexer/Ingest.Indexer/Data. Shapes only; DomainTables loads and checks them.

/// <summary>A row of document-types.json.</summary>
public sealed record DocumentTypeRow(
    string Id, string Name, IReadOnlyList<string> Words, IReadOnlyList<string> StateCodes,
    IReadOnlyList<string> PartyCodes, IReadOnlyList<string> NamedForms, string? DefaultIssuer = null,
    IReadOnlyList<string>? Abbreviations = null, IReadOnlyList<NameAbbreviationRow>? NameAbbreviations = null,
    bool NumberAlone = false, string? ImpliedCode = null, bool KeptInSubjects = false, bool LeadsTitles = false, bool Untitled = false,
    bool HeadingOnly = false);

/// <summary>An abbreviation that names one document of a type ("BLHS": the Bộ luật Hình sự).</summary>
public sealed record NameAbbreviationRow(string Abbreviation, string Name);

/// <summary>
/// A row of issuer-codes.json. <paramref name="AlsoParty"/>: the Party body the same code abbreviates too ("BTC": Bộ
/// Tài chính, and a committee's Ban Tổ chức), so a symbol written in the Party layout with it keeps that layout.
/// <paramref name="WrittenAs"/>: the code the rules write for this spelling ("TƯ" → "TW").
/// </summary>
public sealed record IssuerCodeRow(string Code, string Name, string System, string Scope, string? Level, string? AlsoParty = null, string? WrittenAs = null);

/// <summary>A row of agencies.json: an issuing body as named in text.</summary>
public sealed record AgencyRow(string Text, string? Level, bool TakesJurisdiction, bool ProvinceSuffix);

/// <summary>A jurisdiction word (tỉnh, huyện, xã ...) and the level it denotes.</summary>
public sealed record JurisdictionRow(string Text, string Level);

/// <summary>A province or centrally-run city.</summary>
public sealed record ProvinceRow(string Name, string Kind, IReadOnlyList<string> Aliases, bool NeedsKind = false, bool Capital = false);

/// <summary>A relation trigger phrase.</summary>
public sealed record RelationTriggerRow(string Phrase, string Relation, int? MaxGapWords);
