using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A cited document's issuer written as its head's position and the body ("của Giám đốc Công an tỉnh", "của Thống đốc
/// Ngân hàng Nhà nước", "của Chánh án Tòa án nhân dân tối cao"): the position's second syllable is in lower case, as
/// "Chủ tịch" and "Bộ trưởng" are, and the name runs on to the body's. Excerpts verbatim from the corpus passages and
/// documents named.
/// </summary>
public sealed class CitedIssuerHeadPositionTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Thượng tá Lương Thế Anh, Trưởng Công an xã cho biết: \"Thực hiện Kế hoạch số 573/KH-CAT-PV01 ngày 9/12/2025 của Giám đốc Công an tỉnh về “Cao điểm tấn công trấn áp tội phạm", "573/KH-CAT-PV01", "Giám đốc Công an tỉnh")] // je-001
    [InlineData("Ngân hàng Nhà nước (NHNN) đã ban hành Thông tư số 19/2010/TT-NHNN sửa đổi, bổ sung một số Điều của Thông tư 13/2010/TT-NHNN ngày 20/5/2010 của Thống đốc Ngân hàng Nhà nước quy định về các tỷ lệ bảo đảm an toàn", "13/2010/TT-NHNN", "Thống đốc Ngân hàng Nhà nước")] // kr-008
    [InlineData("Điều 2. Quyết định này thay thế Quyết định số 39/2007/QĐ-TA-TĐKT ngày 22/6/2007 của Chánh án Tòa án nhân dân tối cao về việc ban hành Bảng chấm điểm thi đua.", "39/2007/QĐ-TA-TĐKT", "Chánh án Tòa án nhân dân tối cao")] // jz-008
    [InlineData("Căn cứ Quyết định số 5337/QĐ-BVT ngày 25/8/2021 của Giám đốc Bệnh viện về", "5337/QĐ-BVT", "Giám đốc Bệnh viện")] // kd-bvdk-bac-ninh-cv-2021-6191-ocr
    // pd-bv-mat-hcm-tb-2017-672: a hospital named after "của", its subject opened by "về".
    [InlineData("Căn cứ Kế hoạch số 653/KH-BVM-KHTH ngày 20/11/2017 của Bệnh viện Mắt về việc triển khai mở rộng Khoa Khám mắt Bệnh viện Mắt;", "653/KH-BVM-KHTH", "Bệnh viện Mắt")]
    // The procuracy's head is of three syllables, and the tier after "nhân dân" belongs to its name.
    [InlineData("Căn cứ Chỉ thị số 01/CT-VKSTC\nngày 02/12/2022 của Viện trưởng Viện kiểm sát nhân dân tối cao (VKSND tối cao)\nvề công tác của ngành Kiểm sát nhân dân (KSND) năm 2023.", "01/CT-VKSTC", "Viện trưởng Viện kiểm sát nhân dân tối cao")] // ky-025
    [InlineData("Thực hiện Quyết định số 31/QĐ-VKS-TXQT ngày 03/02/2023 của Viện trưởng Viện kiểm sát nhân dân thị xã Quảng Trị về việc trực tiếp kiểm sát việc tạm giữ, tạm giam", "31/QĐ-VKS-TXQT", "Viện trưởng Viện kiểm sát nhân dân thị xã Quảng Trị")] // ml-007
    public void A_cited_documents_issuer_named_by_its_heads_position_is_read_whole(string text, string number, string issuer)
    {
        var cited = Assert.Single(Parser.Parse(text).Citations, c => c.Number == number);
        Assert.Equal(issuer, cited.Issuer);
    }
}
