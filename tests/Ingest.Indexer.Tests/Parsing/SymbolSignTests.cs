using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The hand-written check that spares the symbol pattern most numbers (SymbolParser.MayStartSymbol) must be a
/// necessary condition of the pattern: wherever the pattern matches, the check lets it through.
/// </summary>
public sealed class SymbolSignTests
{
    [Theory]
    [InlineData("15/KH-BDT")]
    [InlineData("15 /KH-BDT")]
    [InlineData("34 -CT/TW")]
    [InlineData("105 KH/TĐ")]
    [InlineData("20NQ/TW")]
    [InlineData("19 CT-TTg")]
    [InlineData("196-HĐBT")]
    [InlineData("18-2019-TT-BGDĐT")]
    [InlineData("57-NQ TW")]
    [InlineData("57 NQ TW")]
    [InlineData("57NQQQQQ TTTTTTW")]
    [InlineData("12a/QĐ-UBND")]
    [InlineData("1.234/QĐ-UBND")]
    [InlineData("66.7/2026/NQ-CP")]
    [InlineData("02_2009_TT-BKH")]
    [InlineData("1２/KH-UBND")]
    [InlineData("91/2017/2017/NĐ-CP")]
    public void Every_form_the_pattern_reads_passes_the_check(string text)
    {
        var f = TextViewBuilder.Build(text).Folded;
        Assert.True(SymbolParser.SymbolAt().Match(f, 0).Success, "the pattern reads the example");
        Assert.True(SymbolParser.MayStartSymbol(f, 0));
    }

    [Fact]
    public void The_check_lets_through_every_number_the_pattern_matches_at_in_the_corpus_and_samples()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents"), "*.txt")
            .Concat(Directory.GetFiles(TestPaths.Plans));
        var missed = new List<string>();
        var matched = 0;
        foreach (var file in files)
        {
            var f = TextViewBuilder.Build(File.ReadAllText(file)).Folded;
            for (var i = 0; i < f.Length; i++)
            {
                if (!char.IsDigit(f[i]) || !SymbolParser.SymbolAt().Match(f, i).Success) continue;
                matched++;
                if (!SymbolParser.MayStartSymbol(f, i)) missed.Add($"{Path.GetFileName(file)}@{i}: {f.Substring(i, Math.Min(30, f.Length - i))}");
            }
        }
        Assert.True(matched > 1000, $"only {matched} matches: the corpus was not read");
        Assert.Empty(missed);
    }

    // SymbolGroups reads both patterns' groups by the anchored pattern's numbers.
    [Theory]
    [InlineData("num")] [InlineData("ptype")] [InlineData("pcode")] [InlineData("psep")] [InlineData("psp")] [InlineData("pglue")]
    [InlineData("pslsp")] [InlineData("year")] [InlineData("ssp")] [InlineData("code")] [InlineData("sep")] [InlineData("ocode")]
    [InlineData("hyear")] [InlineData("hcode")]
    public void Both_symbol_patterns_number_their_groups_alike(string name)
    {
        var number = SymbolParser.SymbolAt().GroupNumberFromName(name);
        Assert.True(number > 0, $"group {name} exists");
        Assert.Equal(number, SymbolParser.SymbolPattern().GroupNumberFromName(name));
    }
}
