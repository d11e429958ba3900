using System.IO.Compression;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>A .docx that inflates past ExtractionLimits.MaxDecompressedBytes is refused before it is inflated.</summary>
public sealed class ZipBombTests
{
    /// <summary>A Word package whose document part is <paramref name="bytes"/> of one repeated character: kilobytes zipped.</summary>
    private static byte[] Bomb(int bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                types.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)'a');
            for (var written = 0; written < bytes; written += chunk.Length) part.Write(chunk, 0, Math.Min(chunk.Length, bytes - written));
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_docx_zip_bomb_fails_as_too_large_naming_the_limit()
    {
        var bomb = Bomb(8 << 20);
        Assert.True(bomb.Length < 100_000, $"{bomb.Length} bytes zipped");
        var extractor = new LocalTextExtractor(new ExtractionLimits { MaxDecompressedBytes = 4 << 20 });
        var error = await Assert.ThrowsAsync<ExtractionException>(() => extractor.ExtractAsync(bomb, "bomb.docx"));
        Assert.Equal("too-large", error.Reason);
        Assert.Contains("MaxDecompressedBytes", error.Message);
    }
}
