using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A public university under its ministry's line ("BỘ CÔNG THƯƠNG / TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH",
/// iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr) is central: the city in its name is where it sits, not whom it answers
/// to (corpus README, the `iw-` rule). The scan read the ministry's head "BÔ" with its dot below lost: a one-word head
/// with its tone lost is still that head where the line names a listed central body whole.
/// </summary>
public sealed class MinistrySchoolLevelTests
{
    private static readonly PlanParser Parser = new();

    private const string Rest = "\nTRƯỜNG ĐẠI HỌC CÔNG THƯƠNG\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        + "Số: 12/KH-DCT\nThành phố Hồ Chí Minh, ngày 12 tháng 6 năm 2026\nKẾ HOẠCH\nKhảo sát, xác định chỉ số hài lòng của người dân\n"
        + "Căn cứ Quyết định số 2034/QĐ-BGDĐT ngày 13 tháng 7 năm 2023 của Bộ Giáo dục và Đào tạo;\n";

    [Theory]
    [InlineData("BỘ CÔNG THƯƠNG")]
    [InlineData("BÔ CÔNG THƯƠNG")]
    public void A_ministrys_university_is_central(string ministry)
    {
        var r = Parser.Parse(ministry + Rest);
        Assert.Equal("central", r.Issuer.Level);
        Assert.Null(r.Issuer.Province);
    }

    [Fact]
    public void A_provinces_university_stays_the_provinces()
    {
        var r = Parser.Parse("UBND TỈNH QUẢNG NAM\nTRƯỜNG ĐẠI HỌC QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 12/KH-ĐHQN\nQuảng Nam, ngày 12 tháng 6 năm 2026\nKẾ HOẠCH\nKhảo sát chỉ số hài lòng của người học\n"
            + "Căn cứ Quyết định số 2034/QĐ-BGDĐT ngày 13 tháng 7 năm 2023 của Bộ Giáo dục và Đào tạo;\n");
        Assert.Equal("province", r.Issuer.Level);
        Assert.Equal("Quảng Nam", r.Issuer.Province);
    }
}
