namespace Ingest.Indexer.Extraction;

/// <summary>The text of a page and the time the engine itself took (for the share of time spent outside it).</summary>
public sealed record OcrPage(string Text, TimeSpan EngineTime);
