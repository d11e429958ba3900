using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A digital PDF's pages are joined by a form feed, and PdfPig's pages end without a line break: the signer's name at the
/// foot of page 1 ran into page 2's page number ("Trần Mạnh Long\f1"). Excerpt of Công văn 295/VP-CTHĐND of the Văn phòng
/// Đoàn ĐBQH và HĐND tỉnh Thanh Hóa, 22/5/2026 (github.com/sonthkh-alt/hdndthkpi, danhmuc.pdf; corpus
/// mi-vp-doan-dbqh-hdnd-thanh-hoa-cv-2026-295-pdf), as `plans extract --text` prints it.
/// </summary>
public class PageBreakAfterSignerTests
{
    private const string Text =
        "VĂN PHÒNG ĐOÀN ĐBQH\nVÀ HĐND TỈNH THANH HÓA\nSố: 295 /VP-CTHĐND\nV/v gửi Danh mục sản phẩm/công\n" +
        "việc quy đổi theo Nghị định số\n335/2025/NĐ-CP.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "Thanh Hóa, ngày22 tháng 5 năm 2026\nKính gửi: Sở Nội vụ\n" +
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh trân trọng gửi Sở Nội vụ để\ntổng hợp./.\n" +
        "Nơi nhận:\n- Như trên;\n- Thường trực HĐND tỉnh (b/c);\n- Lưu: VT, CTHĐND.\nCHÁNH VĂN PHÒNG\nTrần Mạnh Long\f1\n" +
        "VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH THANH HÓA\nDANH MỤC SẢN PHẨM/CÔNG VIỆC QUY ĐỔI\n";

    [Fact]
    public void The_signer_is_read_when_the_next_page_begins_on_the_same_line()
    {
        var r = new PlanParser().Parse(Text);
        Assert.Equal("Trần Mạnh Long", r.Signer?.Name);
        Assert.Equal("CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }
}
