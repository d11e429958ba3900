namespace Ingest.Indexer.Extraction;

/// <summary>What an uploaded file is, by its content (LegacyDoc: a Word 97–2003 .doc; Odt: OpenDocument text).</summary>
public enum FileKind { Unknown, Pdf, Docx, Png, Jpeg, Tiff, Text, LegacyDoc, Zip, Odt, Rtf }
