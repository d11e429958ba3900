namespace Ingest.Indexer.Model;

/// <summary>One line of the Nơi nhận block: <paramref name="Text"/> as written, <paramref name="Name"/> with abbreviations expanded.</summary>
public sealed record Recipient(string Text, string Name);
