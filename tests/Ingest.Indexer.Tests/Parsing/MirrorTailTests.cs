using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A legal mirror's page after the document (thuvienphapluat.vn: "## Văn bản liên quan", "**FILE ĐƯỢC ĐÍNH KÈM THEO
/// VĂN BẢN**", then a customer notice citing "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân", it- batch) is not the
/// document: nothing there is cited. A line that only mentions related documents inside the text stays the text's.
/// </summary>
public sealed class MirrorTailTests
{
    private static readonly PlanParser Parser = new();

    private const string Decision =
        "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nSố: 52/2025/QĐ-CTUBND\nCao Bằng, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
        + "Phân cấp cho Sở Giáo dục và Đào tạo thực hiện nhiệm vụ\n"
        + "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        + "Căn cứ Nghị định số 142/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;\n"
        + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, VX(M).\nCHỦ TỊCH\nLê Hải Hoà\n";

    private const string Notice =
        "**THÔNG BÁO **\n**về Lưu trữ, Sử dụng Thông tin Khách hàng**\n**Kính gửi:** Quý Thành viên,\n"
        + "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023) yêu cầu xác nhận sự đồng ý của thành viên\n"
        + "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế và Thỏa thuận Bảo về Dữ liệu cá nhân bên dưới.\n";

    [Theory]
    [InlineData("## Văn bản liên quan\nBan hành:\n28/11/2025\nNỘI DUNG SỬA ĐỔI, HƯỚNG DẪN\nVăn bản bị thay thế\n")]
    [InlineData("|\n** **\n**FILE ĐƯỢC ĐÍNH KÈM THEO\nVĂN BẢN**\n|\n")]
    [InlineData("**FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN**\n**FILE ATTACHED TO DOCUMENT**\n")]
    public void The_mirrors_page_after_the_document_cites_nothing(string heading)
    {
        var r = Parser.Parse(Decision + heading + Notice);
        Assert.Equal(["72/2025/QH15", "142/2025/NĐ-CP"], r.Citations.Select(c => c.Number));
    }

    [Theory]
    [InlineData("Văn bản liên quan\n")]
    [InlineData("Văn bản liên quan:\n")]
    public void A_list_heading_alone_inside_a_document_is_no_mirror_page(string heading)
    {
        var r = Parser.Parse(Decision.Replace("Nơi nhận:", heading + "- Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ.\nNơi nhận:"));
        Assert.Contains("13/2023/NĐ-CP", r.Citations.Select(c => c.Number));
    }

    [Fact]
    public void Related_documents_named_inside_a_sentence_stay_cited()
    {
        var r = Parser.Parse(Decision.Replace("Nơi nhận:", "Các văn bản liên quan: Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ.\nNơi nhận:"));
        Assert.Contains("13/2023/NĐ-CP", r.Citations.Select(c => c.Number));
    }
}
