using System.IO.Compression;
using System.Text;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A plan's extracted text as kept in the catalog (the source the full-text index is rebuilt from): UTF-8,
/// Brotli at its fastest full-format level, under a quarter of the text's size. Pure and thread-safe.
/// </summary>
internal static class PlanSourceText
{
    /// <summary>
    /// Brotli's quality 1. At 3 (before run 43) Brotli was 3.1% of `plans ingest`'s CPU samples
    /// (10,000 plans, docs/BENCHMARKS.md, run 43); over 3,000 of those plans quality 1 took 28 µs of CPU a plan
    /// against 61 µs, for 0.225 of the UTF-8 size against 0.212: 0.01 more bytes written per input byte. Any
    /// quality reads back the same way, so catalogs written at 3 need nothing.
    /// </summary>
    internal const int Quality = 1;

    // Brotli's default window: a plan's text rarely fills it, and a smaller one changed neither time nor size (run 27).
    private const int Window = 22;

    public static byte[] Compress(string text)
    {
        // The UTF-8 bytes in a pooled buffer: only the compressed result is allocated.
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var utf8 = pool.Rent(Encoding.UTF8.GetByteCount(text));
        try { return Compress(utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8))); }
        finally { pool.Return(utf8); }
    }

    private static byte[] Compress(ReadOnlySpan<byte> utf8)
    {
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var buffer = pool.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(utf8, buffer, out var written, Quality, Window))
                throw new InvalidOperationException("Brotli could not compress a plan's text");
            return buffer[..written];
        }
        finally { pool.Return(buffer); }
    }

    /// <summary>
    /// A record as the catalog stores it: compact and compressed, a tenth of its indented size. Serialized straight
    /// to UTF-8 (the same bytes as the JSON string encoded, without the string).
    /// </summary>
    public static byte[] Record(Model.PlanRecord record) =>
        Compress(Serialization.RecordJson.SerializeCompact(record));

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
