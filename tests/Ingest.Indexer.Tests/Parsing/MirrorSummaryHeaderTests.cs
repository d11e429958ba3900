using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A legal mirror's news summary printed above the copied header (jg-bo-noi-vu-cv-2025-10988-md: "Ngày 21/11/2025, Bộ
/// Nội vụ đã ban hành Công văn 10988/BNV-CQĐP …", a whole page of it, then "Xem chi tiết tại …" and the header) pushes
/// the header past the header window; the motto's "Độc lập - Tự do - Hạnh phúc" further down says where it stands.
/// </summary>
public sealed class MirrorSummaryHeaderTests
{
    private static readonly PlanParser Parser = new();

    private const string Summary =
        "## Thông tin sáp nhập còn 16 tỉnh từ 34 tỉnh thành là không chính xác\n"
        + "**Ngày 21/11/2025, Bộ Nội vụ đã ban hành Công văn 10988/BNV-CQĐP tuyên truyền chủ trương, chính sách của Đảng, Nhà nước.**\n";

    private const string Paragraph =
        "Thời gian gần đây, trên các trang mạng xã hội xuất hiện thông tin sai lệch, không chính xác về việc tiếp tục thực hiện "
        + "sắp xếp đơn vị hành chính các cấp, có thông tin lan truyền cả nước sẽ sáp nhập từ 34 tỉnh, thành phố xuống còn 16 tỉnh, "
        + "thành phố khiến nhiều người dân và cán bộ, công chức hoang mang.\n";

    private const string Header =
        "Xem chi tiết tại Công văn 10988/BNV-CQĐP ban hành ngày 21/11/2025.\n|\n**BỘ NỘI VỤ**\n--------\n|\n**CỘNG HÒA XÃ\n"
        + "HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:10988/BNV-CQĐP\n"
        + "*V/v tuyên truyền chủ trương, chính sách của\nĐảng, Nhà nước.*\n|\n*Hà Nội, ngày\n21 tháng 11 năm 2025*\n|\n|\n"
        + "**Kính gửi:**\n|\n- Ban Tuyên giáo và Dân vận Trung ương,\n|\n" + Paragraph;

    [Fact]
    public void A_header_under_a_long_summary_is_read_at_its_motto()
    {
        var summary = Summary + string.Concat(Enumerable.Repeat(Paragraph, 6));

        var record = Parser.Parse(summary + Header);

        Assert.Equal("10988/BNV-CQĐP", record.Number);
        Assert.Equal("Hà Nội", record.Place);
        Assert.Equal("2025-11-21", record.IssueDate);
    }
}
