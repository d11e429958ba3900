namespace Ingest.Indexer.Extraction;

/// <summary>What an uploaded file is, by its content.</summary>
public enum FileKind { Unknown, Pdf, Docx, Png, Jpeg, Tiff, Text, LegacyDoc, Zip }
