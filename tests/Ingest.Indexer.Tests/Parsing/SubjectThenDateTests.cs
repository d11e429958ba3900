using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A date written after a long subject and before the issuer ("Nghị quyết 101/2025/UBTVQH15 hướng dẫn tổ chức hội nghị
/// cử tri … ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội", it-036, news of 2025) is the cited document's; a date after
/// another document named in the subject, or an event's date, is not.
/// </summary>
public sealed class SubjectThenDateTests
{
    private static readonly PlanParser Parser = new();

    private static string? DateOf(string text, string number) =>
        Parser.Parse(text).Citations.First(c => c.Number == number).Date;

    [Theory]
    [InlineData("Các nội dung trên đã được thể hiện trong Nghị quyết 101/2025/UBTVQH15 hướng dẫn tổ chức hội nghị cử tri, giới thiệu người ứng cử đại biểu Hội đồng Nhân dân cấp xã ở thôn, tổ dân phố ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội.",
        "101/2025/UBTVQH15", "2025-09-26")]
    [InlineData("và Nghị quyết liên tịch 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng Nhân dân các cấp nhiệm kỳ 2026-2031 ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành.",
        "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "2025-09-26")]
    public void The_date_before_the_issuer_after_a_subject_is_the_documents(string text, string number, string date)
    {
        Assert.Equal(date, DateOf(text, number));
    }

    [Theory]
    // it-016: the date after a decree named in the subject is the decree's.
    [InlineData("số 03/2025/TT-VPCP hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính;",
        "03/2025/TT-VPCP")]
    // A law named by name in the subject, and an event's day.
    [InlineData("Thực hiện Kế hoạch 45/2024/KH-UBND hướng dẫn thi hành Luật Đất đai ngày 18/01/2024 của Quốc hội trên địa bàn tỉnh.", "45/2024/KH-UBND")]
    [InlineData("Thực hiện Kế hoạch 45/KH-UBND tổ chức hội nghị tổng kết vào ngày 18/01/2024 của UBND huyện.", "45/KH-UBND")]
    // A date of another year than the symbol's.
    [InlineData("Thực hiện Nghị quyết 12/2024/NQ-HĐND quy định mức chi hỗ trợ ngày 18/01/2025 của HĐND tỉnh.", "12/2024/NQ-HĐND")]
    public void A_date_that_is_not_the_documents_gives_it_none(string text, string number)
    {
        Assert.Null(DateOf(text, number));
    }
}
