namespace Ingest.Indexer.Model;

/// <summary>A piece of text that supports a conclusion about a plan (its issuer, level or province).</summary>
/// <param name="Source">Where it was read: header, number, self-statement, place, phrase, signer, mention, heading.</param>
/// <param name="Text">The text as it stands in the plan.</param>
/// <param name="Start">Offset of the text in the original input.</param>
/// <param name="End">Offset just past the text.</param>
public sealed record Evidence(string Source, string Text, int Start, int End);
