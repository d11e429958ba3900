using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The header of a document whose line breaks were all lost (a portal copy, a scraped dataset: the whole text one
/// paragraph): the issuer block, the number and the type heading found by what they are, with no line to end them.
/// Each text is a corpus document's opening with its lines joined by spaces.
/// </summary>
public sealed class OneLineHeaderTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    [InlineData("jb-cuc-qld-qd-2023-397-tvpl-bulletin", "Cục Quản lý Dược")]
    [InlineData("hz-cuc-vtltnn-cv-2007-187", "Cục Văn thư và Lưu trữ nhà nước")]
    public void A_ministry_named_whole_then_a_department_issues_as_the_department(string slug, string issuer)
    {
        Assert.Equal(issuer, Parser.Parse(Texts[slug]).Issuer.Name, ignoreCase: true);
    }

    [Theory]
    // The place-date's year run into the label, as the Party's number stands under the star beside it.
    [InlineData("kj-ban-to-chuc-tw-hd-2025-38-pdf", "38-HD/BTCTW")]
    // After the star, the place-date run on after the number.
    [InlineData("ik-hnd-dong-thap-09-HD-HNDT-2015-123docz", "09-HD/HNDT")]
    public void A_party_number_with_no_line_of_its_own_is_read_between_the_header_parts(string slug, string number)
    {
        Assert.Equal(number, Parser.Parse(Texts[slug]).Number);
    }

    [Fact]
    public void A_party_number_label_in_a_sentence_is_no_header_number()
    {
        // Near miss: "Số 12-CV/HU" in a run-on sentence after a year, followed by words in small letters.
        var text = "Trong năm 2024 Số 12-CV/HU được gửi tới các chi bộ để thực hiện. " + string.Concat(Enumerable.Repeat("Các chi bộ triển khai thực hiện kịp thời. ", 12));
        Assert.Null(Parser.Parse(text).Number);
    }

    [Theory]
    // A portal's title and date before the block, its words run into it.
    [InlineData("hy-ubnd-xa-gia-pho-cv-2018-111", "Ủy ban nhân dân xã Gia Phố")]
    [InlineData("ia-hong-ngu-1050-UBND-VX-2017", "Ủy ban nhân dân thị xã Hồng Ngự")]
    public void The_capitals_before_the_number_are_the_block_though_no_line_opens_them(string slug, string issuer)
    {
        Assert.Equal(issuer, Parser.Parse(Texts[slug]).Issuer.Name, ignoreCase: true);
    }

    [Theory]
    [InlineData("hy-ubnd-phu-yen-qd-2016-361", "V/V CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA BAN DÂN TỘC TỈNH PHÚ YÊN")]
    [InlineData("hz-ubnd-bac-giang-qd-2014-2134", "V/V PHÊ DUYỆT “QUY HOẠCH PHÁT TRIỂN KHO VẬT LIỆU NỔ CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH BẮC GIANG ĐẾN NĂM 2020, TẦM NHÌN 2030”")]
    public void A_subject_under_the_type_heading_after_the_place_date_is_the_headings_title(string slug, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(("Quyết định", title), (r.DocType, r.Title));
    }

    [Theory]
    [InlineData("iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr")]
    [InlineData("hy-ttyt-me-linh-cv-2018-hien-mau-ocr")]
    public void Kinh_gui_after_the_place_date_makes_a_letter_though_no_line_opens_it(string slug)
    {
        Assert.Equal("Công văn", Parser.Parse(Texts[slug]).DocType);
    }

    [Theory]
    // After the issuer's capitals, before the motto.
    [InlineData("sg-quoc-hoi-luat-2024-43", "43/2024/QH15", "Luật")]
    // After the motto, before the place-date.
    [InlineData("sg-ubtvqh-nq-2024-45", "45/2024/UBTVQH15", "Nghị quyết")]
    public void A_laws_own_label_run_on_from_the_header_gives_its_number_and_type(string slug, string number, string type)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal((number, type), (r.Number, r.DocType));
    }

    [Fact]
    public void A_law_cited_in_a_run_on_sentence_is_no_own_number()
    {
        // Near miss: "Luật số:" after words in small letters, the sentence running on after the number.
        var text = "Thực hiện Luật số: 45/2013/QH13 về đất đai, các xã rà soát quỹ đất. " + string.Concat(Enumerable.Repeat("Các thôn triển khai thực hiện kịp thời. ", 12));
        Assert.Null(Parser.Parse(text).Number);
    }

    // Slug, then its text's opening (up to some 600 signs) with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
jb-cuc-qld-qd-2023-397-tvpl-bulletin
"BỘ Y TẾ CỤC QUẢN LÝ DƯỢC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 397/QĐ-QLD | Hà Nội, ngày 02 tháng 06 năm 2023 | QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TRONG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TIÊU CHUẨN ISO 9001:2015 ÁP DỤNG VÀO HOẠT ĐỘNG QUẢN LÝ NHÀ NƯỚC TẠI CỤC QUẢN LÝ DƯỢC CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15/11/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế; Căn cứ Quyết định số 1969/QĐ-BYT ngày 26/4/2023 của Bộ trưởng Bộ Y tế quy định chức năng, n"
hz-cuc-vtltnn-cv-2007-187
"BỘ NỘI VỤ CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC -------- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 187/VTLTNN-VP V/v hướng dẫn kiểm tra chéo công tác văn thư, lưu trữ năm 2007 Hà Nội, ngày 23 tháng 03 năm 2007 Kính gửi: - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ; - Văn phòng Quốc hội; - Văn phòng Chủ tịch nước; - Viện Kiểm sát nhân dân tối cao; - Toà án nhân dân tối cao; - Các Tập đoàn kinh tế nhà nước và Tổng công ty 91. Thực hiện chức năng giúp Bộtrưởng Bộ Nội vụ quản lý nhà nước về công tác văn thư, lưu trữ trong phạm vitoàn quốc, Cục Văn thư và L"
kj-ban-to-chuc-tw-hd-2025-38-pdf
"BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM BAN TỔ CHỨC * Hà Nội, ngày 29 tháng 9 năm 2025 Số 38 - HD/BTCTW HƯỚNG DẪN nghiệp vụ công tác đảng viên ----- Căn cứ Điều lệ Đảng, Quy định số 294-QĐ/TW, ngày 26-5-2025 của Ban Chấp hành Trung ương “Thi hành Điều lệ Đảng”, Hướng dẫn 06-HD/TW, ngày 09-6-2025 của Ban Bí thư “Một số vấn đề cụ thể thi hành Điều lệ Đảng”, Ban Tổ chức Trung ương hướng dẫn một số vấn đề về nghiệp vụ công tác đảng viên như sau: I. KẾT NẠP ĐẢNG VIÊN 1. Quy trình, thủ tục kết nạp đảng viên 1.1- Xây dựng và thực hiện kế hoạch kết nạp đảng viên a) Cấp ủy trực thuộc Trung ương - Căn cứ phương châm, phương hướng, tiêu chuẩn, điều kiện kết nạp người vào Đảng của Trung ương và "
ik-hnd-dong-thap-09-HD-HNDT-2015-123docz
"Trang 1HỘI NÔNG DÂN VIỆT NAM BCH HND TỈNH ĐỒNG THÁP * Số 09-HD/HNDT Cao Lãnh, ngày 12 tháng 3 năm 2015 HƯỚNG DẪN tiêu chuẩn và quy trình xét chọn hộ nông dân sản xuất, kinh doanh giỏi các cấp -Căn cứ Quy định số 944-QĐ/HNDTW, ngày 04 tháng 9 năm 2014 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, về việc quy định tiêu chuẩn hộ nông dân sản xuất, kinh doanh giỏi các cấp Trên cơ sở tình hình thực tế phong trào nông dân sản xuất kinh doanh giỏi trên địa bàn tỉnh Đồng Tháp trong thời gian qua, để nâng cao chất lượng và hiệu quả phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững; phấn đấu đưa phong trào phát triển về chất, xuất hiện ngày"
hy-ubnd-xa-gia-pho-cv-2018-111
"25-09-2018 - 11:06 Thông báo treo cờ rủ và Quốc tang đồng chí Trần Đại Quang ỦY BAN NHÂN DÂN XÃ GIA PHỐ Số: 111 /CV - UBND V/v thực hiện nghi thức Quốc tang đồng chí Trần Đại Quang CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Gia Phố, ngày 25 tháng 9 năm 2018 Kính gửi: - Các đồng chí Bí Thư Chi Bộ, Thôn Trưởng 12 đơn vị thôn. - HT các trường học, Trạm trưởng trạm Y tế trên địa bàn. Thực hiện công văn số 1498- CV/ HU ngày 24/9/2018 của huyện ủy Hương Khê về việc thực hiện nghi thức Quốc tang đồng chí Trần Đại Quang. Vào lúc 10 giờ 05 phút, ngày 21 tháng 9 năm 2018, đồng chí Trần Đại Quang ủy viên Bộ chính trị. Chủ tịch Nước Cộng hòa xã hội chủ nghĩa Việt Nam đã từ trần. Tang"
ia-hong-ngu-1050-UBND-VX-2017
"Trường Bình Thạnh V/v tăng cường phòng, chống bệnh sốt xuất huyết Nội dung chi tiết ỦY BAN NHÂN DÂN THỊ XÃ HỒNG NGỰ Số:1050/UBND-VX V/v tăng cường phòng, chống bệnh sốt xuất huyết CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Thị xã Hồng Ngự, ngày 03 tháng 10 năm 2017 Kính gửi: – UB MTTQ VN và các đoàn thể Thị xã; – Phòng Y tế; Phòng Giáo dục & Đào tạo; Trung tâm Y tế; Đài Truyền thanh; – Uỷ ban nhân dân các xã, phường. Căn cứ Công văn số 385/UBND-KGVX ngày 25 tháng 9 năm 2017 của Ủy ban nhân dân T nh về việc tăng cường công tác phòng, chống bệnh sốt xuất huyết, Ủy ban nhân dân thị xã Hồng Ngự ch đạo: 1. Phòng Y tế: Phối h p Trung tâm Y tế triển khai kế hoạch diệt lăng quăng"
hy-ubnd-phu-yen-qd-2016-361
"ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 361/QĐ-UBND | Phú Yên, ngày 05 tháng 02 năm 2016 | QUYẾT ĐỊNH V/V CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA BAN DÂN TỘC TỈNH PHÚ YÊN CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Căn cứ Luật Tổ chức chính quyền địa phương năm 2015; Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/06/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/05/2013 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính; Căn cứ Thông tư số 05/2014/TT-BTP ngày 07/02/2014 của Bộ trưởng Bộ Tư pháp hướng dẫ"
hz-ubnd-bac-giang-qd-2014-2134
"ỦY BAN NHÂN DÂN TỈNH BẮC GIANG -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 2134/QĐ-UBND Bắc Giang, ngày 30 tháng 12 năm 2014 QUYẾT ĐỊNH V/V PHÊ DUYỆT “QUY HOẠCH PHÁT TRIỂN KHO VẬT LIỆU NỔ CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH BẮC GIANG ĐẾN NĂM 2020, TẦM NHÌN 2030” CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH BẮC GIANG Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003; Căn cứ Nghị định số 92/2006/NĐ-CP ngày 07/9/2006 của Chính phủ về lập, phê duyệt và quản lý quy hoạch tổng thể phát triển kinh tế - xã hội; Thông tư số 01/2007/TT-BKH ngày 07/02/2007 của Bộ Kế hoạch và Đầu tư về việc hướng dẫn thực hiện một số điều của Nghị định số 92/2006/NĐ-CP; Căn cứ Nghị đị"
iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr
"HỘI NÔNG DÂN VIỆT NAM _ CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM BCH HỌI NONG DAN TĨNH LAM ĐÓNG Độc lập —- Tự do - Hạnh phúc * Số 52 - CV/HNDT Lâm Đông, ngày 09 tháng 9 năm 2025 W⁄%w cử đại điện lãnh đạo tham gia Ban Vì sự tiên bộ của phụ nữ Kính gửi: Sở Nội vụ tỉnh Lâm Đồng Hội Nông dân tỉnh Lâm Đồng nhận được Công văn số I189/SNV-LĐVL&TN, ngày 29/8/2025 của Sở Nội vụ tỉnh Lâm Đồng về việc cử đại diện lãnh đạo tham gia Ban Vì sự tiễn bộ của phụ nữ và tô thư ký, giúp việc. Hội Nông dân tỉnh thống nhất cử 01 lãnh đạo tham gia Ban Vì sự tiến bộ của phụ nữ tỉnh, thông tin cụ thể như sau: - Họ và tên: Trần Thị Oanh - Năm sinh: 1977 - Chức vụ, đơn vị công tác: Phó Chủ tịch Hội Nông dân tỉnh - Số điện thoại: 0968 208 997 Ban Thường vụ Hội Nông dân tỉnh kính gửi Sở Nội vụ tông hợp, tham mưu./. Nơi nhận"
hy-ttyt-me-linh-cv-2018-hien-mau-ocr
"SỞ Y TẾ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRUNG TÂM Y TẺ MÊ LINH Độc lập — Tự do —- Hạnh phúc Số:|If0 /TTYT-HCTC-ĐTN Mê Linh, ngày |Ý tháng Š_ năm 2018 Kính gửi: Sở Y tế Hà Nội. Thực hiện công văn số 3427/KH-SYT ngày 08/8/2018 của Sở y tế Hà Nội về việc Vận động, tô chức hiến máu tình nguyện ngành y tế Hà Nội năm 2018; Trung tâm y tế huyện Mê Linh đã triển khai vận động viên chức, người lao động đang làm việc tại các khoa, phòng trung tâm, phòng khám và các trạm y tẾ xã, thị trấn trực thuộc Trung tâm. Trung tâm y tế huyện Mê Linh đăng ký danh sách viên chức, người lao động tham gia hiến máu gồm 41 ông/ bà sau: (Có danh sách kèm theo). Thời gian: đợt 2, 7h30 đến 12h00 ngày 11/9/2018 (thứ 3). . h “sỹ BHb Địa điểm: Bệnh viện đa khoa Đức Giang, sô 52 Trường Lâm, Đức Giang, / Hà Nội. : "
sg-quoc-hoi-luat-2024-43
"QUỐC HỘI Luật số: 43/2024/QH15 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI SỐ 31/2024/QH15, LUẬT NHÀ Ở SỐ 27/2023/QH15, LUẬT KINH DOANH BẤT ĐỘNG SẢN SỐ 29/2023/QH15 VÀ LUẬT CÁC TỔ CHỨC TÍN DỤNG SỐ 32/2024/QH15 Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15. Điều 1. Sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15 1. Sửa đổi, bổ sung khoản 2 Điều 251 như sau: “2. Bãi bỏ Nghị quyết số 132/2020/QH14 ngày 17 tháng 11 năm 2020 của Quốc hội thí điểm một số chính sách để tháo gỡ vướng mắc, tồn đọng trong"
sg-ubtvqh-nq-2024-45
"ỦY BAN THƯỜNG VỤ QUỐC HỘI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số: 45/2024/UBTVQH15 Hà Nội, ngày 15 tháng 4 năm 2024 NGHỊ QUYẾT ĐIỀU CHỈNH CHƯƠNG TRÌNH XÂY DỰNG LUẬT, PHÁP LỆNH NĂM 2024 ỦY BAN THƯỜNG VỤ QUỐC HỘI Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14; Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 63/2020/QH14; Trên cơ sở xem xét các Tờ trình số 82/TTr-CP ngày 05/3/2024, số 125/TTr-CP ngày 02/4/2024, số 128/TTr-CP ngày 04/4/2024 của Chính phủ và Báo cáo thẩm tra số 2734/BC-UBPL15 ngày 12/4/2024 của Ủy ban Pháp luật; QUYẾT NGHỊ: Điều 1. Điề"
""";
}
