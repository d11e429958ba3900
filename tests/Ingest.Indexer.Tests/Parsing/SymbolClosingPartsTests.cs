using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// What some writers put after a symbol's codes, part of its number: a National Assembly committee's one lower-case
/// letter after a hyphen ("Báo cáo thẩm tra số 154/BC-UBPL15-m", jg-034, a Standing Committee resolution of 2025), kept
/// as printed, and a company's year after a hyphen ("công văn số 19/CV-TT-2025", ix-001, a customs letter of 2025); a word
/// set apart by spaces, or a span of years, is no part of the symbol.
/// </summary>
public sealed class SymbolClosingPartsTests
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

    [Fact]
    public void A_companys_year_after_its_codes_is_kept()
    {
        var cited = Assert.Single(Parser.Parse("Cục Hải quan nhận được công văn số 19/CV-TT-2025 ngày 6/10/2025 của Công ty TNHH Kinh doanh Phát triển Dự án Thuận Thành về việc xác định mã số HS.").Citations);
        Assert.Equal(("19/CV-TT-2025", "2025-10-06"), (cited.Number, cited.Date));
    }

    [Fact]
    public void A_span_of_years_after_the_codes_is_not_a_year_of_the_number()
    {
        Assert.Equal("15/KH-UBND", Assert.Single(Parser.Parse("Thực hiện Kế hoạch số 15/KH-UBND-2021-2025 của UBND tỉnh.").Citations).Number);
    }
}
