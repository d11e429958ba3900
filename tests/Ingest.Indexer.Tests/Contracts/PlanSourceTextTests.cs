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
    public void The_fast_level_keeps_a_plans_text_under_half_its_utf8_size()
    {
        // Run 43: the five samples take 0.35–0.42 of their UTF-8 size at quality 1 (0.31–0.37 at 3), the generated
        // plans 0.225 (0.212); the bytes-written budget of a bulk load assumes about that.
        Assert.Equal(1, PlanSourceText.Quality);
        foreach (var plan in PlanFixtures.Samples())
            Assert.True(PlanSourceText.Compress(plan.Text).Length < Encoding.UTF8.GetByteCount(plan.Text) * 0.45, plan.Id);
    }
}
