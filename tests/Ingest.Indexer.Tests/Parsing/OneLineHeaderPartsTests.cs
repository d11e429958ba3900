using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The header parts of a document whose line breaks were all lost, where its lines used to say where each ends: a
/// letter's subject written without "V/v" under its number, a trích yếu under a heading that opens with "Thực hiện" or
/// is closed by a rule or a dashed preamble, a title in capitals naming a deputy, a council's deputies, two bodies or a
/// cited number, the enacting line over the preamble, and a parent's and a child's names run together. Each text is a
/// corpus document's opening with its lines joined by single spaces (the oneline copy docs/scripts/respaced-corpus.py
/// makes), cut at a word.
/// </summary>
public sealed class OneLineHeaderPartsTests
{
    private static readonly PlanParser Parser = new();
    private static readonly Dictionary<string, string> Texts = SlugTexts.Read(OneLineTexts);

    [Theory]
    // "Số: 21 /TTVH Về thực hiện … CỘNG HÒA …": "Về" opens the subject and is kept, up to the motto.
    [InlineData("dc-ttvh-quan-9-cv-21-2014", "Về thực hiện chế độ thông tin, báo cáo định kỳ")]
    // "Số: 2865/GDĐT –KT&KĐCL Về: tham gia … Tp.Hồ Chí Minh, ngày …": the label "Về:" dropped, up to the place-date.
    [InlineData("pd-sgddt-hcm-cv-2007-2865", "tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT")]
    // "… ngày 25 tháng 11 năm 2018 Về cho học sinh nghỉ học Ngày 26/11/2018 KHẨN Kính gửi : …": under the place-date printed
    // after the number, up to the urgency mark.
    [InlineData("pd-sgddt-hcm-cv-2018-4144", "Về cho học sinh nghỉ học Ngày 26/11/2018")]
    public void A_subject_written_without_V_v_under_the_number_is_the_letters(string slug, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(title, r.Title);
        Assert.Equal("Công văn", r.DocType);
    }

    [Fact]
    public void An_urgency_word_inside_a_subject_in_capitals_is_the_subjects_own()
    {
        // Near miss, shaped on the letters above: "KHẨN CẤP" in a subject written in capitals is no urgency mark.
        var text = "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ Số: 215/UBND-VP V/V TRIỂN KHAI CÁC BIỆN PHÁP KHẨN CẤP PHÒNG, CHỐNG DỊCH BỆNH "
            + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Phú, ngày 12 tháng 3 năm 2020 Kính gửi: Các cơ quan, "
            + "đơn vị trên địa bàn huyện. " + string.Concat(Enumerable.Repeat("Đề nghị các cơ quan, đơn vị triển khai thực hiện kịp thời. ", 8));
        Assert.Equal("TRIỂN KHAI CÁC BIỆN PHÁP KHẨN CẤP PHÒNG, CHỐNG DỊCH BỆNH", Parser.Parse(text).Title);
    }

    [Theory]
    // "HƯỚNG DẪN Thực hiện kế hoạch … Căn cứ …": "Thực hiện" right under the heading opens the trích yếu.
    [InlineData("co-hoi-lhtn-hung-yen-hd-2008-dai-hoi", "Thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2009- 2014)")]
    // "… Huy hiệu Đảng ----- Căn cứ …": the rule under the title, the preamble under it.
    [InlineData("kj-ban-to-chuc-thanh-uy-ha-noi-hd-2025-huy-hieu-dang-pdf", "Thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng")]
    // "… giỏi các cấp -Căn cứ Quy định số 944-QĐ/HNDTW …": the preamble's line opening with a dash.
    [InlineData("ik-hnd-dong-thap-09-HD-HNDT-2015-123docz", "tiêu chuẩn và quy trình xét chọn hộ nông dân sản xuất, kinh doanh giỏi các cấp")]
    public void The_title_under_a_heading_ends_where_the_body_opens(string slug, string title)
    {
        var r = Parser.Parse(Texts[slug]);
        Assert.Equal(title, r.Title);
        Assert.Equal("Hướng dẫn", r.DocType);
    }

    [Theory]
    // "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ …": the deputy's position goes on after "PHÓ".
    [InlineData("jg-vpcp-tb-2025-659-md", "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT ĐÁP ỨNG YÊU CẦU PHÁT TRIỂN ĐẤT NƯỚC TRONG KỶ NGUYÊN MỚI VÀ NGHỊ QUYẾT SỐ 140/NQ-CP NGÀY 17/5/2025 CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW")]
    // "… BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI …": a council's deputies, no enacting council.
    [InlineData("hx-hdnd-quang-ninh-nq-2025-99", "QUY ĐỊNH NỘI DUNG, MỨC CHI PHỤC VỤ CHO CÔNG TÁC TỔ CHỨC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP TỈNH QUẢNG NINH, NHIỆM KỲ 2026 - 2031")]
    // "… HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2016 - 2021": two bodies a dash joins.
    [InlineData("cp-tt-hdnd-ubnd-hoa-binh-qc-2019-06", "PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2016 - 2021")]
    // "… CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM Căn cứ …": the ampersand joins the name.
    [InlineData("hx-ubnd-quang-nam-qd-2007-14", "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM")]
    public void A_title_in_capitals_keeps_the_names_it_speaks_of(string slug, string title)
    {
        Assert.Equal(title, Parser.Parse(Texts[slug]).Title);
    }

    [Fact]
    public void The_enacting_line_after_a_sentence_case_title_names_the_issuer()
    {
        // "… của Sở Tài chính tỉnh Lai Châu CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ …", the header's table of issuer
        // block and number lost: the enacting line is the only naming of the body.
        var r = Parser.Parse(Texts["cp-ubnd-lai-chau-qd-2025-tthc-stc"]);
        Assert.Equal("Ủy ban nhân dân tỉnh Lai Châu", r.Issuer.Name, ignoreCase: true);
        Assert.Equal("province", r.Issuer.Level);
        Assert.EndsWith("của Sở Tài chính tỉnh Lai Châu", r.Title);
    }

    [Fact]
    public void A_word_doubled_in_the_issuer_block_parts_the_parents_name_from_the_childs()
    {
        // "| CỤC THUẾ **THUẾ TỈNH VĨNH LONG** ------- | …": "CỤC THUẾ" over "THUẾ TỈNH VĨNH LONG" on the printed page.
        Assert.Equal("Thuế tỉnh Vĩnh Long", Parser.Parse(Texts["ie-thue-vinh-long-1539-VLO-QLDN3-2025-repo"]).Issuer.Name, ignoreCase: true);
    }

    // Slug, then its text's opening with the line breaks lost, as a JSON string.
    private const string OneLineTexts = """
dc-ttvh-quan-9-cv-21-2014
"ỦY BAN NHÂN DÂN QUẬN 9 TRUNG TÂM VĂN HÓA __________ Số: 21 /TTVH Về thực hiện chế độ thông tin, báo cáo định kỳ. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ___________________________ Quận 9, ngày 04 tháng 6 năm 2014 Kính gửi: – Phó Chủ tịch Văn Xã UBND 13 phường; – Ban VHTT 13 phường. Thực hiện Công văn số 891/UBND ngày 29 tháng 5 năm 2014 của Ủy ban nhân dân Quận 9 về thực hiện nghiêm chế độ thông tin, báo cáo định kỳ. Nhằm nâng cao chất lượng công tác thông tin, báo cáo, xây dựng kế hoạch văn hóa – xã hội và để kịp thời tổng hợp báo cáo gửi Ủy ban nhân dân Quận 9. Trung tâm Văn hóa Quận 9 đề nghị Phó Chủ tịch Văn xã Ủy ban nhân dân 13 phường đôn đốc và tạo điều kiện"
pd-sgddt-hcm-cv-2007-2865
"UỶ BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH SỞ GIÁO DỤC VÀ ĐÀO TẠO ***** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ******* Số: 2865/GDĐT –KT&KĐCL Về: tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT. Tp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007 Kính gửi: - Hiệu trưởng trường Trung học phổ thông ; - Giám đốc trung tâm giáo dục thường xuyên ; - Hiệu trưởng trường Bổ túc văn hoá trực thuộc và trường ngành . Theo văn bản số 906/KT- KĐ ngày 03.12.2007 của Bộ Giáodục và Đào tạo – Cục Khảo thí và Kiểm định chất lượng giáo dục đã dự thảo Quychế thi tốt nghiệp THPT. Trong đó, phân chia thành 225 vấn đề để các đơn vịnghiên cứu, trả lời đủ 225 vấn đề để làm cơ sở hoàn thiện văn bản"
pd-sgddt-hcm-cv-2018-4144
"UỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH Độc lập – Tự do – Hạnh phúc SỞ GIÁO DỤC VÀ ĐÀO TẠO Số : 4144 /GDĐT – VP Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018 Về cho học sinh nghỉ học Ngày 26/11/2018 KHẨN Kính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện. Căn cứ tình hình sau cơn bão số 9, để đảm bảo an toàn cho học sinh, Sở Giáo dục và Đào tạo đề nghị Chủ tịch Ủy ban nhân dân các quận, huyện chỉ đạo hiệu trưởng các trường mầm non, tiểu học, THCS và các đơn vị giáo dục trên địa bàn thông báo cho học sinh nghỉ học ngày thứ hai, 26 tháng 11 năm 2018. Đề nghị Chủ tịch UBND quận, huyện chỉ đạo Trưởng phòng GD&ĐT rà soát tình hình các trường và khắc phục ngay"
co-hoi-lhtn-hung-yen-hd-2008-dai-hoi
"Hướng dẫn thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2009- 2014). HƯỚNG DẪN Thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2009- 2014). Căn cứ Điều lệ Hội LHTN Việt Nam; thực hiện Kế hoạch số 49- KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam \"Về việc tổ chức Đại hội Hội các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ VI của Hội LHTN Việt Nam\" và Hướng dẫn số 148 HD/TWH ngày 16/9/2008 của Trung ương hội LHTN Việt Nam \"V/v Thực hiện Kế hoạch tổ chức Đại hội Hội các cấp tiến tới Đại hội Đại biểu toàn quốc lần thứ VI của Hội LHTN Việt Nam\". Căn cứ Kế hoạch số 05/KH- UBH ngày 28/10/2008 của Uỷ ban Hội LHTN"
kj-ban-to-chuc-thanh-uy-ha-noi-hd-2025-huy-hieu-dang-pdf
"THÀNH UỶ HÀ NỘI ĐẢNG CỘNG SẢN VIỆT NAM BAN TỔ CHỨC * Hà Nội, ngày tháng 8 năm 2025 Số -HD/BTCTU HƯỚNG DẪN Thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng ----- Căn cứ Điều lệ Đảng Cộng sản Việt Nam; các quy định, hướng dẫn của Trung ương, Thành ủy về việc tổ chức trao tặng Huy hiệu Đảng đối với đảng viên; căn cứ tình hình thực tiễn triển khai mô hình chính quyền địa phương 02 cấp. Được sự đồng ý của Thường trực Thành ủy, Ban Tổ chức Thành ủy hướng dẫn thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng kể từ đợt 02/9/2025, thực hiện thống nhất trong toàn Đảng bộ Thành phố, nội dung cụ thể như sau: I. THỜI GIAN THỰC HIỆN TRAO TẶNG HUY HIỆU ĐẢNG - Việc trao tặng Huy"
ik-hnd-dong-thap-09-HD-HNDT-2015-123docz
"Chủ hộ gia đình hoặc đại diện hộ gia đình nông dân là người trực tiếp tổ chức, quản lý, điều hành sản xuất, kinh doanh đang thường trú tại tỉnh Đồng Tháp, không phân biệt thành phần, giớ Trang 1HỘI NÔNG DÂN VIỆT NAM BCH HND TỈNH ĐỒNG THÁP * Số 09-HD/HNDT Cao Lãnh, ngày 12 tháng 3 năm 2015 HƯỚNG DẪN tiêu chuẩn và quy trình xét chọn hộ nông dân sản xuất, kinh doanh giỏi các cấp -Căn cứ Quy định số 944-QĐ/HNDTW, ngày 04 tháng 9 năm 2014 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, về việc quy định tiêu chuẩn hộ nông dân sản xuất, kinh doanh giỏi các cấp Trên cơ sở tình hình thực tế phong trào nông dân sản xuất kinh doanh giỏi trên địa bàn tỉnh Đồng Tháp trong thời gian qua, để nâng cao chất lượng và hiệu quả phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững; phấn đấu đưa phong trào phát triển về chất, xuất hiện ngày càng nhiều"
hx-hdnd-quang-ninh-nq-2025-99
"HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 99/2025/NQ-HĐND | Quảng Ninh, ngày 16 tháng 12 năm 2025 | NGHỊ QUYẾT QUY ĐỊNH NỘI DUNG, MỨC CHI PHỤC VỤ CHO CÔNG TÁC TỔ CHỨC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP TỈNH QUẢNG NINH, NHIỆM KỲ 2026 - 2031 Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15; Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 được sửa đổi, bổ sung bởi Luật số 83/2025/QH15; Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15; Luật Ngân sách nhà nước số 89/2025/QH15; Căn cứ Thông tư số 87/2025/TT-BTC hướng dẫn việc lập dự toán, quản lý, sử dụng và quyết"
cp-tt-hdnd-ubnd-hoa-binh-qc-2019-06
"THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 06/QC-TT.HĐND-UBND | Hòa Bình, ngày 20 tháng 3 năm 2019 | QUY CHẾ PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2016 - 2021 Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015; Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013; Căn cứ Nghị quyết số 629/2019/UBTVQH14 ngày 30 tháng 01 năm 2019 của Ủy ban Thường vụ Quốc hội về Hướng dẫn một số hoạt động của Hội đồng nhân dân; Thường trực Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh"
hx-ubnd-quang-nam-qd-2007-14
"ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | Số: 14/2007/QĐ-UBND | Tam Kỳ, ngày 19 tháng 6 năm 2007 | QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003; Căn cứ Nghị định số 171/2004/NĐ-CP ngày 29/9/2004 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, thành phố trực thuộc Trung ương; Căn cứ Nghị định số 23/2006/NĐ-CP ngày 03/3/2006 của Chính phủ về thi hành Luật Bảo vệ và phát triển rừng; Căn cứ Thông tư liên tịch số 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền"
cp-ubnd-lai-chau-qd-2025-tthc-stc
"# CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: /QĐ-UBND Lai Châu, ngày tháng năm 2025 # QUYẾT ĐỊNH Về việc công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính trong lĩnh vực hỗ trợ đầu tư thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Lai Châu CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính; Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung"
ie-thue-vinh-long-1539-VLO-QLDN3-2025-repo
"| CỤC THUẾ **THUẾ TỈNH VĨNH LONG** ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc --------------- | | Số: 1539/VLO-QLDN3 *V/v trả lãi tiền vay cho cổ đông* | *Vĩnh Long, ngày 02 tháng 12 năm 2025* | Ngày 18/11/2025, Thuế tỉnh Vĩnh Long có nhận được Công văn số 144/2025/CV-BSGBTr ngày 17/11/2025 của CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE vướng mắc về việc vay tiền cổ đông không lãi suất để thực hiện giải chấp tài sản tại ngân hàng. Thuế tỉnh Vĩnh Long có ý kiến như sau: Căn cứ khoản 2 Điều 49 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 của Quốc hội, quy định: “*Điều 49. Nguyên tắc ấn định thuế* *…* *2. Cơ quan quản lý thuế ấn định số tiền thuế phải nộp hoặc ấn định từng yếu tố, căn cứ tính thuế để xác định số tiền thuế phải nộp*.” Căn cứ điểm đ khoản 1"
jg-vpcp-tb-2025-659-md
"**VĂN PHÒNG CHÍNH PHỦ** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc --------------- | | Số: 659/TB-VPCP | *Hà Nội, ngày 29 tháng 11 năm 2025* | **THÔNG BÁO** KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT ĐÁP ỨNG YÊU CẦU PHÁT TRIỂN ĐẤT NƯỚC TRONG KỶ NGUYÊN MỚI VÀ NGHỊ QUYẾT SỐ 140/NQ-CP NGÀY 17/5/2025 CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW Ngày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Hồ Quốc Dũng đã chủ trì cuộc họp về tình hình thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới (sau đây gọi là Nghị quyết số 66-NQ/TW) và Nghị quyết số 140/NQ-CP ngày 17 tháng 5 năm 2025 của Chính phủ thực hiện Nghị quyết số 66-NQ/TW (sau đây gọi là Nghị quyết số 140/NQ-CP). Tham dự cuộc họp có Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tú, Phó Chủ nhiệm Văn phòng Chính"
""";
}
