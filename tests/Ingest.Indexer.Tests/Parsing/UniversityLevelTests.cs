using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A public university answers to a ministry or a national university, not to the city it sits in: central, province
/// null, whether or not its header writes the body above it (corpus README, the `iw-`, `jh-` and `jj-` rules). Its
/// Phòng or Khoa is named with it and sits where it does. A province's body over the school still makes it the
/// province's (<see cref="MinistrySchoolLevelTests"/>).
/// </summary>
public sealed class UniversityLevelTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_university_under_its_national_university_is_central()
    {
        // jj-dh-cntt-tb-2013-01-ocr, the school's name read clean.
        var r = Parser.Parse("ĐẠI HỌC QUỐC GIA TP.HCM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC Độc lập - Tự do - Hạnh phúc\n"
            + "CÔNG NGHỆ THÔNG TIN\nSố: 01/TB-BGH Tp. Hồ Chí Minh, ngày 22 tháng 01 năm 2013\nTHÔNG BÁO\n"
            + "V/v Tăng cường giám sát trong phòng thi\nHiện nay Phòng Công tác Sinh viên đã nhận được 3 bản tường trình của sinh viên.\n");
        Assert.Equal("central", r.Issuer.Level);
        Assert.Null(r.Issuer.Province);
    }

    [Fact]
    public void A_universitys_department_is_named_with_it_and_central()
    {
        // jj-dh-cntt-phong-dtdh-tb-2014-03-word: "ĐH" spelled out, the Phòng under its school.
        var r = Parser.Parse("|TRƯỜNG ĐH CÔNG NGHỆ THÔNG TIN        |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM       |\n"
            + "|PHÒNG ĐÀO TẠO ĐẠI HỌC                |Độc lập – Tự do – Hạnh phúc              |\n"
            + "|                                     |Tp.HCM, ngày 10 tháng 3 năm 2014         |\n"
            + "|Số: 03/TB-ĐTĐH                       |                                         |\n\n"
            + "                                  THÔNG BÁO\n                      V/v xét tốt nghiệp đợt 1 năm 2014\n\n"
            + "    Căn cứ vào kế hoạch đào tạo đại học hệ chính quy năm học 2013  –  2014,\n");
        Assert.Equal("Phòng Đào tạo Đại học Trường Đại học Công nghệ Thông tin", r.Issuer.Name, ignoreCase: true);
        Assert.Equal("central", r.Issuer.Level);
        Assert.Null(r.Issuer.Province);
    }
}
