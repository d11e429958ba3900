using System.IO.Compression;
using System.Text;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Serialization;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The catalog's copy of each plan's text and record (<see cref="PlanSourceText"/>): Brotli at its fast level reads
/// back exactly, reads what the earlier level wrote, and keeps a plan's text under half the bytes it costs uncompressed.
/// </summary>
public sealed class PlanSourceTextTests
{
    [Fact]
    public void Every_sample_text_and_record_read_back_exactly()
    {
        foreach (var plan in PlanFixtures.Samples())
        {
            Assert.Equal(plan.Text, PlanSourceText.Decompress(PlanSourceText.Compress(plan.Text)));
            Assert.Equal(RecordJson.Serialize(plan.Record), RecordJson.Serialize(PlanSourceText.Record(PlanSourceText.Record(plan.Record))));
        }
    }

    [Fact]
    public void The_stored_record_is_the_compact_json_compressed()
    {
        var record = PlanFixtures.Samples()[0].Record;
        Assert.Equal(RecordJson.SerializeCompact(record), Encoding.UTF8.GetBytes(PlanSourceText.Decompress(PlanSourceText.Record(record))));
    }

    [Fact]
    public void An_empty_text_reads_back_empty() => Assert.Equal("", PlanSourceText.Decompress(PlanSourceText.Compress("")));

    [Fact]
    public void A_text_stored_at_the_earlier_quality_reads_back_unchanged()
    {
        var text = PlanFixtures.Samples()[1].Text;
        var utf8 = Encoding.UTF8.GetBytes(text);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        Assert.True(BrotliEncoder.TryCompress(utf8, buffer, out var written, quality: 3, window: 22));
        Assert.Equal(text, PlanSourceText.Decompress(buffer[..written]));
    }

    [Fact]
    public void The_start_of_a_text_is_what_a_utf8_stream_reader_gives()
    {
        // Cut anywhere: inside a 2- and 3-byte character, between a surrogate pair, before and after the end; with a
        // byte order mark (dropped) and a lone surrogate (U+FFFD).
        var sample = PlanFixtures.Samples()[1].Text;
        foreach (var text in new[] { sample, "\uFEFF" + sample[..300], "Kế hoạch đ\U0001F600ồng \uD800 x" + sample[..50], "" })
        {
            var stored = PlanSourceText.Compress(text);
            foreach (var chars in new[] { 1, 2, 9, 10, 11, 12, 13, 14, 100, 2_048, text.Length - 1, text.Length, text.Length + 1 })
            {
                if (chars < 1) continue;
                Assert.Equal(StreamReaderStart(stored, chars), PlanSourceText.Decompress(stored, chars));
            }
        }
    }

    private static string StreamReaderStart(byte[] stored, int chars)
    {
        using var reader = new StreamReader(new BrotliStream(new MemoryStream(stored), CompressionMode.Decompress), Encoding.UTF8);
        var buffer = new char[chars];
        return new string(buffer, 0, reader.ReadBlock(buffer, 0, chars));
    }

    [Fact]
    public void The_fast_level_keeps_a_plans_text_under_half_its_utf8_size()
    {
        // Run 43: the five samples take 0.35–0.42 of their UTF-8 size at quality 1 (0.31–0.37 at 3), the generated
        // plans 0.225 (0.212); the bytes-written budget of a bulk load assumes about that.
        Assert.Equal(1, PlanSourceText.Quality);
        foreach (var plan in PlanFixtures.Samples())
            Assert.True(PlanSourceText.Compress(plan.Text).Length < Encoding.UTF8.GetByteCount(plan.Text) * 0.45, plan.Id);
    }
}
