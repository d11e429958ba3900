namespace Ingest.Indexer.Graph;

/// <summary>One place where a plan cites the document: how, the sentence around it, and its page.</summary>
/// <param name="PlanId">The version (stored file) the sentence was read in.</param>
public sealed record CitationEvidence(string PlanId, string Relation, string CitationText, string Sentence, int Page);
