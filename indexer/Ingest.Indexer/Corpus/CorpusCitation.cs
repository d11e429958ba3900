namespace Ingest.Indexer.Corpus;

/// <summary>A planted citation: the key it must resolve to, how it relates, and how it was spelled.</summary>
public sealed record CorpusCitation(string Key, string NumberKey, string Relation, string Spelling);
