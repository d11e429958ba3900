using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A copy with no number, place-date or motto that lost its line breaks, whose type heading and title in capitals stood
/// on lines of their own under a page's words: the first type word in capitals, written with its marks, with a title in
/// capitals after it, up to a word in small letters or a part's mark, is the heading (HeaderParser.CapitalHeading). Each
/// text is a corpus document's opening with its lines joined.
/// </summary>
public sealed class OneLineCapitalHeadingTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    // "… CÔNG ĐOÀN THCS TRẦN CAO VÂN BÁO CÁO TỔNG KẾT … NĂM HỌC 2014-2015 - A. KẾT QUẢ THỰC HIỆN …": a part's mark ends it.
    [InlineData("hz-cd-thcs-tran-cao-van-bc-2014", "Báo cáo", "TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM HỌC 2013-2014 VÀ NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015")]
    // "Tập tin đính kèm ĐỀ CƯƠNG TUYÊN TRUYỀN … (23/11/1946 – 23/11/2024) Vinh dự, …".
    [InlineData("ja-hoi-ctd-ninh-binh-dc-2024-headerless", "Đề cương", "TUYÊN TRUYỀN KỶ NIỆM 78 NĂM NGÀY THÀNH LẬP HỘI CHỮ THẬP ĐỎ VIỆT NAM (23/11/1946 - 23/11/2024)")]
    // A portal's fields, then "Nội dung chi tiết KẾ HOẠCH TỔ CHỨC VUI TẾT TRUNG THU NĂM 2017 Thực hiện …".
    [InlineData("lo-mn-thach-hoi-kh-2017-trung-thu", "Kế hoạch", "TỔ CHỨC VUI TẾT TRUNG THU NĂM 2017")]
    public void A_type_heading_in_capitals_with_its_title_is_read(string slug, string type, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(type, r.DocType);
        Assert.Equal(title, r.Title);
    }

    [Fact]
    public void A_title_naming_only_its_author_is_no_capital_heading()
    {
        // Near miss: "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đổi mới …" under the page's headline: the headline reading stays.
        var r = Parser.Parse(Texts["nw-bo-chinh-tri-nq-2023-hoi-nong-dan"]);
        Assert.NotEqual("CỦA BỘ CHÍNH TRỊ", r.Title);
        Assert.StartsWith("của Bộ Chính trị về đổi mới", r.Title ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_type_word_without_its_marks_is_a_files_name()
    {
        // Near miss: "Bài giảng HUONG DAN 20-TCTW-ĐÁNH GIÁ CƠ SỞ ĐẢNG VÀ ĐV": a document-sharing page's file name.
        Assert.NotEqual("20-TCTW-ĐÁNH GIÁ CƠ SỞ ĐẢNG VÀ ĐV", Parser.Parse(Texts["iy-btc-tw-20-HD-BTCTW-2008-headerless-docsharing"]).Title);
    }

    // Slug, then its text's opening (some 1,000 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
hz-cd-thcs-tran-cao-van-bc-2014
"Công đoàn cơ sở Kế hoạch năm 2015-2016 NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015 CỦA CĐCS TRẦN CAO VÂN CÔNG ĐOÀN GIÁO DỤC HUẾ CÔNG ĐOÀN THCS TRẦN CAO VÂN BÁO CÁO TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM HỌC 2013-2014 VÀ NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015 - A. KẾT QUẢ THỰC HIỆN 4 CHƯƠNG TRÌNH CỦA CÔNG ĐOÀN Năm học 2013 -2014, được sự quan tâm lãnh đạo, chỉ đạo của chi bộ, Ban giám hiệu cùng lãnh đạo các cấp, CĐ trường THCS Trần Cao Vân đã hoàn thành tốt nhiệm vụ năm học, nâng cao hiệu quả thực hiện 4 chương trình trọng tâm của CĐ và đạt được những kết quả sau: 1. Chăm lo đời sống, đại diện bảo vệ quyền, lợi ích hợp pháp, chính đáng của đội ngũ cán bộ, nhà giáo và người lao động; tham gia quản lý, xây dựng mối quam hệ lao động ổn định Việc chăm lo đời sống vật chất, tinh thần cho CB, nhà giáo, người lao động được CĐ Trường THCS Trần Cao Vân xác định là nhiệm vụ trọng tâm và thường xuyên đổi mới để nâng cao đời sống văn hóa, tinh thần cho CB, GV, NV. 1.1 Công đoàn đã tổ chức các hoạt động"
ja-hoi-ctd-ninh-binh-dc-2024-headerless
"Tập tin đính kèm ĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 78 NĂM NGÀY THÀNH LẬP HỘI CHỮ THẬP ĐỎ VIỆT NAM (23/11/1946 – 23/11/2024) Vinh dự, tự hào là tổ chức xã hội nhân đạo của quần chúng do Chủ tịch Hồ Chí Minh sáng lập và làm Chủ tịch danh dự đầu tiên, 78 năm qua, Hội Chữ thập đỏ Việt Nam không ngừng phát triển lớn mạnh, tiếp tục khẳng định vai trò nòng cốt, đầu mối kết nối, điều phối trong công tác nhân đạo, tất cả vì người nghèo, người dễ bị tổn thương trong xã hội, đóng góp tích cực trong Phong trào Chữ thập đỏ - Trăng lưỡi liềm đỏ quốc tế. 1. Hội Chữ thập đỏ Việt Nam vinh dự, tự hào được Chủ tịch Hồ Chí Minh đặt nền móng, sáng lập Cách mạng tháng 8/1945 thành công, chính quyền cách mạng còn non trẻ và đứng trước tình thế hiểm nghèo. Đế quốc, thực dân lại rắp tâm gây chiến hòng bắt dân ta trở lại cuộc đời nô lệ. Chính trong những ngày sục sôi khí thế cách mạng ấy, một số nhân sĩ, trí thức yêu nước đứng ra vận động và xin phép thành lập Ban Hồng thập tự Việt Nam (tổ chức tiền thân của Hội"
lo-mn-thach-hoi-kh-2017-trung-thu
"Tên / Số / ký hiệu : Kế Hoạch tết trung thu số 06/ KHTT-MNTH Về việc / trích yếu Thực hiện kế hoạch số 417/KH-PGDĐT ngày 21 tháng 9 năm 2017 của Phongf giáo dục đào tạo Thạch Hà về việc tổ chức tết trung thu 2017; Trường mầm non Thạch Hội lập kế hoạch triển khai các hoạt động vui Tết trung thu cho các cháu trong toàn trường như sau Ngày ban hành 25/09/2017 Loại văn bản Văn bản cấp trường Người ký duyệt Trần Thị Hồng Xem : 169 Tải về Nội dung chi tiết KẾ HOẠCH TỔ CHỨC VUI TẾT TRUNG THU NĂM 2017 Thực hiện kế hoạch số 417/KH-PGDĐT ngày 21 tháng 9 năm 2017 của Phòng giáo dục đào tạo Thạch Hà về việc tổ chức tết trung thu 2017; Trường mầm non Thạch Hội lập kế hoạch triển khai các hoạt động vui Tết trung thu cho các cháu trong toàn trường như sau I. Mục đích yêu"
nw-bo-chinh-tri-nq-2023-hoi-nong-dan
"TOÀN VĂN: Nghị quyết của Bộ Chính trị về đổi mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam Dòng chảy thông tin - Ngày đăng : 18:12, 22/12/2023 NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đổi mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam đáp ứng yêu cầu nhiệm vụ cách mạng trong giai đoạn mới ----- | I- TÌNH HÌNH Những năm qua, thực hiện đường lối đổi mới của Đảng, hoạt động của Hội Nông dân Việt Nam và phong trào nông dân đã đạt được những kết quả quan trọng, góp phần nâng cao cuộc sống của nông dân, phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của đất"
iy-btc-tw-20-HD-BTCTW-2008-headerless-docsharing
"Tải bản đầy đủ (.doc) (6 trang) Bài giảng HUONG DAN 20-TCTW-ĐÁNH GIÁ CƠ SỞ ĐẢNG VÀ ĐV Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (137.03 KB, 6 trang ) Hướng dẫn số 20-HD/BTCTW, ngày 10/10/2008 của Ban Tổ chức Trung ương về đánh giá chất lượng tổ chức cơ sở đảng và đảng viên 16:21 | 27/10/2008 A - MỤC ĐÍCH, YÊU CẦU - Đánh giá đúng chất lượng tổ chức cơ sở đảng và đảng viên để cấp uỷ các cấp đề ra chủ trương, giải pháp xây dựng, củng cố, nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên theo tinh thần Nghị quyết Đại hội X của Đảng. - Đánh giá chất lượng tổ chức cơ sở đảng và đảng viên thực hiện mỗi năm một lần gắn với tổng kết công tác năm của địa phương, cơ quan, đơn vị. - Các cấp uỷ đảng cần quán triệt sâu sắc mục đích, yêu cầu, nội dung và phương pháp đánh giá chất lượng tổ chức cơ sở đảng và đảng viên cho đảng viên; tăng cường chỉ đạo, hướng dẫn, kiểm tra và thẩm định chặt chẽ việc"
""";
}
