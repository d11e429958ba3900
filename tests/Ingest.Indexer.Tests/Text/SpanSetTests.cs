using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>The span set answers where a run of spans holding an offset ends (the bare-symbol sweep skips to it).</summary>
public sealed class SpanSetTests
{
    private static readonly SpanSet Spans = new([(10, 20), (15, 30), (40, 45)]);

    [Theory]
    [InlineData(10, 20)] // only the first span holds it
    [InlineData(15, 30)] // both do: the second reaches further
    [InlineData(20, 30)]
    [InlineData(29, 30)]
    [InlineData(44, 45)]
    public void Covered_until_is_where_the_spans_holding_an_offset_stop(int offset, int end) =>
        Assert.Equal(end, Spans.CoveredUntil(offset));

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(30)]
    [InlineData(45)]
    public void Covered_until_is_minus_one_outside_every_span(int offset) => Assert.Equal(-1, Spans.CoveredUntil(offset));

    [Fact]
    public void An_empty_set_covers_nothing() => Assert.Equal(-1, SpanSet.Empty.CoveredUntil(0));
}
