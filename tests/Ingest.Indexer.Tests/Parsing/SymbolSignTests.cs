using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The hand-written checks that spare the symbol pattern most numbers (SymbolParser.MayStartSymbol, MayMatchAt) must be
/// necessary conditions of the pattern: wherever the pattern matches, the checks let it through.
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
    [InlineData("25-2303/PBHC-KD")]
    [InlineData("01-10/2025/CV-TKV")]
    [InlineData("11.NQ-CP")]
    [InlineData("134/2016NĐ-CP")]
    [InlineData("57 NQ /TW")]
    [InlineData("48 // 2017 / NĐ-CP")]
    public void Every_form_the_pattern_reads_passes_the_check(string text)
    {
        var f = TextViewBuilder.Build(text).Folded;
        Assert.True(SymbolParser.SymbolAt().Match(f, 0).Success, "the pattern reads the example");
        Assert.True(SymbolParser.MayStartSymbol(f, 0));
        Assert.True(SymbolParser.MayMatchAt(f, 0));
    }

    // The numbers of a plan that are no symbol, most of them dates and periods, which the check spares the pattern:
    // after the serial no code can follow ("/3" is no year, "-2025 " no company serial, "5 ngày trong" no Party code).
    [Theory]
    [InlineData("12/3/2021 về việc triển khai")]
    [InlineData("15/3 - 20/3/2025")]
    [InlineData("2021-2025 và tầm nhìn đến 2030")]
    [InlineData("5 ngày trong tuần - từ thứ hai")]
    [InlineData("1. Mục đích - yêu cầu")]
    [InlineData("30 % kinh phí/năm")]
    [InlineData("2 (hai) văn bản - báo cáo")]
    public void A_number_no_code_follows_fails_the_check(string text)
    {
        var f = TextViewBuilder.Build(text).Folded;
        Assert.False(SymbolParser.SymbolAt().Match(f, 0).Success, "the pattern does not read the example");
        Assert.False(SymbolParser.MayMatchAt(f, 0));
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
                if (!SymbolParser.MayMatchAt(f, i)) missed.Add($"{Path.GetFileName(file)}@{i}: {f.Substring(i, Math.Min(30, f.Length - i))}");
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
