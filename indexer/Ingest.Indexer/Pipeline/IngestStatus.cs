namespace Ingest.Indexer.Pipeline;

/// <summary>What happened to one upload.</summary>
public enum IngestStatus { Added, Replaced, Unchanged, Failed, Missing }
