namespace Ingest.Indexer.Indexing;

/// <summary>A piece of a snippet; <see cref="Match"/> marks a word that matched the query.</summary>
public sealed record SnippetPart(string Text, bool Match);
