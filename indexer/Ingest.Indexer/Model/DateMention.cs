namespace Ingest.Indexer.Model;

/// <summary>A date or period that is not a deadline: kind is period, anniversary, quarter or month.</summary>
public sealed record DateMention(string Text, string Kind, string? From, string? To, int Start, int End);
