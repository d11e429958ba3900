using System.IO.Compression;

namespace Ingest.Indexer.Extraction;

/// <summary>
/// Tells a file's kind from its first bytes (magic numbers), never from its name, so a scan named ".txt" or
/// a Word file named ".pdf" is still read right. Pure.
/// </summary>
public static class FileKindDetector
{
    public static FileKind Detect(ReadOnlySpan<byte> b)
    {
        if (b.Length == 0) return FileKind.Unknown;
        var head = b[..Math.Min(b.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024) return FileKind.Pdf; // some writers put junk before the header
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return FileKind.Png;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8)) return FileKind.Tiff;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return FileKind.LegacyDoc;
        if (b.StartsWith("PK\x03\x04"u8)) return ZipKind(b.ToArray());
        if (b.StartsWith("{\\rtf"u8)) return FileKind.Rtf;
        return LooksLikeText(head) ? FileKind.Text : FileKind.Unknown;
    }

    // A .docx holds word/document.xml; an OpenDocument text file names its type in a "mimetype" entry, which
    // the standard puts first and uncompressed, so even a cut-off .odt is known by its first bytes.
    private static FileKind ZipKind(byte[] bytes)
    {
        if (bytes.AsSpan().Length > 80 && bytes.AsSpan(30).StartsWith("mimetypeapplication/vnd.oasis.opendocument.text"u8)) return FileKind.Odt;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return FileKind.Docx;
            if (zip.GetEntry("mimetype") is { Length: < 200 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open());
                if (reader.ReadToEnd().StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal)) return FileKind.Odt;
            }
            return FileKind.Zip;
        }
        catch (InvalidDataException) { return FileKind.Zip; }
    }

    // Text: no NUL bytes (except UTF-16, with a BOM or recognised without) and few control characters.
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        if (Text.Utf16Sniffer.Detect(head) is not null) return true;
        var control = 0;
        foreach (var c in head)
        {
            if (c == 0) return false;
            if (c < 0x20 && c is not (0x09 or 0x0A or 0x0D or 0x0C)) control++;
        }
        return control * 20 < head.Length;
    }
}
