using System.IO.Compression;

namespace Ingest.Tests.Shared;

/// <summary>
/// A Word package whose document part inflates to a given size of one repeated byte: kilobytes zipped. Shared by
/// the extraction tests (Ingest.Indexer.Tests) and the hostile-file tests of the service (Ingest.Functions.Tests),
/// which link this file rather than reference each other.
/// </summary>
internal static class WordZipBomb
{
    public static byte[] Build(long inflatedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                types.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)'a');
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
                part.Write(chunk, 0, (int)Math.Min(chunk.Length, inflatedBytes - written));
        }
        return buffer.ToArray();
    }
}
