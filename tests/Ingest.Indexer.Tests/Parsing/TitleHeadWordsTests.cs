using Ingest.Indexer.Parsing.Recipients;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// TitleHeadWords says what <c>run.Contains(" " + head + " ")</c> said where the signature and Nơi nhận readers asked it
/// of every title head (issue 12, parser speed): a head as whole words of the spaced run, wherever it first stands.
/// </summary>
public sealed class TitleHeadWordsTests
{
    [Theory]
    // "Nhưtrên, PHÓ TÔNG GIÁM ĐỐC" (RecipientDebris): the run folded and spaced at both ends.
    [InlineData(" pho tong giam doc ", "giam doc", true)]
    [InlineData(" pho tong giam doc ", "tong giam", true)]
    [InlineData(" pho tong giam docs ", "giam doc", false)]
    [InlineData(" kt chu tichx chu tich ", "chu tich", true)]
    [InlineData(" chu tic ", "chu tich", false)]
    [InlineData(" phochu tich ", "chu tich", false)]
    public void A_head_stands_in_the_run_between_two_spaces(string run, string head, bool stands)
    {
        Assert.Equal(stands, TitleHeadWords.AnyIn(run, [head]));
        Assert.Equal(run.Contains(" " + head + " ", StringComparison.Ordinal), TitleHeadWords.AnyIn(run, [head]));
    }

    [Fact]
    public void Any_head_of_the_table_will_do()
    {
        Assert.True(TitleHeadWords.AnyIn(" kt chu tich ", ["giam doc", "chu tich"]));
        Assert.False(TitleHeadWords.AnyIn(" kt chu tich ", []));
    }
}
