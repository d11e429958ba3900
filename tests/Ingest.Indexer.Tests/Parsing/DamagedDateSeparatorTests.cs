using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A cited document's date whose separator before a whole year was doubled or lost is still read: "14/4//2025" and
/// "10 //4/2026", and "09- 62025", where a run of five or six digits after the month's place can only be the month and a year. A run that
/// is no month and year reads nothing.
/// </summary>
public sealed class DamagedDateSeparatorTests
{
    private static readonly PlanParser Parser = new();

    private static string? DateOf(string text, string number) =>
        Parser.Parse(text).Citations.First(c => c.Number == number).Date;

    [Theory]
    // kl-010 (vietnamplus on Hướng dẫn 31-HD/BTCTW, 2025).
    [InlineData("Căn cứ Kế hoạch số 47-KH/BCĐ, ngày 14/4//2025 của Ban Chỉ đạo tổng kết Nghị quyết 18-NQ/TW;", "47-KH/BCĐ", "2025-04-14")]
    // kj-002, kj-003 (kj-ban-to-chuc-tw-hd-2025-38-pdf, the hyphen lost across a line end).
    [InlineData("Mẫu thẻ đảng viên thực hiện theo Quyết định số 347-QĐ/TW, ngày 08- 82025 của Ban Bí thư.", "347-QĐ/TW", "2025-08-08")]
    [InlineData("Thực hiện Quy định số 294-QĐ/TW, ngày 26-52025 của Ban Chấp hành Trung ương.", "294-QĐ/TW", "2025-05-26")]
    [InlineData("Thực hiện Hướng dẫn số 12-HD/TW, ngày 03- 112024 của Ban Bí thư.", "12-HD/TW", "2024-11-03")]
    // kx-bo-gddt-cv-2026-1849-ocr's annex line, the OCR's fraction slash doubling the one before the month.
    [InlineData("(Kèm theo Công văn số 1849 /BGDĐT-GDPT ngày 10 /⁄4/2026 của Bộ Giáo dục và Đào tạo)", "1849/BGDĐT-GDPT", "2026-04-10")]
    public void A_doubled_or_lost_separator_before_the_year_still_dates_the_citation(string text, string number, string date)
    {
        Assert.Equal(date, DateOf(text, number));
    }

    [Theory]
    [InlineData("Thực hiện Quy định số 294-QĐ/TW, ngày 26-132025 của Ban Chấp hành Trung ương.", "294-QĐ/TW")]
    [InlineData("Thực hiện Quy định số 294-QĐ/TW, ngày 26-51999999 của Ban Chấp hành Trung ương.", "294-QĐ/TW")]
    public void A_run_that_is_no_month_and_year_reads_no_date(string text, string number)
    {
        Assert.Null(DateOf(text, number));
    }
}
