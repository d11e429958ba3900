using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A citation's date that OCR or the writer damaged where the reading stays certain: the day's tens digit 1 printed as a
/// letter ("ngày I2 tháng 01 năm 2026", iw-012; "ngày I8 tháng 9 năm 1986", jh-018), and a dot typed after the symbol
/// before a lower-case "ngày" ("số : 88/CP. ngày 17/8/1994", jh-016, a Cao Bằng decision of 1995).
/// </summary>
public sealed class DamagedCitationDateTests
{
    private static readonly PlanParser Parser = new();

    private static Citation First(string text) => Parser.Parse(text).Citations[0];

    [Theory]
    [InlineData("Căn cứ Quy định ban hành kèm theo Quyết định số 214/QĐ-DCT ngày I2 tháng 01 năm 2026;", "2026-01-12")]
    [InlineData("- Căn cứ vào Quyết định số: 350 / UB-QĐ-NĐ ngày I8 tháng 9 năm 1986 của UBND tỉnh Cao Bằng ban hành Điều lệ tạm thời.", "1986-09-18")]
    [InlineData("Căn cứ Quyết định số 214/QĐ-DCT ngày l5/01/2026 của Hiệu trưởng;", "2026-01-15")]
    [InlineData("- Căn cứ các Nghị định của Hội đồng Chính phủ số : 88/CP. ngày 17/8/1994 về quyền sở hữu nhà ở.", "1994-08-17")]
    public void A_damaged_date_that_stays_certain_dates_the_citation(string text, string date)
    {
        Assert.Equal(date, First(text).Date);
    }

    [Theory]
    // A sentence that ends after the symbol: the date opens the next one.
    [InlineData("Căn cứ Nghị định số 88/CP. Ngày 17/8/1994, Hội đồng nhân dân tỉnh họp phiên thứ nhất.")]
    // A letter for the whole day is no day's digit.
    [InlineData("Căn cứ Quyết định số 214/QĐ-DCT ngày II tháng 01 năm 2026;")]
    public void A_date_that_is_not_certain_stays_empty(string text)
    {
        Assert.Null(First(text).Date);
    }
}
