using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A portal page with no printed header whose line breaks were all lost: its headline, a type name in sentence case
/// and the title, opens the text (after the page's banner) and ends where the body opens ("Căn cứ", "Kính gửi:", the
/// date a notice opens with). Each text is a corpus document's opening with its lines joined by single spaces.
/// </summary>
public sealed class OneLineHeadlineTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    [InlineData("co-xa-my-thanh-giong-trom-tb-2015-bau-cu", "Thông báo", "ngày bầu cử Trưởng ấp nhiệm kỳ VII (2015-2018)")]
    [InlineData("dc-pgd-mong-cai-hd-lich-su-2014", "Hướng dẫn", "dạy học môn Lịch Sử HK II năm học 2013-2014")]
    [InlineData("ib-vp-ubnd-lai-chau-1888-KH-VPUBND-2025-headerless", "Kế hoạch", "cải cách hành chính năm 2026")]
    public void The_headline_up_to_the_body_gives_type_and_title(string slug, string type, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(type, r.DocType);
        Assert.Equal(title, r.Title);
    }

    [Fact]
    public void The_sentence_in_which_the_body_makes_the_plan_comes_before_the_headline()
    {
        // "Kế hoạch tổ chức phát động xây dựng nông thôn mới … năm 2020" is the portal's own naming of the page; "… ủy ban nhân
        // dân xã xây dựng kế hoạch chương trình xây dựng nông thôn mới … với những nội dung" is the plan's.
        var r = Parser.Parse(Texts["ic-thuong-quang-kh-ntm-lam-vuon-2020-portal"]);
        Assert.Equal("chương trình xây dựng nông thôn mới và phát động phong trào làm vườn năm 2020", r.Title);
    }

    [Fact]
    public void A_type_name_after_the_body_has_opened_is_no_headline()
    {
        // Near miss: passage jq-040 of tests/corpus, a preamble on one line; "Điều lệ Đảng Cộng sản Việt Nam" is a citation.
        var r = Parser.Parse("Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Căn cứ Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư về tiếp tục "
            + "đẩy mạnh thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư (khóa X) về nâng cao chất lượng sinh hoạt chi bộ trong tình hình mới "
            + "và Hướng dẫn số 12-HD/BTCTW, ngày 06/7/2018 của Ban Tổ chức Trung ương hướng dẫn một số vấn đề về nâng cao chất lượng sinh "
            + "hoạt chi bộ; Căn cứ Chỉ thị số 13-CT/TU, ngày 05/7/2017 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ; "
            + "Căn cứ Quy chế làm việc số 10-QC/TU, ngày 28/3/2022 của Ban Chấp hành Đảng bộ tỉnh khoá XIX, nhiệm kỳ 2020 - 2025 (sửa đổi, "
            + "bổ sung); Ban Thường vụ Tỉnh ủy quy định đánh giá chất lượng sinh hoạt chi bộ, như sau:");
        Assert.Null(r.Title);
        Assert.Contains(r.Citations, c => c.Type == "Điều lệ" && c.Text == "Điều lệ Đảng Cộng sản Việt Nam");
    }

    // Slug, then its text's opening with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
co-xa-my-thanh-giong-trom-tb-2015-bau-cu
"Site banner Thông báo ngày bầu cử Trưởng ấp nhiệm kỳ VII (2015-2018) Căn cứ Công văn số 5382/UBND-TH, ngày 20 tháng 10 năm 2015 của Ủy ban Nhân dân tỉnh Bến Tre về việc chuẩn bị cho bầu cử Trưởng ấp, khu phố nhiệm kỳ VII (2015 – 2018); Căn cứ Kế hoạch liên tịch số 4103/KHLT-UBND-BTT.UBMTTQ ngày 02 tháng 11 năm 2015 giữa Ủy ban nhân dân huyện và Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện Giồng Trôm về tổ chức bầu cử Trưởng ấp, khu phố nhiệm kỳ VII (2015 – 2018); Căn cứ Quyết định số 179/QĐ-UBND ngày 04 tháng 11 năm 2015 của Chủ tịch Ủy ban nhân dân về việc công bố ngày bầu cử Trưởng ấp nhiệm kỳ VII (2015-2018); Ủy ban nhân dân xã Mỹ Thạnh thông báo chính thức ngày bầu cử Trưởng ấp nhiệm"
dc-pgd-mong-cai-hd-lich-su-2014
"Hướng dẫn dạy học môn Lịch Sử HK II năm học 2013-2014 Kính gửi: Các trường THCS, TH&THCS trên địa bàn Thành phố Thực hiện sự chỉ đạo của Sở GD&ĐT Quảng Ninh tại công văn số 3227/SGDĐT- GDTrH ngày 18/10/2012 về việc hướng dẫn dạy học môn Lịch sử cấp THCS và THPT từ năm học 2013-2014, Phòng GD&ĐT Thành phố hướng dẫn dạy môn Lịch sử từ kì II năm học 2013-2014, cụ thể như sau: I. YÊU CẦU CHUNG Thực hiện theo chỉ đạo tại công văn số 21/PGD&ĐT ngày 06/9/2011 về việc hướng dẫn thực hiện hệ thống hồ sơ, sổ sách và công tác tổ chuyên môn trong trường THCS từ năm học 2011-2012 của Phòng GD&ĐT Thành phố; Kết luận số 1001/PGD&ĐT ngày 06/9/2012 của Phòng GD&ĐT về việc kết luận, đánh giá tập huấn chuyên"
ib-vp-ubnd-lai-chau-1888-KH-VPUBND-2025-headerless
"Kế hoạch cải cách hành chính năm 2026 Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026. Thực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính tỉnh Lai Châu năm 2026; Văn phòng UBND tỉnh xây dựng kế hoạch cải cách hành chính năm 2026 như sau: I. MỤC ĐÍCH, YÊU CẦU - Tiếp tục triển khai hiệu quả Chương trình tổng thể cải cách hành chính (CCHC) nhà nước đảm bảo đúng lộ trình quy định tại Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC Nhà nước giai đoạn 2021-2030; Kế hoạch số 2943/KH-UBND ngày 20/9/2021 của UBND tỉnh ban hành kế hoạch cải cách"
ic-thuong-quang-kh-ntm-lam-vuon-2020-portal
"Tìm kiếm tin tức Chung nhan Tin Nhiem Mang Liên kết website Kế hoạch tổ chức phát động xây dựng nông thôn mới và phong trào làm vườn năm 2020 Ngày cập nhật 04/03/2020 Kế hoạch tổ chức phát động xây dựng nông thôn mới và phong trào làm vườn năm 2020 Thực hiện Nghị quyết 01 của HĐND đề ra năm 2020, đồng thời hưởng ứng phát động phong trào thi đua yêu nước của Chủ tịch UBND Huyện và của Thường vụ Đảng ủy xã, ủy ban nhân dân xã xây dựng kế hoạch chương trình xây dựng nông thôn mới và phát động phong trào làm vườn năm 2020 với những nội dung như sau: I. MỤC ĐÍCH, YÊU CẦU: 1. Tạo ra không khí thi đua sôi nổi, rộng khắp trong toàn thể cán bộ đảng viên, nhân dân và người lao động trong xã ngay từ những tháng đầu của năm 2020, phấn đấu hoàn thành nghị quyết 01 của HĐND xã đề ra năm 2020, Kế hoạch phát triển kinh tế xã hội hàng năm và 5 năm (2016 - 2020) 2. Duy trì và nâng cao các tiêu chí trong"
""";
}
