using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// The offset map is kept as runs (issue 12, parser speed: a map of every character was a parse's largest allocation);
/// each index must map where the whole array mapped it.
/// </summary>
public sealed class OffsetMapTests
{
    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 })] // one run: the text as given
    [InlineData(new[] { 0, 1, 3, 4, 6, 9 })] // "Kế  hoạch\r\n số": a shift at each folded space run
    [InlineData(new[] { 2, 3, 4, 5 })] // a shift at the first index (leading spaces dropped)
    [InlineData(new[] { 0, 2, 4, 6, 8 })] // a run at every index: "a b c" spelled with two spaces
    [InlineData(new[] { 5 })] // an empty text: its end alone
    public void Every_index_maps_as_the_array_did(int[] offsets)
    {
        var map = OffsetMap.Of(offsets.ToArray()); // a copy: the buffer given is written over
        Assert.Equal(offsets.Length - 1, map.Length);
        Assert.Equal(offsets, Enumerable.Range(0, offsets.Length).Select(k => map[k]).ToArray());
    }

    [Fact]
    public void An_index_outside_the_map_throws_as_the_array_did()
    {
        var map = OffsetMap.Of(new[] { 0, 1, 3 });
        Assert.Throws<IndexOutOfRangeException>(() => map[-1]);
        Assert.Throws<IndexOutOfRangeException>(() => map[3]);
    }

    // "co-ubnd-..." style real text: CRLF line ends, a run of spaces, Markdown emphasis dropped, a decomposed mark.
    [Fact]
    public void A_view_of_real_text_maps_each_character_back_to_the_same_letter()
    {
        const string text = "ỦY BAN NHÂN DÂN\r\nTỈNH  BẾN TRE\r\n\r\n**KẾ HOẠCH**\r\nTriển khai Quyết định số 123/QĐ-UBND cu\u0309a tỉnh";
        var view = TextViewBuilder.Build(text);
        for (var k = 0; k < view.Normalized.Length; k++)
        {
            var o = view.ToOriginal(k);
            if (view.Normalized[k] == ' ') Assert.True(char.IsWhiteSpace(text[o]), $"space at {k} maps to '{text[o]}'");
            else if (view.Normalized[k] != 'ủ') Assert.Equal(view.Normalized[k], text[o]);
        }
        Assert.Equal(text.Length, view.ToOriginal(view.Normalized.Length));
        Assert.Equal("Quyết định số 123/QĐ-UBND", view.OriginalSlice(view.Normalized.IndexOf("Quyết"), view.Normalized.IndexOf(" của")));
        var (s, e) = view.ToNormalizedSpan(text.IndexOf("BẾN"), text.IndexOf("BẾN") + 7);
        Assert.Equal("BẾN TRE", view.Normalized[s..e]);
    }
}
