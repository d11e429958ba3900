using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Extraction;

public sealed class VietnameseSyllablesTests
{
    [Theory]
    [InlineData("Khánh")]
    [InlineData("hoạch")]
    [InlineData("nghiêng")]
    [InlineData("khuyến")]
    [InlineData("giữa")]
    [InlineData("thưởng")]
    [InlineData("QUỐC")]
    public void Accepts_syllables(string word) => Assert.True(VietnameseSyllables.IsValid(word));

    [Theory]
    [InlineData("Khaựnh")]
    [InlineData("ngaứy")]
    [InlineData("hóà")]
    [InlineData("strength")]
    public void Refuses_what_no_syllable_is(string word) => Assert.False(VietnameseSyllables.IsValid(word));
}
