namespace Ingest.Indexer.Graph;

/// <summary>Which way a trace goes: up to what a plan carries out, down to who carries it out.</summary>
public enum TraceDirection { Up, Down }
