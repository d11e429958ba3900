namespace Ingest.Indexer.Model;

/// <summary>A date by which something is due ("gửi về trước ngày 15/03/2021").</summary>
public sealed record Deadline(string Date, string What, string Text, int Start, int End);
