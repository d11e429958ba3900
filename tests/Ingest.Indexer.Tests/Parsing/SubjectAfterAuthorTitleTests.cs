using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A heading whose lines under the type word name the author ("CỦA …") and then give the subject in brackets
/// ("(Về việc …)"): the subject is the title, the author's words are not (corpus README, li-truong-chau-can and the
/// thirtieth session's reading of the Bình Thuận resolution). Verbatim excerpts of the corpus documents named.
/// </summary>
public sealed class SubjectAfterAuthorTitleTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_notices_author_line_gives_way_to_the_bracketed_subject()
    {
        // li-truong-chau-can-tb-2020-nghi-hoc-headerless
        var r = Parser.Parse("Kính gửi: Đài truyền thanh xã Châu Can\nTHÔNG BÁO\nCỦA CÁC TRƯỜNG MẦM NON, TIỂU HỌC, THCS CHÂU CAN\n"
            + "(Về việc tiếp tục cho học sinh nghỉ học từ ngày 9/3/2020 đến hết ngày15/3/2020)\n"
            + "Tính đến ngày 6/3/2020 dịch bệnh viêm đường hô hấp cấp do COVID -19 tiếp tục gây ra diễn biến rất phức tạp ở khu vực và trên thế giới.\n");

        Assert.Equal("Về việc tiếp tục cho học sinh nghỉ học từ ngày 9/3/2020 đến hết ngày15/3/2020", r.Title);
    }

    [Fact]
    public void A_resolutions_author_over_two_lines_gives_way_to_the_bracketed_subject()
    {
        // jc-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr (OCR'd marks as read)
        var r = Parser.Parse("HỘI KHUYÊN HỌC TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI ĐÒNG QL QUỸ KHUYÉN HỌC Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 01NQ-HĐQLQ Bình Thuận, ngày 16 tháng 02 năm 2025\n\nNGHỊ QUYẾT CỦA HỘI ĐÔNG QUẢN LÝ QUỸ\nKHUYÊN HỌC TỈNH BÌNH THUẬN\n"
            + "(Về việc đề nghị xem xét sữa đỗi, bố sung Điều lệ Qũy khuyến học)\n\n"
            + "- Căn cứ Nghị định số 93/2019/ND-CP ngày 25/11/2019 của Chính phú về tô\n");

        Assert.Equal("Về việc đề nghị xem xét sữa đỗi, bố sung Điều lệ Qũy khuyến học", r.Title);
    }

    [Fact]
    public void An_author_line_alone_stays_the_title()
    {
        // mf-uy-ban-mttq-xa-ha-dong: "THÔNG BÁO" / "CỦA ỦY BAN MTTQ XÃ HÀ ĐÔNG", no subject line under it.
        var r = Parser.Parse("THÔNG BÁO\n\nCỦA ỦY BAN MTTQ XÃ HÀ ĐÔNG\n\n \n\n       Kính thưa toàn thể cán bộ, đảng viên và nhân dân trên địa bàn xã \n\n"
            + "      Thực hiện nghị quyết của Đảng ủy về xây dựng khu dân cư Sáng- Xanh – Sạch – Đẹp – An toàn trên địa bàn xã\n");

        Assert.Equal("CỦA ỦY BAN MTTQ XÃ HÀ ĐÔNG", r.Title);
    }
}
