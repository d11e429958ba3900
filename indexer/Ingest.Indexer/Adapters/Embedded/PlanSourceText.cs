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

    /// <summary>A record as the catalog stores it: compact and compressed, a tenth of its indented size.</summary>
    public static byte[] Record(Model.PlanRecord record) => Compress(System.Text.Json.JsonSerializer.Serialize(record, Serialization.RecordJson.CompactOptions));

    /// <summary>Reads a stored record: compressed, or JSON text as indexes written before Lucene kept it.</summary>
    public static Model.PlanRecord Record(object stored) =>
        System.Text.Json.JsonSerializer.Deserialize<Model.PlanRecord>(stored is byte[] b ? Decompress(b) : (string)stored, Serialization.RecordJson.Options)!;

    public static string Decompress(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The first <paramref name="maxChars"/> characters of a stored text, decoding no more than they need.</summary>
    public static string Decompress(byte[] data, int maxChars)
    {
        using var input = new MemoryStream(data);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(maxChars); // every search decodes a page of these
        try { return new string(buffer, 0, reader.ReadBlock(buffer, 0, maxChars)); }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(buffer); }
    }
}
