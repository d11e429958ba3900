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

    // IsValid reads a word of letters through a table and its shape by hand; the regex over the word normalized is the
    // reference. Every word of the corpus's texts (whole tokens and their runs of letters, as written, in lower case and in
    // capitals) and every letter alone must get the same answer from both.
    [Fact]
    public void Reads_every_word_of_the_corpus_as_the_regex_does()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents"), "*.txt"))
            foreach (var token in File.ReadAllText(file).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(token);
                foreach (var run in System.Text.RegularExpressions.Regex.Split(token, @"[^\p{L}\p{M}]+"))
                    if (run.Length > 0) words.UnionWith([run, run.ToLowerInvariant(), run.ToUpperInvariant()]);
            }
        for (var c = 0; c < 0x2000; c++) words.Add(((char)c).ToString());
        Assert.True(words.Count > 50_000);
        var differing = words.Where(w => VietnameseSyllables.IsValid(w) != VietnameseSyllables.IsValidByNormalizing(w)).Take(20).ToList();
        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("già")] // "gi" lends its vowel: nucleus "a"
    [InlineData("quý")]
    [InlineData("gìn")] // no vowel after "gi": the onset is "g"
    [InlineData("ĐƯỜNG")]
    [InlineData("uỷ")]
    public void Reads_the_onsets_that_lend_or_keep_their_vowel(string word)
    {
        Assert.True(VietnameseSyllables.IsValid(word));
        Assert.Equal(VietnameseSyllables.IsValidByNormalizing(word), VietnameseSyllables.IsValid(word));
    }

    [Theory]
    [InlineData("ngh")] // an onset and no vowel
    [InlineData("hoàà")] // two tone marks
    [InlineData("ñandu")] // a letter of another language: the long way, the same answer
    [InlineData("anhh")]
    public void Refuses_near_misses_as_the_regex_does(string word)
    {
        Assert.False(VietnameseSyllables.IsValid(word));
        Assert.False(VietnameseSyllables.IsValidByNormalizing(word));
    }
}
