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

    [Fact]
    public void Spans_in_any_order_answer_as_a_look_at_each_would()
    {
        // The spans are sorted in place by start (issue 12, parser speed): unordered, repeated starts and empty spans.
        var random = new Random(12);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(12)).Select(_ => random.Next(40)).Select(s => (s, s + random.Next(-2, 9))).ToArray();
            var set = new SpanSet(spans);
            for (var start = -1; start < 50; start++)
                for (var end = start; end < start + 6; end++)
                    Assert.Equal(spans.Any(s => s.Item2 > s.Item1 && s.Item1 < end && s.Item2 > start), set.Overlaps(start, end));
        }
    }
}
