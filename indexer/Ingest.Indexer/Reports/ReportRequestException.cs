namespace Ingest.Indexer.Reports;

/// <summary>A report request that cannot be answered as asked (a missing input, a reversed range); the message says which and why.</summary>
public sealed class ReportRequestException(string message) : ArgumentException(message);
