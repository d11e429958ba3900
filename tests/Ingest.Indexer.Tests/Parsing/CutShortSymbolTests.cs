using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A symbol its writer cut short is cited as written: the serial and year with the slash before a missing code ("Luật
/// số 56/2024/", ku-070), or the type code dropped before a central body's code ("Quyết định 40/2011-TTg", ku-062).
/// Near misses: the trailing slash without "số", and a local body's code after the year.
/// </summary>
public sealed class CutShortSymbolTests
{
    [Theory]
    [InlineData("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 được sửa đổi, bổ sung bởi Luật số 56/2024/;",
        new[] { "Luật|83/2015/QH13|-", "Luật|56/2024/|-" })]
    [InlineData("Hội phối hợp giải quyết chế độ cho 900 cựu TNXP, tiếp tục rà soát hồ sơ đề nghị giải quyết chính sách theo Quyết định 40/2011-TTg.",
        new[] { "Quyết định|40/2011-TTg|-" })]
    public void A_symbol_cut_short_is_cited_as_written(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    [InlineData("Hội tiếp tục rà soát theo Quyết định 40/2011/ trong năm.")]
    [InlineData("Hội tiếp tục rà soát theo Kế hoạch 40/2011-UBND trong năm.")]
    public void A_cut_short_symbol_without_so_or_with_a_local_code_is_no_citation(string text)
    {
        Assert.DoesNotContain(Read(text), c => c.Number is not null && c.Number.StartsWith("40/2011", StringComparison.Ordinal));
    }
}
