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

    [Fact]
    public void A_departments_head_with_its_tone_lost_is_still_the_department()
    {
        // iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr: "SƠ" for "SỞ" over a line naming the listed Sở whole.
        var r = Parser.Parse("UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSƠ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 615/TB-STTTT Bến Tre, ngày 14 tháng 12 năm 2011\nTHÔNG BÁO\nVề việc giới thiệu chức danh và chữ ký\n"
            + "Căn cứ Quyết định số 2729/QĐ-UBND ngày 16 tháng 11 năm 2011 của Chủ tịch Ủy ban nhân dân tỉnh Bến Tre;\n");
        Assert.Equal("Sở Thông tin và Truyền thông tỉnh Bến Tre", r.Issuer.Name);
    }

    [Fact]
    public void A_word_with_its_tone_lost_over_no_listed_name_is_no_head()
    {
        var r = Parser.Parse("SƠ KẾT HỌC KỲ I\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Tre, ngày 14 tháng 12 năm 2011\n"
            + "BÁO CÁO\nSơ kết học kỳ I năm học 2011-2012\nCăn cứ Quyết định số 2729/QĐ-UBND ngày 16 tháng 11 năm 2011;\n");
        Assert.DoesNotContain("Sở", r.Issuer.Name ?? "");
    }
}
