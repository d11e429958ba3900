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

    // jq-032: the Hội đồng Thẩm phán's symbol, then the code of the court it sits in, written as its name.
    [Fact]
    public void A_bodys_code_after_a_space_names_the_issuer_and_the_date_after_it_is_read()
    {
        var cited = Parser.Parse("Theo quy định tại Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007 hướng dẫn áp dụng Điều 60 BLHS 1999 về án treo.").Citations[0];
        Assert.Equal(("01/2007/NQ-HĐTP", "2007-10-02"), (cited.Number, cited.Date));
    }

    // jo-009: a company numbers its letter with the day it writes it.
    [Fact]
    public void A_companys_serial_that_is_its_date_is_read()
    {
        var cited = Assert.Single(Parser.Parse("Trả lời công văn số 20251022/CV-HD ngày 22/10/2025 của Công ty TNHH Minebea AccessSolutions Việt Nam về vướng mắc thuê doanh nghiệp chế xuất gia công.").Citations);
        Assert.Equal(("20251022/CV-HD", "2025-10-22"), (cited.Number, cited.Date));
    }

    [Fact]
    public void An_eight_digit_serial_that_is_no_date_is_not_read()
    {
        Assert.DoesNotContain(Parser.Parse("Trả lời công văn số 20251322/CV-HD của Công ty.").Citations, c => c.Number is not null);
    }

    [Fact]
    public void A_span_of_years_after_the_codes_is_not_a_year_of_the_number()
    {
        Assert.Equal("15/KH-UBND", Assert.Single(Parser.Parse("Thực hiện Kế hoạch số 15/KH-UBND-2021-2025 của UBND tỉnh.").Citations).Number);
    }
}
