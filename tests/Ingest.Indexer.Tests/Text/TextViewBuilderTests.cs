using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// One space between words is written as soon as it is read where the next character is copied as it is (issue 12,
/// parser speed): the view and its offsets must be those of a space held until that character, whatever follows it.
/// </summary>
public sealed class TextViewBuilderTests
{
    [Theory]
    [InlineData("Kế hoạch số 12/KH-UBND", "Kế hoạch số 12/KH-UBND", new[] { 2, 8, 11 })]
    [InlineData("Kế  hoạch\r\n số", "Kế hoạch số", new[] { 3, 11 })] // a run of spaces: its last one
    [InlineData("a *b* c", "a b c", new[] { 1, 5 })] // before a dropped sign: held as before
    [InlineData("Sở Y tế \\n KẾ HOẠCH", "Sở Y tế KẾ HOẠCH", new[] { 2, 4, 10, 13 })] // a written-out "\n" after it takes it in
    [InlineData("ủy ban ÐOÀN", "ủy ban ĐOÀN", new[] { 2, 6 })] // before a letter Replace changes: held as before
    public void A_space_between_words_maps_where_it_was_read(string text, string normalized, int[] spacesAt)
    {
        var view = TextViewBuilder.Build(text);
        Assert.Equal(normalized, view.Normalized);
        var spaces = Enumerable.Range(0, normalized.Length).Where(k => normalized[k] == ' ').Select(view.ToOriginal).ToArray();
        Assert.Equal(spacesAt, spaces);
        Assert.Equal(TextFolding.Fold(normalized), view.Folded);
    }

    [Fact]
    public void A_written_out_break_after_a_space_still_starts_a_line()
    {
        var view = TextViewBuilder.Build("UBND TỈNH \\n SỞ Y TẾ");
        Assert.Equal("UBND TỈNH SỞ Y TẾ", view.Normalized);
        Assert.True(view.IsLineStart(10));
    }
}
