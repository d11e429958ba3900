using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A National Assembly committee closes its report's symbol with one lower-case letter after a hyphen ("Báo cáo thẩm
/// tra số 154/BC-UBPL15-m", jg-034, a Standing Committee resolution of 2025), kept as printed; a word set apart by
/// spaces after a hyphen is no part of the symbol.
/// </summary>
public sealed class SymbolClosingMarkTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_one_letter_mark_after_the_committees_code_is_kept()
    {
        var cited = Parser.Parse("Xét đề nghị tại Tờ trình số 13/TTr-TTg ngày 27 tháng 01 năm 2025 và Báo cáo thẩm tra số 154/BC-UBPL15-m ngày 05 tháng 02 năm 2025 của Ủy ban Pháp luật,").Citations;
        Assert.Equal(("154/BC-UBPL15-m", "2025-02-05"), (cited[1].Number, cited[1].Date));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 15/KH-UBND - ở các xã đã triển khai.")]
    [InlineData("Thực hiện Kế hoạch số 15/KH-UBND-ở các xã đã triển khai.")]
    public void A_word_after_the_hyphen_is_not_a_mark(string text)
    {
        Assert.Equal("15/KH-UBND", Assert.Single(Parser.Parse(text).Citations).Number);
    }
}
