using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>Table tests for document symbols: matches in many spellings, and near misses that must yield nothing.</summary>
public sealed class SymbolParserTests
{
    private static readonly SymbolParser Symbols = new(DomainTables.Default);

    [Theory]
    [InlineData("34-CT/TW", "34-CT/TW", true)]
    [InlineData("34-ct/tw", "34-CT/TW", true)]
    [InlineData("34 - CT / TW", "34-CT/TW", true)]
    [InlineData("16-\n\nCT/TU", "16-CT/TU", true)]
    [InlineData("08-QĐi/TW", "08-QĐi/TW", true)]
    [InlineData("28-TT/TU", "28-TT/TU", true)]
    [InlineData("34-C1/TW", "34-CT/TW", true)]
    [InlineData("34-CT/IW", "34-CT/TW", true)]
    [InlineData("15 /KH-BDT", "15/KH-BDT", false)]
    [InlineData("19/CT-TTg", "19/CT-TTg", false)]
    [InlineData("19/ct-ttg", "19/CT-TTg", false)]
    [InlineData("91/2017/NĐ-CP", "91/2017/NĐ-CP", false)]
    [InlineData("91/2017/NÐ-CP", "91/2017/NĐ-CP", false)]
    [InlineData("17/2008/QH12", "17/2008/QH12", false)]
    [InlineData("238/UBND-KGVX", "238/UBND-KGVX", false)]
    [InlineData("1.234/QĐ-UBND", "1234/QĐ-UBND", false)]
    [InlineData("01/KH-HĐTĐKT", "01/KH-HĐTĐKT", false)]
    public void Reads_a_symbol_in_any_spelling(string written, string canonical, bool party)
    {
        var symbol = Symbols.ParseLoose(written);
        Assert.NotNull(symbol);
        Assert.Equal(canonical, symbol!.Number);
        Assert.Equal(party, symbol.Party);
    }

    [Theory]
    [InlineData("2021-2025")]
    [InlineData("20/01/2022")]
    [InlineData("10/12 xã")]
    [InlineData("15 %/năm")]
    [InlineData("0913.456.789")]
    [InlineData("Covid-19")]
    [InlineData("5/tháng")]
    [InlineData("(C/2021/TĐKT)")]
    public void Yields_nothing_for_look_alikes(string text) => Assert.Null(Symbols.ParseLoose(text));

    [Fact]
    public void Leading_zeros_do_not_separate_keys()
    {
        Assert.Equal(Symbols.ParseLoose("01/CT-UBND")!.KeyForm, Symbols.ParseLoose("1/CT-UBND")!.KeyForm);
    }

    [Fact]
    public void Repairs_are_reported()
    {
        Assert.True(Symbols.ParseLoose("34-C1/TW")!.Repaired);
        Assert.False(Symbols.ParseLoose("34-CT/TW")!.Repaired);
    }
}
