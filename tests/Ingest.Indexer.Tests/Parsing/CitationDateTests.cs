using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where a cited document's date is written away from its number: the date that opens the clause in which a body
/// issues it, with the words reports put around that date. Sentences written for the test, with near misses.
/// </summary>
public sealed class CitationDateTests
{
    private static readonly PlanParser Parser = new();

    private static Citation Only(string text) => Assert.Single(Parser.Parse(text).Citations);

    [Theory]
    [InlineData("Vì vậy ngày 12/3/2019, Sở Y tế đã ban hành Công văn số 455/SYT-NV về phòng dịch.", "2019-03-12")]
    [InlineData("Để chuẩn bị, ngay từ ngày 05/01/2021, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 12-CT/TU.", "2021-01-05")]
    [InlineData("Ngày 14/9/2023 vừa qua, UBND huyện đã ban hành Kế hoạch số 210/KH-UBND về chuyển đổi số.", "2023-09-14")]
    [InlineData("Sau đó, ngày 02/6/2016, UBND tỉnh ký ban hành Quyết định số 1432/QĐ-UBND.", "2016-06-02")]
    [InlineData("Ngày 3-2-1999, Ban Bí thư ra Chỉ thị số 40-CT/TW về giáo dục.", "1999-02-03")]
    [InlineData("Ngày 10/12/2020, tại kỳ họp thứ 19, HĐND tỉnh đã thông qua Nghị quyết số 45/NQ-HĐND về ngân sách.", "2020-12-10")]
    // A news story's first sentence after its dateline's bracket.
    [InlineData("Lào Cai (TTXVN 12/4) Ngày 10/4/2024, UBND tỉnh Lào Cai ban hành Kế hoạch số 155/KH-UBND về phòng cháy rừng.", "2024-04-10")]
    // A line's start opens the clause under a headline that has no stop.
    [InlineData("Tin hoạt động của Sở Y tế\nNgày 12/3/2019, Sở Y tế đã ban hành Công văn số 455/SYT-NV về phòng dịch.", "2019-03-12")]
    public void The_date_opening_an_issuing_clause_is_the_documents(string text, string date)
    {
        Assert.Equal(date, Only(text).Date);
    }

    [Theory]
    // A date of something else done with the document.
    [InlineData("Vì vậy ngày 12/3/2019, Sở Y tế đã triển khai Công văn số 455/SYT-NV về phòng dịch.")]
    // A session that is not where the body adopts it.
    [InlineData("Ngày 10/12/2020, tại kỳ họp thứ 19, đại biểu đã thảo luận Nghị quyết số 45/NQ-HĐND về ngân sách.")]
    // "Đến ngày …" says by when, not on which day.
    [InlineData("Đến ngày 30/6/2020, UBND huyện đã ban hành Quyết định số 88/QĐ-UBND về việc này.")]
    // A lead word inside the sentence, not opening a clause.
    [InlineData("Hội nghị diễn ra vào ngày 12/3/2019 và Sở Y tế đã ban hành Công văn số 455/SYT-NV.")]
    // Near miss: a date ending a line that another line continues opens nothing.
    [InlineData("Hội nghị diễn ra vào\nngày 12/3/2019 và Sở Y tế đã ban hành Công văn số 455/SYT-NV.")]
    public void Other_dates_are_not_the_documents(string text)
    {
        Assert.Null(Only(text).Date);
    }

    [Fact]
    public void A_date_after_an_issuer_whose_last_syllable_is_lower_case_is_read()
    {
        var cite = Only("Căn cứ Thông tư số 12/2019/TT-BGTVT của Bộ Giao thông Vận tải ngày 15/4/2019 về đăng kiểm;");
        Assert.Equal(("2019-04-15", "Bộ Giao thông Vận tải"), (cite.Date, cite.Issuer));
    }

    [Theory]
    [InlineData("Theo Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Nam ký ngày 05/3/2020 về quy hoạch.", "UBND tỉnh Quảng Nam")]
    [InlineData("Theo Kế hoạch số 5/KH-UBND của UBND huyện Điện Biên triển khai ngày 05/3/2020.", "UBND huyện Điện Biên")]
    public void A_verb_before_a_date_is_not_part_of_the_issuer(string text, string issuer)
    {
        Assert.Equal(issuer, Only(text).Issuer);
    }

    [Fact]
    public void A_whole_date_in_parentheses_after_the_symbol_is_its_date()
    {
        var cite = Only("Quán triệt Kết luận 21-KL/TW (25/10/2021) của Ban Chấp hành Trung ương về xây dựng Đảng.");
        Assert.Equal(("2021-10-25", "Ban Chấp hành Trung ương"), (cite.Date, cite.Issuer));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND (2021) của UBND tỉnh.")]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND (25/10) của UBND tỉnh.")]
    public void A_year_or_a_day_and_month_in_parentheses_is_no_date(string text)
    {
        Assert.Null(Only(text).Date);
    }

    [Theory]
    // A year that lost a digit: one year fits.
    [InlineData("Căn cứ Kế hoạch số 412/KH-UBND ngày 15/3/219 của UBND huyện;", "2019-03-15")]
    // A year that gained a digit: the symbol's year chooses among those that fit.
    [InlineData("Căn cứ Nghị định số 45/2016/NĐ-CP ngày 26/5/20216 của Chính phủ;", "2016-05-26")]
    public void A_date_whose_year_lost_or_gained_a_digit_is_read_back(string text, string date) =>
        Assert.Equal(date, Only(text).Date);

    [Fact]
    public void A_damaged_year_that_several_years_fit_is_left_unread() =>
        Assert.Null(Only("Căn cứ Kế hoạch số 412/KH-UBND ngày 15/3/20216 của UBND huyện;").Date);

    [Fact]
    public void The_place_before_a_date_written_after_the_number_belongs_to_the_date() =>
        Assert.Equal("2021-10-04", Only("Sở Nội vụ có Công văn số 845/SNV-TCBC Bắc Kạn, ngày 04 tháng 10 năm 2021 về tinh giản biên chế.").Date);
}
