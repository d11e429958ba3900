using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where a header part ends on a document whose line breaks were all lost, continued: a letter's subject whose last
/// capitalized words ran on into the place-date, a council's enacting line closed by its sitting, a portal's time stamp or
/// label after a headline, the address in its southern spelling, a type heading printed twice, a parent's and a child's
/// names run together. Each text is a corpus document's opening with its lines joined by single spaces (the oneline copy
/// docs/scripts/respaced-corpus.py makes), cut at a word.
/// </summary>
public sealed class OneLineHeaderEndsTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    // "… tại tỉnh Nghệ An Hà Nội, ngày 29 tháng 11 năm 2010 Kính gửi: …": "Hà Nội" is a province's name, "Nghệ An Hà Nội" none.
    [InlineData("ke-vpcp-cv-2010-8645", "Dự án đầu tư xây dựng khuôn viên tượng đài, các công trình phụ trợ với chủ đề hậu phương hướng về tiền tuyến tại tỉnh Nghệ An")]
    // "… H. Cần Giờ, TP Hồ Chí Minh. Hà Nội, ngày …": the kind "TP" read before the words run on goes with them.
    [InlineData("nw-vpcp-cv-2016-9285", "quy mô lập Quy hoạch phân khu Khu vực ven biển tại xã Long Hòa và thị trn Cần Thạnh, H. Cần Giờ, TP Hồ Chí Minh.")]
    public void A_province_closing_a_run_on_place_is_the_place_and_the_words_before_it_the_subjects(string slug, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal("Hà Nội", r.Place);
        Assert.Equal(title, r.Title);
    }

    [Fact]
    public void An_abbreviation_closing_a_subject_before_the_place_date_is_the_subjects()
    {
        // "… giáo viên tiểu học TCCN Hà Nội, ngày 16 tháng 5 năm 2013 Kính gửi: …": the place reader stops at the capitals.
        var r = Parser.Parse(Texts["sg-bo-gddt-cv-2013-3234"]);
        Assert.Equal("báo cáo tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học TCCN", r.Title);
        Assert.Equal("Hà Nội", r.Place);
    }

    [Theory]
    // "… GIỮA HAI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH KHÓA XII KỲ HỌP THỨ 9 Căn cứ …": the title's "KỲ HỌP" asks for no name.
    [InlineData("id-hdnd-binh-dinh-27-2019-NQ-HDND-vbplco", "VỀ KẾT QUẢ PHỐI HỢP GIẢI QUYẾT NHỮNG VẤN ĐỀ PHÁT SINH GIỮA HAI KỲ HỌP")]
    // "… TẠI KỲ HỌP LẦN THỨ 11 HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX KỲ HỌP LẦN THỨ 11
    // Căn cứ …": the council named before its sitting is the enacting line; the first naming is the title's.
    [InlineData("hy-hdnd-quan-go-vap-nq-2008-23", "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI, AN NINH - QUỐC PHÒNG NĂM 2009 TẠI KỲ HỌP LẦN THỨ 11 HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX")]
    public void A_councils_sitting_closing_the_capitals_closes_the_enacting_line(string slug, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(title, r.Title);
        Assert.Equal("Nghị quyết", r.DocType);
    }

    [Theory]
    // "Thông báo nghỉ Lễ … năm 2018 (23/04/2018) Theo quy định …": the post's date alone in brackets.
    [InlineData("kw-bv-da-nang-tb-2018-nghi-le-headerless", "nghỉ Lễ 30/4-1/5 và Giỗ Tổ Hùng Vương năm 2018")]
    // "… năm 2018 26 tháng mười 2018 206 lượt xem Thực hiện …": the post's day in words and its count of views.
    [InlineData("hx-ubnd-tp-thanh-hoa-tb-2018-550-headerless", "về việc xin ý kiến cơ quan, tổ chức, nhân dân về phương án đặt tên, đổi tên đường phố, công trình công cộng trên địa bàn thành phố Thanh Hóa, năm 2018")]
    // "… phường Dương Nội Ngày bắt đầu có hiệu lực: 29/08/2018 Người ký văn bản: …": a portal's record labels.
    [InlineData("iz-phuong-duong-noi-tb-2018-ket-luan-portal-record", "kết luận thống nhất phương án di chuyển bia và mộ nằm trong quy hoạch dự án khu đô thị mới Dương Nội, phường Dương Nội")]
    public void A_portals_time_stamp_or_label_ends_the_headlines_title(string slug, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(title, r.Title);
        Assert.Equal("Thông báo", r.DocType);
    }

    [Fact]
    public void A_period_named_in_brackets_stays_in_the_headlines_title()
    {
        // Near miss: "… thị xã Ba Đồn (20/12/2013 - 20/12/2018) Thứ hai - 06/08/2018 16:14 …": a period is no post's date.
        Assert.Equal("Tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn (20/12/2013 - 20/12/2018)",
            Parser.Parse(Texts["jp-ubnd-tx-ba-don-kh-2018-657-headerless"]).Title);
    }

    [Fact]
    public void The_address_in_its_southern_spelling_ends_a_letters_subject()
    {
        // "V/v Hướng dẫn Hội thi … và mầm non Kính gởi: - Các Phòng Giáo dục và Đào tạo; …".
        Assert.Equal("Hướng dẫn Hội thi giáo viên dạy giỏi các cấp học phổ thơng, giáo dục thường xun và mầm non",
            Parser.Parse(Texts["id-so-gddt-binh-thuan-3358-2010-123docz"]).Title);
    }

    [Fact]
    public void A_type_heading_printed_twice_is_no_word_of_the_title()
    {
        // "| THÔNG TƯ THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ … Ở NƯỚC NGOÀI Căn cứ …".
        var r = Parser.Parse(Texts["cp-bo-tai-chinh-tt-2020-07"]);
        Assert.Equal("QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH, TÀI SẢN ĐỐI VỚI CƠ QUAN VIỆT NAM Ở NƯỚC NGOÀI", r.Title);
        Assert.Equal("Thông tư", r.DocType);
    }

    [Fact]
    public void Two_words_said_twice_in_a_row_in_the_issuer_block_part_the_parents_name_from_the_childs()
    {
        // "TỔNG CỤC THUẾ CỤC THUẾ TP HÀ NỘI ------- | CỘNG HÒA …": "TỔNG CỤC THUẾ" over "CỤC THUẾ TP HÀ NỘI" on the printed page.
        var issuer = Parser.Parse(Texts["ka-cuc-thue-ha-noi-cv-2020-101322"]).Issuer;
        Assert.StartsWith("Cục Thuế", issuer.Name);
        Assert.Equal("Hà Nội", issuer.Province);
        Assert.Equal("province", issuer.Level);
    }

    private const string OneLineTexts = """
ka-cuc-thue-ha-noi-cv-2020-101322
"TỔNG CỤC THUẾ CỤC THUẾ TP HÀ NỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 101322/CTHN-TTHT V/v chính sách thuế GTGT | Hà Nội, ngày 23 tháng 11 năm 2020 | Kính gửi: Công ty TNHH Trancy Distribution (Việt Nam) (Đ/c: tầng 22 tòa nhà ICON4, 243A Đê La Thành, P. Láng Thượng, Q. Đống Đa, Hà Nội - MST: 0107578812) Trả lời công văn số TDV/01-2020 đề ngày 22/09/2020 của Công ty TNHH Trancy Distribution (Việt Nam) hỏi về chính sách thuế, Cục Thuế TP Hà Nội có ý kiến như sau: - Căn cứ tiết b khoản 3 Điều 1 Thông tư số 130/2016/TT-BTC ngày 12/08/2016 của Bộ Tài chính hướng dẫn Nghị định số 100/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế và sửa đổi một số điều tại các Thông tư về thuế quy định về hoàn thuế GTGT: “b) Trường hợp cơ sở kinh doanh đang hoạt động thuộc đối tượng nộp thuế GTGT theo phương pháp khấu trừ có dự án đầu tư mới (trừ trường hợp hướng dẫn tại Điểm c Khoản 3 Điều này và trừ dự án đầu tư xây dựng nhà để bán hoặc cho thuê mà không hình thành tài sản cố định) tại địa bàn tỉnh, thành phố trực thuộc Trung ương khác với tỉnh, thành phố nơi đóng trụ sở chính, đang trong giai đoạn"
ke-vpcp-cv-2010-8645
"VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------- Số: 8645/VPCP-KGVX V/v Dự án đầu tư xây dựng khuôn viên tượng đài, các công trình phụ trợ với chủ đề hậu phương hướng về tiền tuyến tại tỉnh Nghệ An Hà Nội, ngày 29 tháng 11 năm 2010 Kính gửi: Ủy ban nhân dân tỉnh Nghệ An Xét đề nghị của Ủy ban nhân dân tỉnhNghệ An (công văn số 5163/UBND-CNXD ngày 20 tháng 8 năm 2010), ý kiến của Bộ Kếhoạch và Đầu tư (công văn số 6487/BKH-LĐVX ngày 14 tháng 9 năm 2010), Bộ Tàichính (công văn số 12163/BTC-ĐT ngày 11 tháng 9 năm 2010) và Bộ Văn hóa, Thểthao và Du lịch (công văn số 3070/BVHTTDL-MTNATL ngày 6 tháng 9 năm 2010) về Dựán Đầu tư xây dựng khuôn viên tượng đài, các công trình phụ trợ với chủ đề hậuphương hướng về tiền tuyến tại tỉnh Nghệ An, Phó Thủ tướng Nguyễn Thiện Nhân cóý kiến như sau: Ủy ban nhân dân tỉnh Nghệ An xem xétthêm tính cấp bách và hiệu quả của việc xây dựng khuôn viên tượng đài, các côngtrình phụ trợ nêu trên, bảo đảm đúng với tinh thần chỉ đạo nêu tại Chỉ thị số 23/CT-TW ngày 27 tháng 6 năm 2008 của Ban Bí thư. Văn phòng Chính phủ xin thông báo đểỦy ban nhân dân tỉnh Nghệ An và các cơ quan liên quan biết, thực hiện./. Nơi nhận: - Như trên; - TTgCP, các PTTg; - Các Bộ: VHTTDL, KH&ĐT, TC; - VPCP: BTCN, các PCN, các Vụ: KTN,"
sg-bo-gddt-cv-2013-3234
"BỘ GIÁO DỤC VÀ ĐÀO TẠO -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 3234/BGDĐT-GDCN V/v báo cáo tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học TCCN Hà Nội, ngày 16 tháng 5 năm 2013 Kính gửi: Sở Giáo dục và Đào tạo các tỉnh,thành phố trực thuộc Trung ương Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 củaBộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) về thực hiện quy hoạch phát triển nhânlực ngành giáo dục và đào tạo theo nhu cầu phát triển xã hội giai đoạn2013-2015, Bộ GDĐT đề nghị sở GDĐT các tỉnh, thành phố trực thuộc Trung ươngbáo cáo về tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học trình độTCCN của địa phương từ nay đến năm 2015. Báo cáo của sở xin gửi về theo địa chỉ: Vụ Giáo dục chuyên nghiệp,Bộ Giáo dục và Đào tạo, 49 Đại Cồ Việt, Hai Bà Trưng, Hà Nội và theo địa chỉEmail: [email protected] trước ngày 25/5/2013. Thông tin chi tiết xin liên hệ đồng chí Vũ Bá Toản, chuyênviên Vụ Giáo dục chuyên nghiệp theo số điện thoại (04) 3 6230745 hoặc0912159933. Nơi nhận: - Như trên; - BT. Phạm Vũ Luận (để b/c); - TTr. Nguyễn Vinh Hiển (để b/c); - TTr. Bùi Văn Ga (để b/c); - UBND tỉnh, TP trực thuộc TW (để biết); - Website của Bộ GDĐT; - Lưu: VT, Vụ GDCN. TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN NGHIỆP Hoàng"
nw-vpcp-cv-2016-9285
"Hệ thống pháp luật Đang tải nội dung, vui lòng chờ giây lát... Đang tải nội dung, vui lòng chờ giây lát... VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 9285/VPCP-KTN V/v quy mô lập Quy hoạch phân khu Khu vực ven biển tại xã Long Hòa và thị trn Cần Thạnh, H. Cần Giờ, TP Hồ Chí Minh. Hà Nội, ngày 28 tháng 10 năm 2016 Kính gửi: - Bộ Xây dựng; - Ủy ban nhân dân Thành phố Hồ Chí Minh. Về đề nghị của Ủy ban nhân dân Thành phố Hồ Chí Minh (văn bản số 5486/UBND-ĐT ngày 04 tháng 10 năm 2016) trình Thủ tướng Chính phủ về việc quy mô nghiên cứu lập Quy hoạch phân khu tỷ lệ 1/2000 đối với khu vực ven biển tại xã Long Hòa và thị trấn Cần Thạnh, thuộc khu vực phía Nam của huyện Cần Giờ, Thành phố Hồ Chí Minh, Phó Thủ tướng Trịnh Đình Dũng có ý kiến như sau: Giao Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Giao thông vận tải, Văn hóa, Thể thao và Du lịch, Quốc phòng và Công Thương thẩm tra đề nghị của Ủy ban nhân dân Thành phố Hồ Chí Minh tại văn bản nêu trên, báo cáo Thủ tướng Chính phủ. Văn phòng Chính phủ thông báo để Bộ Xây dựng, Ủy ban nhân dân Thành phố Hồ Chí Minh và các cơ quan, tổ chức biết thực hiện./. Nơi nhận: - Như trên; - Thủ tướng CP, PTTg Trịnh Đình"
id-hdnd-binh-dinh-27-2019-NQ-HDND-vbplco
"Nghị quyết 27/2019/NQ-HĐND Nghị quyết 27/2019/NQ-HĐND về kết quả phối hợp giải quyết những vấn đề phát sinh giữa hai kỳ họp do tỉnh Bình Định ban hành Nội dung toàn văn Nghị quyết 27/2019/NQ-HĐND kết quả giải quyết những vấn đề phát sinh giữa hai kỳ họp Bình Định HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 27/2019/NQ-HĐND Bình Định, ngày 11 tháng 7 năm 2019 NGHỊ QUYẾT VỀ KẾT QUẢ PHỐI HỢP GIẢI QUYẾT NHỮNG VẤN ĐỀ PHÁT SINH GIỮA HAI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH KHÓA XII KỲ HỌP THỨ 9 Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Xét Tờ trình số 02/TTr-HĐND ngày 28 tháng 6 năm 2019 của Thường trực Hội đồng nhân dân tỉnh và Báo cáo số 09/BC-HĐND ngày 28 tháng 6 năm 2019 kèm theo Tờ trình về kết quả phối hợp giải quyết những vấn đề phát sinh giữa hai kỳ họp; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp. QUYẾT NGHỊ: Điều 1. Nhất trí thông qua 07 nội dung giải quyết những vấn đề phát sinh giữa hai kỳ họp thường lệ của Hội đồng nhân dân tỉnh (kỳ họp thứ 8 và kỳ họp thứ 9 Hội đồng nhân dân tỉnh, khóa XII) đã được Thường trực Hội đồng nhân dân tỉnh thỏa thuận, thống nhất với Ủy ban nhân dân"
hy-hdnd-quan-go-vap-nq-2008-23
"HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 23/2008/NQ-HĐND | Gò Vấp, ngày 16 tháng 12 năm 2008 | NGHỊ QUYẾT VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI, AN NINH - QUỐC PHÒNG NĂM 2009 TẠI KỲ HỌP LẦN THỨ 11 HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX KỲ HỌP LẦN THỨ 11 Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Hội đồng nhân dân quận Gò Vấp khóa IX nhiệm kỳ 2004 - 2009 tiến hành kỳ họp lần thứ 11 vào ngày 16 tháng 12 năm 2008; Trên cơ sở xem xét các báo cáo của Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Viện Kiểm sát nhân dân, Tòa án nhân dân quận, báo cáo của các ngành, báo cáo thẩm tra của hai Ban Hội đồng nhân dân quận và ý kiến phát biểu thảo luận tại kỳ họp; Kỳ họp lần thứ 11 Hội đồng nhân dân quận Gò Vấp khóa IX ngày 16 tháng 12năm 2008, QUYẾT NGHỊ: Điều 1. Nhất trí với Báo cáo của Thường trực Hội đồng nhân dân quận về tình hình hoạt động năm 2008 và Chương trình công tác năm 2009. Nhất trí với báo cáo kết quả hoạt động chỉ đạo, điều hành của Ủy ban nhân dân quận về tình hình kinh tế - xã hội, an ninh - quốc phòng, ngân sách quận năm 2008 và chương trình công tác năm 2009. Điều 2. Một số chỉ tiêu nhiệm vụ cụ thể thực hiện trong năm 2009: I. Nhóm các chỉ tiêu về kinh tế và chuyển dịch cơ cấu kinh"
kw-bv-da-nang-tb-2018-nghi-le-headerless
"Thông báo nghỉ Lễ 30/4-1/5 và Giỗ Tổ Hùng Vương năm 2018 (23/04/2018) Theo quy định của Luật Lao động, công chức, viên chức và người lao động được nghỉ 1 ngày duy nhất trong dịp giỗ Tổ Hùng Vương 10/3 âm lịch và nghỉ 4 ngày liên tục đối với dịp Lễ 30/4 và 1/5/2018. Vì vậy, hoạt động khám bệnh, chữa bệnh dịch vụ, dịch vụ theo yêu cầu và bảo hiểm y tế tại Bệnh viện Đà Nẵng sẽ thực hiện như sau: 1.Đối với ngày Lễ giỗ Tổ Hùng Vương 10/3 âm lịch nhằm thứ 4, 25/4/2018: -Không triển khai khám bệnh, chữa bệnh dịch vụ, dịch vụ theo yêu cầu và bảo hiểm y tế 2.Đối với dịp Lễ 30/4 và 1/5/2018 kéo dài 4 ngày từ 28/4/2018-01/5/2018: -Triển khai khám bệnh, chữa bệnh dịch vụ, dịch vụ theo yêu cầu và bảo hiểm y tế vào 2 ngày 28/4/2018-29/4/2018 (nhằm thứ bảy và chủ nhật) * Lưu ý: Công tác khám chữa bệnh cấp cứu vẫn được triển khai 24/24h Bệnh viện Đà Nẵng trân trọng kính báo! GIÁM ĐỐC Lê Đức Nhân"
hx-ubnd-tp-thanh-hoa-tb-2018-550-headerless
"Skip Ribbon Commands Skip to main content Thông báo về việc xin ý kiến cơ quan, tổ chức, nhân dân về phương án đặt tên, đổi tên đường phố, công trình công cộng trên địa bàn thành phố Thanh Hóa, năm 2018 26 tháng mười 2018 206 lượt xem Thực hiện Quy định về trình tự, thủ tục đặt tên đường phố và công trình công cộng tại các đô thị trên địa bàn tỉnh tại Điều 4, Chương II, Quyết định số 17/2018/QĐ-UBND ngày 15/5/2018 của Ủy ban nhân dân tỉnh Thanh Hóa. Chủ tịch Ủy ban nhân dân thành phố công bố công khai và xin ý kiến cơ quan, tổ chức, nhân dân về phương án đặt tên, đổi tên đường phố, công trình công cộng trên địa bàn thành phố Thanh Hóa, năm 2018 để tổ chức, cơ quan và nhân dân biết, tham gia ý kiến. Thời gian công bố, niêm yết và xin ý kiến: 10 ngày làm việc từ ngày 26/10/2018 đến ngày 08/11/2018. Ý kiến tham gia bằng văn bản gửi về Ban Quản lý các dự án đầu tư xây dựng số 2 thành phố (Đường Yên Ngựa, phường Hàm Rồng, thành phố Thanh Hóa) trước ngày 08/11/2018. Giao Ban Quản lý các dự án đầu tư xây dựng số 2 thành phố tổng hợp ý kiến của tổ chức, cơ quan và nhân dân, báo cáo Chủ tịch Ủy ban nhân dân thành phố. (Có phương án đặt tên, đổi tên kèm theo)./. Xem và Tải về: 1. Thông báo số 550/TB-UBND ngày 26/10/2018 về việc về việc xin ý kiến cơ quan, tổ chức, nhân dân về phương án"
iz-phuong-duong-noi-tb-2018-ket-luan-portal-record
"Thông báo kết luận thống nhất phương án di chuyển bia và mộ nằm trong quy hoạch dự án khu đô thị mới Dương Nội, phường Dương Nội Ngày bắt đầu có hiệu lực: 29/08/2018 Người ký văn bản: Lã Quang Thức Nơi nhận: - Thường trực Đảng ủy, HĐND, UBND phường; - MTTQ, các đoàn thể phường; - Ban khánh tiết làng La Cả, La Dương; - Các dòng họ Bùi, Nguyễn trên địa bàn phường; - Cấc tổ dân phố; - Tập đoàn Nam Cường; - Đài truyền thanh (tuyên truyền); - Lưu: VT. Nội dung thông báo: Giải quyết kiến nghị nhận mộ và thống nhất phương án di chuyển ngôi bia đá và mộ nằm trong quy hoạch dự án khu đô thị mới Dương Nội để bàn giao mặt bằng cho Chủ đầu tư thực hiện dự án. File đính kèm: Xem thêm thông báo"
id-so-gddt-binh-thuan-3358-2010-123docz
"Tải bản đầy đủ (.docx) (8 trang) Cong van huong dan hoi thi Giao vien day gioi Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (127.63 KB, 8 trang ) <span class='text_page_counter'>(1)</span><div class='page_container' data-page=1> UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b> <b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b> <b> Độc lập - Tự do - Hạnh phúc</b> ____________ __________________________________ Số:3358/SGD&ĐT <i>Phan Thiết, ngày 20 tháng 10 năm 2010</i> V/v Hướng dẫn Hội thi giáo viên dạy giỏi các cấp học phổ thơng, giáo dục thường xun và mầm non Kính gởi: - Các Phòng Giáo dục và Đào tạo; - Các đơn vị trực thuộc Ngày 20/7/2010, Bộ trưởng Bộ GD&ĐT đã có Thông tư số 21/2010/TT-BGDĐT ban hành Điều lệ Hội thi giáo viên dạy giỏi (GVDG) các cấp học phổ thông và giáo dục thường xuyên; Sở hướng dẫn bổ sung và cụ thể thêm một số điểm trong Điều lệ thực hiện thống nhất trong toàn tỉnh từ năm học 2010-2011 như sau: <b>1. Về phạm vi điều chỉnh và đối tượng áp dụng: </b>Đối tượng áp dụng được mở rộng đến giáo viên đang giảng dạy trong các nhà trẻ, trường mẫu giáo, trường mầm non; bao gồm cả giáo viên đang giảng dạy trong các trường ngồi cơng lập các cấp học, bậc học. <b>2. Về tên gọi Hội thi các cấp:</b> <b>2.1. Đối với cấp trung học phổ"
cp-bo-tai-chinh-tt-2020-07
"BỘ TÀI CHÍNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 07/2020/TT-BTC | Hà Nội, ngày 03 tháng 02 năm 2020 | THÔNG TƯ THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH, TÀI SẢN ĐỐI VỚI CƠ QUAN VIỆT NAM Ở NƯỚC NGOÀI Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015; Căn cứ Luật Cơ quan đại diện nước Cộng hòa Xã hội Chủ nghĩa Việt Nam ở nước ngoài ngày 18 tháng 6 năm 2009 và Luật sửa đổi, bổ sung Luật Cơ quan đại diện nước Cộng hòa Xã hội Chủ nghĩa Việt Nam ở nước ngoài ngày 21 tháng 11 năm 2017; Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015; Căn cứ Nghị định số 117/2017/NĐ-CP ngày 19 tháng 10 năm 2017 của Chính phủ quy định về quản lý, sử dụng ngân sách nhà nước đối với một số hoạt động đối ngoại; Căn cứ Nghị định số 08/2019/NĐ-CP ngày 23 tháng 01 năm 2019 của Chính phủ quy định một số chế độ đối với thành viên Cơ quan Việt Nam ở nước ngoài; Căn cứ Nghị định số 166/2017/NĐ-CP ngày 31 tháng 12 năm 2017 của Chính phủ quy định tiêu chuẩn, định mức và chế độ quản lý, sử dụng tài sản công ở Cơ quan Việt Nam ở nước ngoài; Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;"
jp-ubnd-tx-ba-don-kh-2018-657-headerless
"KẾ HOẠCH Tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn (20/12/2013 - 20/12/2018) Thứ hai - 06/08/2018 16:14 Thực hiện Chỉ thị số 19-CT/ThU ngày 27/6/2018 của Ban Thường vụ Thị ủy về tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn, UBND thị xã xây dựng kế hoạch số 657/KH-UBND ngày 31/7/2018 về việc tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn với những nội dung cơ bản sau: Với mục đích thông qua các hoạt động nhằm tạo được những chuyển biến trong nhận thức tư tưởng và hành động của cán bộ và nhân dân, khơi dậy truyền thống cách mạng, lòng tự hào quê hương, từ đó phát huy sức mạnh đoàn kết, phấn đấu thực hiện thắng lợi Nghị quyết Đại hội Đảng toàn quốc lần thứ XII, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, quyết tâm xây dựng thị xã ngày càng giàu đẹp, văn minh. Đây cũng là dịp để giới thiệu, quảng bá về tiềm năng, lợi thế phát triển kinh tế - xã hội của thị xã Ba Đồn; phát động mạnh mẽ hơn nữa phong trào thi đua lao động sản xuất, thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội năm 2018. UBND thị xã yêu cầu tổ chức các hoạt động kỷ niệm 5 năm thành lập thị xã Ba Đồn với nhiều hình thức phong phú, thiết thực, an toàn, tiết kiệm, thu hút các lực"
""";
}
