using Ingest.Indexer.Model;

namespace Ingest.Indexer.Indexing;

/// <summary>A plan as stored: its record and ingestion facts.</summary>
public sealed record StoredPlan(string Id, string ContentHash, string? DocumentKey, PlanRecord Record, DateTimeOffset IngestedAt);
