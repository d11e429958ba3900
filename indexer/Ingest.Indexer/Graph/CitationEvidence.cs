namespace Ingest.Indexer.Graph;

/// <summary>One place where a plan cites the document: how, the sentence around it, and its page.</summary>
/// <param name="PlanId">The version (stored file) the sentence was read in.</param>
/// <param name="Relation">implements, basis or mentions.</param>
/// <param name="CitationText">The citation as written.</param>
/// <param name="Sentence">The sentence holding it.</param>
/// <param name="Page">The 1-based page it is on.</param>
public sealed record CitationEvidence(string PlanId, string Relation, string CitationText, string Sentence, int Page);
