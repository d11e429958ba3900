using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>Folded words of running text are syllables; agency and type codes mostly are not.</summary>
public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("ve")]
    [InlineData("quyet")]
    [InlineData("nghieng")]
    [InlineData("mien")]
    [InlineData("quy")]
    [InlineData("thuong")]
    public void Words_of_running_text_are_syllables(string word) => Assert.True(VietnameseSyllable.IsSyllable(word));

    [Theory]
    [InlineData("ubnd")]
    [InlineData("bgd")]
    [InlineData("ttg")]
    [InlineData("cp")]
    [InlineData("ttht")]
    [InlineData("qh14")]
    [InlineData("")]
    public void Codes_are_not_syllables(string word) => Assert.False(VietnameseSyllable.IsSyllable(word));
}
