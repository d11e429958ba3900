using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The trích yếu of a document whose line breaks were all lost (a portal copy, a scraped dataset: the whole text one
/// paragraph), found by what stands around it: the type heading in capitals under the header, the enacting authority
/// and the preamble after it, the rule drawn under it, the body's first part, and for a letter the "V/v" subject up to
/// the place-date or "Kính gửi". Each text is a corpus document's opening with its lines joined by spaces.
/// </summary>
public sealed class OneLineTitleTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    // The enacting body alone between an upper-case title and "Căn cứ".
    [InlineData("dc-quan-8-qd-27-2006", "VỀ VIỆC PHÊ DUYỆT ĐIỀU LỆ HỘI CỰU GIÁO CHỨC QUẬN 8")]
    // The position and body after a title in sentence case.
    [InlineData("ip-bo-y-te-4440-QD-BYT-2020-pdf", "Về việc ban hành “Bảng phân loại quốc tế phẫu thuật, thủ thuật ICD-9 CM” áp dụng tại các cơ sở khám bệnh, chữa bệnh")]
    // A council with its term and sitting, after a title that names a sitting too.
    [InlineData("dc-hdnd-huyen-nha-be-nq-49-2021", "VỀ BAN HÀNH NỘI QUY KỲ HỌP HĐND HUYỆN NHÀ BÈ KHÓA XI, NHIỆM KỲ 2021 - 2026")]
    // A head's position over a body named without a level (a school, a department), after a title in either case.
    [InlineData("ja-truong-cd-cong-nghe-thu-duc-qd-34-2018", "Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ Thủ Đức")]
    [InlineData("jb-cuc-qld-qd-2023-397-tvpl-bulletin", "VỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TRONG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TIÊU CHUẨN ISO 9001:2015 ÁP DỤNG VÀO HOẠT ĐỘNG QUẢN LÝ NHÀ NƯỚC TẠI CỤC QUẢN LÝ DƯỢC")]
    public void The_enacting_line_before_the_preamble_is_no_part_of_the_title(string slug, string title)
    {
        Assert.Equal(title, Parser.Parse(Texts[slug]).Title);
    }

    [Theory]
    // The heading after the number, which follows the place-date.
    [InlineData("jr-hoi-lhtn-huyen-tho-xuan-kh-2015-151", "Tổ chức các hoạt động kỷ niệm 59 năm Ngày truyền thống Hội LHTN Việt Nam (15/10/1956 - 15/10/2015) và tổ chức chào mừng Đại hội Đảng các cấp")]
    // The body's first part in capitals.
    [InlineData("cp-ubnd-bac-kan-kh-2023-711", "PHÂN VÙNG DỊCH TỄ BỆNH KÝ SINH TRÙNG THƯỜNG GẶP TẠI TỈNH BẮC KẠN GIAI ĐOẠN 2023-2025")]
    // The rule under the title.
    [InlineData("iy-bch-tw-09-QC-TW-2026-ts24", "Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam")]
    public void The_title_under_the_heading_ends_where_the_body_begins(string slug, string title)
    {
        Assert.Equal(title, Parser.Parse(Texts[slug]).Title);
    }

    [Theory]
    // "V/v" dropped, up to the place-date.
    [InlineData("ib-bo-y-te-384-BYT-KCB-2014", "cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB")]
    // "VỀ VIỆC" kept, up to the enacting body before "Căn cứ".
    [InlineData("hz-ubnd-hoa-binh-qd-2017-816", "VỀ VIỆC BAN HÀNH BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI TỈNH HÒA BÌNH GIAI ĐOẠN 2016-2020")]
    public void A_subject_line_runs_to_the_next_part_of_the_header(string slug, string title)
    {
        Assert.Equal(title, Parser.Parse(Texts[slug]).Title);
    }

    [Fact]
    public void A_citation_in_the_body_is_no_subject()
    {
        // Near miss: "về việc" in small letters after a cited number is the cited document's subject.
        var text = "ỦY BAN NHÂN DÂN XÃ AN BÌNH Số: 12/UBND Thực hiện Quyết định số 15/QĐ-UBND về việc tổ chức ngày hội " + string.Concat(Enumerable.Repeat("đề nghị các thôn triển khai thực hiện kịp thời. ", 10));
        Assert.Null(Parser.Parse(text).Title);
    }

    [Fact]
    public void A_subject_cited_past_the_address_and_the_preamble_is_not_the_letters()
    {
        // Shaped on in-pgd-tho-xuan-cv-24-2012-violet with its lines joined: the letter has no subject line; the "V/v"
        // after "Thực hiện công văn … của Sở Giáo dục và Đào tạo Thanh Hoá" is the cited letter's.
        var r = Parser.Parse("UBND HUYỆN THỌ XUÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GIÁO DỤC& ĐÀO TẠO Độc lập - Tự do - Hạnh phúc "
            + "Số : 24 / PGD&ĐT- GDMN Thọ Xuân, ngày 06 tháng 03 năm 2012 Kính gửi: Hiệu trưởng các trưòng Mầm non. Thực hiện công văn "
            + "hướng dẫn số 237/SGD&ĐT-GDMN ngày 01 tháng 3 năm 2012 của Sở Giáo dục và Đào tạo Thanh Hoá V/v tổ chức hội thi \"Bé khoẻ - "
            + "Bé ngoan\" Bậc học Mầm non năm học 2011-2012. Thực hiện kế hoạch công tác năm học, Phòng GD&ĐT thông báo kế hoạch "
            + "tổ chức Hội thi \"Bé khoẻ - Bé ngoan\" cấp huyện như sau: * Thành phần : 8 đội dự thi ( 6 đội giải nhất cụm + Thị trấn Thọ "
            + "Xuân, Xuân Trường) và hiệu trưởng các trường Mầm non trong huyện. * Địa điểm : Hội trường UBND Thị trấn Thọ Xuân.");
        Assert.Null(r.Title);
    }

    // Slug, then its text's opening (up to some 700 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
dc-quan-8-qd-27-2006
"ỦY BAN NHÂN DÂN QUẬN 8 ***** CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ******* Số: 27/2006/QĐ-UBND Quận 8, ngày 08 tháng 08 năm 2006 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT ĐIỀU LỆ HỘI CỰU GIÁO CHỨC QUẬN 8 ỦY BAN NHÂN DÂN QUẬN 8 Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Căn cứ Nghị định số 88/2003/NĐ-CP ngày 30 tháng 7 năm 2003 của Chính phủ quy định về tổ chức, hoạt động và quản lý Hội; Thông tư số 01/2004/TT-BNV ngày 15 tháng 01 năm 2005 của Bộ Nội vụ hướng dẫn về tổ chức, hoạt động và quản lý Hội; Căn cứ biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng 6 năm 2006; Xét đề nghị của Trưởng Phòng Giáo dục quận 8 (Công văn số"
ip-bo-y-te-4440-QD-BYT-2020-pdf
"BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số:4440/QĐ-BYT Hà Nội, ngày27 tháng 10 năm 2020 QUYẾT ĐỊNH Về việc ban hành “Bảng phân loại quốc tế phẫu thuật, thủ thuật ICD-9 CM” áp dụng tại các cơ sở khám bệnh, chữa bệnh BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức Bộ Y tế; Theo đề nghị của Cục trưởng Cục Quản lý Khám chữa bệnh, Bộ Y tế, QUYẾT ĐỊNH Điều 1. Ban hành kèm theo Quyết định này: “Bảng Phân loại quốc tế Phẫu thuật, thủ thuật ICD-9 CM” áp dụng tại các cơ sở khám, chữa bệnh trên toàn quốc. Nội dung bảng phân loại được cập nhật và tra cứu trực tiếp từ"
dc-hdnd-huyen-nha-be-nq-49-2021
"HỘI ĐỒNG NHÂN DÂN HUYỆN NHÀ BÈ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 49/NQ-HĐND Nhà Bè, ngày 05 tháng 11 năm 2021 NGHỊ QUYẾT VỀ BAN HÀNH NỘI QUY KỲ HỌP HĐND HUYỆN NHÀ BÈ KHÓA XI, NHIỆM KỲ 2021 - 2026 HỘI ĐỒNG NHÂN DÂN HUYỆN NHÀ BÈ KHÓA XI, KỲ HỌP THỨ 2 Căn cứ Luật Tchức chính quyền địa phương năm 2015; Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức Chính quyền địa phương năm 2019; Xét Tờ trình số 15/TTr-TTHĐ ngày 29 tháng 10 năm 2021 của Thường trực Hội đồng nhân dân Huyện về ban hành Nội quy kỳ họp của Hội đồng nhân dân huyện Nhà Bè khóa XI, nhiệm kỳ 2021 - 2026. QUYẾT NGHỊ: Điều 1. Ban hành kèm theo"
jr-hoi-lhtn-huyen-tho-xuan-kh-2015-151
"HỘI LHTN VIỆT NAM UB HUYỆN THỌ XUÂN *** Thọ Xuân, ngày 09 tháng 10 năm 2015 Số: 151-KH/UBH KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 59 năm Ngày truyền thống Hội LHTN Việt Nam (15/10/1956 - 15/10/2015) và tổ chức chào mừng Đại hội Đảng các cấp. Thực hiện Chương trình công tác Hội và phong trào thanh niên huyện Thọ Xuân năm 2015; Căn cứ Công văn số 22-CV/UBH ngày 05/10/2015 của Ban thư ký UB Hội LHTN tỉnh Thanh Hoá. Uỷ ban Hội LHTN huyện Thọ Xuân xây dựng kế hoạch tổ chức các hoạt động kỷ niệm 59 năm ngày truyền thống Hội LHTN Việt Nam với các nội dung cụ thể như sau: I. MỤC ĐÍCH, YÊU CẦU: - Đẩy mạnh các hoạt động tuyên truyền về truyền thống vẻ vang 59 năm xây dựng, trưởng thành của Hội LHTN"
cp-ubnd-bac-kan-kh-2023-711
"ỦY BAN NHÂN DÂN TỈNH BẮC KẠN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 711/KH-UBND | Bắc Kạn, ngày 23 tháng 10 năm 2023 | KẾ HOẠCH PHÂN VÙNG DỊCH TỄ BỆNH KÝ SINH TRÙNG THƯỜNG GẶP TẠI TỈNH BẮC KẠN GIAI ĐOẠN 2023-2025 I. CĂN CỨ XÂY DỰNG KẾ HOẠCH 1. Các văn bản chỉ đạo - Luật Phòng chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007; - Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ 6, Ban Chấp hành Trung ương khoá XII về tăng cường công tác bảo vệ, chăm sóc, nâng cao sức khoẻ nhân dân trong tình hình mới; - Quyết định số 122/QĐ-TTg ngày 10/01/2013 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia bảo vệ, chăm sóc và nâng cao"
iy-bch-tw-09-QC-TW-2026-ts24
"Open navigation Công văn 09-QC/TW ngày 05/01/2026 Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam BAN CHẤP HÀNH TRUNG ƯƠNG * ĐẢNG CỘNG SẢN VIỆT NAM ____________________________________ Số 09-QC/TW Hà Nội, ngày 05 tháng 01 năm 2026 QUY CHẾ Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam ____________________________________ - Căn cứ Điều lệ Đảng; - Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khoá XIII; - Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 năm 2023; Luật Sở hữu trí tuệ số 07/2022/QH15 năm 2022; - Căn cứ Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ quy định về việc cung"
ib-bo-y-te-384-BYT-KCB-2014
"Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề và giấy phép hoạt động khám, chữa bệnh theo quy định của Luật khám bệnh, chữa bệnh do Bộ Y tế ban hành. BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ban ngành liên quan tạo mọi điều kiện thuận lợi về nhân lực, cơ sở vật chất để cấp chứng chỉ hành nghề (CCHN), giấy"
hz-ubnd-hoa-binh-qd-2017-816
"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 816/QĐ-UBND | Hòa Bình, ngày 19 tháng 05 năm 2017 | VỀ VIỆC BAN HÀNH BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI TỈNH HÒA BÌNH GIAI ĐOẠN 2016-2020 ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam; Căn cứ Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu Quốc gia về xây dựng nông thôn mới giai đoạn 2016-2020; Căn cứ Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ về việc ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020; Xét đề nghị của Giám đốc Sở"
ja-truong-cd-cong-nghe-thu-duc-qd-34-2018
"Quyết định ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ Thủ Đức 15 06 '18 UBND THÀNH PHỐ HỒ CHÍ MINH TRƯỜNG CAO ĐẲNG CÔNG NGHỆ THỦ ĐỨC Số: 34/QĐ-CNTĐ-ĐT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc TP. Hồ Chí Minh, ngày 09 tháng 02 năm 2018 QUYẾT ĐỊNH Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ Thủ Đức HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CÔNG NGHỆ THỦ ĐỨC Căn cứ Quyết định số 6426/QĐ-BGD&ĐT ngày 24/09/2008 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc thành lập Trường Cao đẳng Công"
jb-cuc-qld-qd-2023-397-tvpl-bulletin
"BỘ Y TẾ CỤC QUẢN LÝ DƯỢC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 397/QĐ-QLD | Hà Nội, ngày 02 tháng 06 năm 2023 | QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TRONG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TIÊU CHUẨN ISO 9001:2015 ÁP DỤNG VÀO HOẠT ĐỘNG QUẢN LÝ NHÀ NƯỚC TẠI CỤC QUẢN LÝ DƯỢC CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15/11/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ"
""";
}
