using System.IO.Compression;
using System.Text;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A plan's extracted text as kept in the catalog (the source the full-text index is rebuilt from): UTF-8,
/// Brotli at a fast level, about a quarter of the text's size. Pure and thread-safe.
/// </summary>
internal static class PlanSourceText
{
    public static byte[] Compress(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, buffer, out var written, quality: 3, window: 22))
            throw new InvalidOperationException("Brotli could not compress a plan's text");
        return buffer[..written];
    }

    public static string Decompress(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
