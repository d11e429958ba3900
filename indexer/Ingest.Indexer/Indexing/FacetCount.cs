namespace Ingest.Indexer.Indexing;

/// <summary>How many matches have a facet value.</summary>
public sealed record FacetCount(string Value, long Count);
