using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// What may stand between a cited number and its date, or inside the date, and still leave the date the document's:
/// a stray dash a scan left before "ngày" ("Quyêt-định số: 19/2022/QĐ-UBND -ngày 07 tháng 6 năm 2022", kq-072), the
/// bracket that names the document's short form ("Quy định 296-QĐ/TW (sau đây gọi là Quy định 296) ngày 30/5/2025",
/// la-003), and a month whose two ones the scan split ("ngày 30 tháng 1 1 năm 2010", kq-065).
/// </summary>
public sealed class DateAcrossDebrisTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string? Number, string? Date)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Number, c.Date)).ToList();

    [Fact]
    public void A_stray_dash_before_the_date_separates_nothing()
    {
        Assert.Equal([("19/2022/QĐ-UBND", "2022-06-07")],
            Cited("Quyết định này thay thê Quyêt-định số: 19/2022/QĐ-UBND -ngày 07 tháng 6 năm 2022 của UBND tỉnh Phú Thọ quy định chức năng."));
    }

    [Fact]
    public void The_date_after_a_defined_short_name_is_the_documents()
    {
        Assert.Equal([("296-QĐ/TW", "2025-05-30"), ("296-QĐ/TW", null)],
            Cited("Theo đó, Quy định 296-QĐ/TW (sau đây gọi là Quy định 296) ngày 30/5/2025 “quy định về công tác kiểm tra” đã có những điểm mới."));
    }

    [Fact]
    public void A_month_split_by_the_scan_is_read_whole()
    {
        Assert.Equal([("78/2010/QĐ-TTg", "2010-11-30")],
            Cited("Thủ tướng ban hành Quyết định bãi bỏ toàn bộ Quyết định số\n78/2010/QĐ-TTg ngày 30 tháng 1 1 năm 2010 của Thủ tướng Chính phủ về mức giá."));
    }

    [Theory]
    // Near misses: a dash that opens a new item, and a bracket that is no short name.
    [InlineData("Thực hiện Quyết định số 19/2022/QĐ-UBND - Ngày 07 tháng 6 năm 2022 đoàn kiểm tra làm việc.")]
    [InlineData("Thực hiện Quyết định số 19/2022/QĐ-UBND (có hiệu lực) ngày 07 tháng 6 năm 2022 đoàn kiểm tra làm việc.")]
    public void Other_words_before_a_date_keep_it_apart(string text)
    {
        Assert.Equal([("19/2022/QĐ-UBND", null)], Cited(text));
    }
}
