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
    /// <remarks>
    /// Every search decodes a page of these. Brotli and UTF-8 run over pooled buffers: a stream reader's own buffers
    /// were half of what each hit's snippet allocated besides its text. The characters are the ones a UTF-8 stream
    /// reader gives (a leading byte order mark dropped, bad bytes as U+FFFD).
    /// </remarks>
    public static string Decompress(byte[] data, int maxChars)
    {
        // A UTF-16 unit takes at most 3 UTF-8 bytes (a pair, 4), so this many bytes, less a sequence cut at the end
        // and a byte order mark, still hold maxChars of them.
        var room = 3 * maxChars + 8;
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var bytes = pool.Rent(room);
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(room);
        try
        {
            using var brotli = new BrotliDecoder();
            var status = brotli.Decompress(data, bytes.AsSpan(0, room), out _, out var written);
            if (status == System.Buffers.OperationStatus.InvalidData) throw new InvalidDataException("a plan's stored text is not valid Brotli");
            var utf8 = bytes.AsSpan(0, written);
            if (status == System.Buffers.OperationStatus.DestinationTooSmall) utf8 = utf8[..WholeSequences(utf8)];
            if (utf8.StartsWith(Encoding.UTF8.Preamble)) utf8 = utf8[Encoding.UTF8.Preamble.Length..];
            var count = Encoding.UTF8.GetChars(utf8, chars);
            return new string(chars, 0, Math.Min(count, maxChars));
        }
        finally
        {
            pool.Return(bytes);
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    // The length of the bytes up to the last sequence that ends inside them (more bytes follow, so a sequence cut at
    // the end is left for them rather than read as a bad one).
    private static int WholeSequences(ReadOnlySpan<byte> utf8)
    {
        for (var back = 1; back <= Math.Min(3, utf8.Length); back++)
        {
            var b = utf8[^back];
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: the lead is further back
            var length = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            return length > back ? utf8.Length - back : utf8.Length;
        }
        return utf8.Length;
    }
}
