namespace Ingest.Indexer.Parsing.Tables;

/// <summary>The phrase lists of phrases.json. Phrases are written with diacritics; matchers fold them.</summary>
public sealed record PhraseTable(
    IReadOnlyList<RelationTriggerRow> Relations,
    IReadOnlyList<string> DeadlineTriggers,
    IReadOnlyList<string> SignerTitleHeads,
    IReadOnlyList<string> SignatureNoise,
    IReadOnlyList<string> LawNamesWithCommas,
    IReadOnlyList<string> LawNameStops,
    IReadOnlyList<string> NotDocuments,
    IReadOnlyList<string> GenericDeterminers,
    IReadOnlyList<string> SelfReferenceBefore,
    IReadOnlyList<string> IssuerConnectors,
    IReadOnlyList<string>? TypeQualifiers = null,
    IReadOnlyList<string>? IssuerNameTailsAfterAnd = null,
    IReadOnlyList<string>? IssuingVerbs = null,
    IReadOnlyList<string>? DocumentPartsBefore = null,
    IReadOnlyList<string>? LawSubjects = null,
    IReadOnlyList<string>? CommonNounBefore = null,
    IReadOnlyList<string>? DisseminatingVerbs = null,
    IReadOnlyList<string>? DateClauseLeads = null,
    IReadOnlyList<string>? DateClauseTails = null,
    IReadOnlyList<string>? DraftingBefore = null,
    IReadOnlyList<string>? ReportedIssuingBefore = null,
    IReadOnlyList<string>? PlanScopeWords = null,
    IReadOnlyList<string>? PlanSubjectLeads = null,
    IReadOnlyList<string>? Weekdays = null,
    IReadOnlyList<string>? DutyWords = null);
