using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// FoldedWords says what <c>folded.StartsWith(phrase + " ")</c> said where the header and signature readers asked it
/// of every position title (issue 12, parser speed): a phrase then a space, never a longer word.
/// </summary>
public sealed class FoldedWordsTests
{
    [Theory]
    [InlineData("chu tich uy ban nhan dan tinh", "chu tich", true)]
    [InlineData("chu tich", "chu tich", false)]
    [InlineData("chu tichs uy ban", "chu tich", false)]
    [InlineData("pho chu tich", "chu tich", false)]
    [InlineData("", "chu tich", false)]
    public void Opens_with_a_phrase_and_a_space(string folded, string phrase, bool opens)
    {
        Assert.Equal(opens, FoldedWords.OpensWith(folded, phrase));
        Assert.Equal(folded.StartsWith(phrase + " ", StringComparison.Ordinal), FoldedWords.OpensWith(folded, phrase));
    }

    [Fact]
    public void The_first_phrase_of_the_table_that_opens_the_words_is_given()
    {
        string[] positions = ["pho chu tich", "chu tich", "giam doc"];
        Assert.Equal("pho chu tich", FoldedWords.FirstOpening("pho chu tich ubnd xa", positions));
        Assert.Equal("chu tich", FoldedWords.FirstOpening("chu tich ubnd xa", positions));
        Assert.Null(FoldedWords.FirstOpening("giam doc", positions));
    }

    [Fact]
    public void A_phrase_alone_or_opening_the_words_is_one_of_the_table()
    {
        string[] heads = ["chu tich", "giam doc"];
        Assert.True(FoldedWords.IsOrOpensWithAny("giam doc", heads));
        Assert.True(FoldedWords.IsOrOpensWithAny("giam doc so", heads));
        Assert.False(FoldedWords.IsOrOpensWithAny("pho giam doc", heads));
    }
}
