using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A portal stamps its post with a date in figures on a line of its own; a header writes its date in words. The stamp
/// is no issue date (corpus README, `jy` batch). Text shaped on the `jy` portal copy named in the test.
/// </summary>
public sealed class PortalDateStampTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_line_holding_a_date_in_figures_alone_is_no_issue_date()
    {
        // jy-uy-ban-bau-cu-tt-kien-xuong-tb-2021-bo-phieu-headerless
        var r = Parser.Parse("UỶ BAN BẦU CỬ THỊ TRẤN KIẾN XƯƠNG\nNgày 21/05/2021\n\n" +
            "Thông báo Về thời gian, địa điểm bỏ phiếu bầu cử Quốc hội khoá XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026, thị trấn Kiến Xương.\n\n" +
            "Thực hiện kế hoạch số 47/KH-UBBC ngày 29/01/2021 của Uỷ ban bầu cử thị trấn Kiến Xương về công tác bầu cử. Uỷ ban bầu cử thị trấn thông báo tới toàn thể cử tri như sau:\n");

        Assert.Null(r.IssueDate);
    }

    [Fact]
    public void A_line_holding_a_date_in_words_under_a_party_number_is_the_issue_date()
    {
        var r = Parser.Parse("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\nCÔNG VĂN\nSố 1313-CV/ĐUK\nngày 11 tháng 5 năm 2015\nVề việc tổ chức học tập chuyên đề năm 2015\n\n" +
            "Thực hiện Hướng dẫn số 10-HD/BTGTU, Ban Thường vụ Đảng ủy Khối đề nghị các chi bộ thực hiện như sau:\n");

        Assert.Equal("2015-05-11", r.IssueDate);
    }
}
