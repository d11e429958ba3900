using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A department's name whose "và" is written as a dash or an ampersand, spaced or glued to the word before it ("Phòng
/// Giáo dục- Đào tạo", "PHÒNG GIÁO DỤC&amp; ĐÀO TẠO"): the known tail after it belongs to the name, which a record
/// writes in its full spelling. Rows cut verbatim from the corpus documents named in each test.
/// </summary>
public sealed class JoinedSectorNameTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_district_office_whose_name_joins_its_sectors_with_a_glued_dash_speaks_in_a_headerless_notice()
    {
        // pd-pgddt-tp-hue-tb-tong-ve-sinh-2018: a portal's print page; the office names its district only in "trên địa
        // bàn thành phố Huế", and in 2018 Huế was a city of Thừa Thiên Huế, a district's rank.
        const string text = """
            In trang

            Thông báo về việc tổ chức tổng vệ sinh trên địa bàn thành phố Huế.
            Cập nhật lúc : 08:51 17/04/2018

            Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số 1231/KH-UBND ngày 13 tháng 4 năm 2018 của UBND thành phố về tổ chức tổng vệ sinh trên địa bàn thành phố Huế, Phòng Giáo dục- Đào tạo yêu cầu các trường học trực thuộc thực hiện các nội dung sau:

            1. Vận động, tuyên truyền cán bộ giáo viên, nhân viên và học sinh của đơn vị hiểu rõ và nâng cao ý thức bảo vệ môi trường.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Phòng Giáo dục và Đào tạo thành phố Huế", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
    }

    [Fact]
    public void A_header_office_written_with_a_glued_ampersand_is_named_in_full()
    {
        // in-pgd-tho-xuan-cv-24-2012-violet: the header's lower line, "GIÁO DỤC& ĐÀO TẠO".
        const string text = """
            UBND HUYỆN THỌ XUÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            PHÒNG GIÁO DỤC& ĐÀO TẠO Độc lập - Tự do - Hạnh phúc


            Số : 24 / PGD&ĐT- GDMN Thọ Xuân, ngày 06 tháng 03 năm 2012


            Kính gửi: Hiệu trưởng các trưòng Mầm non.

            Thực hiện công văn hướng dẫn số 237/SGD&ĐT-GDMN ngày 01 tháng 3 năm 2012 của Sở Giáo dục và Đào tạo Thanh Hoá V/v tổ chức hội thi :"Bé khoẻ - Bé ngoan" Bậc học Mầm non năm học 2011-2012.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Phòng Giáo dục và Đào tạo huyện Thọ Xuân", record.Issuer.Name);
    }
}
