using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The issuer and title of a text that lost its line breaks, read on its head cut back into lines (RunOnHeaderLines,
/// RunOnHeaderIssuer, RunOnHeaderTitle): the enacting line over the preamble, a gazette's running head and section, a digital signature's
/// stamp. Each text is the opening of a corpus document with all its whitespace joined into one space, as the "oneline"
/// probe (docs/scripts/respaced-corpus.py) and a portal page without breaks give it.
/// </summary>
public sealed class RunOnHeaderReadingTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_title_in_capitals_with_no_heading_gives_way_to_the_enacting_line_before_the_preamble()
    {
        // hy-ubnd-binh-thuan-qd-2006-63-flat, joined: a bare "ỦY BAN NHÂN DÂN" block, a title in capitals with no type heading, then
        // "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN Căn cứ …": the enacting line names the province the block leaves out.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 63/2006/QĐ-UBND | Phan Thiết, ngày 26 tháng 7 năm 2"
            + "006 | BAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN Căn cứ Luật "
            + "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003; Căn cứ Luật Ban hành văn bản quy phạm pháp luật "
            + "của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004; Căn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của "
            + "Chính phủ về Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam; Căn cứ Thông tư số 03/2006/TT-VPCP ngày 17/02/2"
            + "006 của Văn phòng Chính phủ hướng dẫn thi hành Nghị định 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ về Công b"
            + "áo nước Cộng hòa xã hội chủ nghĩa Việt");
        Assert.Equal("Ủy ban nhân dân tỉnh Bình Thuận", r.Issuer.Name);
        Assert.Equal("BAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN", r.Title);
    }

    [Fact]
    public void A_council_enacting_line_with_its_term_and_sitting_completes_a_bare_block()
    {
        // hy-hdnd-quan-go-vap-nq-2008-23, joined: "… HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX KỲ HỌP LẦN THỨ 11 Căn cứ …".
        var r = Parser.Parse("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 23/2008/NQ-HĐND | Gò Vấp, ngày 16 tháng 12 năm 20"
            + "08 | NGHỊ QUYẾT VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI, AN NINH - QUỐC PHÒNG NĂM 2009 TẠI KỲ HỌP LẦN THỨ 11 HỘI ĐỒNG NHÂ"
            + "N DÂN QUẬN GÒ VẤP KHÓA IX HỘI ĐỒNG NHÂN DÂN QUẬN GÒ VẤP KHÓA IX KỲ HỌP LẦN THỨ 11 Căn cứ Luật Tổ chức Hội đồng"
            + " nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Hội đồng nhân dân quận Gò Vấp khóa IX nhiệm kỳ 2004 - "
            + "2009 tiến hành kỳ họp lần thứ 11 vào ngày 16 tháng 12 năm 2008; Trên cơ sở xem xét các báo cáo của Thường trực"
            + " Hội đồng nhân dân, Ủy ban nhân dân, Viện Kiểm sát nhân dân, Tòa án nhân dân quận, báo cáo của các ngành, báo "
            + "cáo thẩm tra của hai Ban Hội đồng nhân dân quận và ý kiến phát biểu thảo luận tại kỳ họp; Kỳ họp lần thứ 11 Hộ"
            + "i đồng nhân dân quận Gò Vấp");
        Assert.Equal("Hội đồng nhân dân quận Gò Vấp", r.Issuer.Name);
    }

    [Fact]
    public void A_gazette_running_head_that_repeats_the_issuer_is_read_as_one_body()
    {
        // jv-bo-ke-hoach-dau-tu-qd-2022-1373-repo, joined: the Công báo's running head "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" over the block that
        // names the ministry again.
        var r = Parser.Parse("94 CÔNG BÁO/Số 659 + 660/Ngày 10-8-2022 BỘ KẾ HOẠCH VÀ ĐẦU TƯ BỘ KẾ HOẠCH VÀ ĐẦU TƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            + "VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1373/QĐ-BKHĐT Hà Nội, ngày 29 tháng 7 năm 2022 QUYẾT ĐỊNH Về việc đín"
            + "h chính Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi"
            + " tiết việc cung cấp, đăng tải thông tin và lựa chọn nhà đầu tư trên Hệ thống mạng đấu thầu quốc gia BỘ TRƯỞNG "
            + "BỘ KẾ HOẠCH VÀ ĐẦU TƯ Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Căn cứ Luật sử"
            + "a đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020; Căn cứ Nghị "
            + "định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hà"
            + "nh Luật ban hành văn bản quy");
        Assert.Equal("Bộ Kế hoạch và Đầu tư", r.Issuer.Name);
    }

    [Fact]
    public void A_digital_signature_stamp_is_no_issuer_block()
    {
        // mh-thu-tuong-qd-2026-892-pdf, joined: "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA … Cơ quan: VĂN PHÒNG CHÍNH PHỦ …" before the block.
        var r = Parser.Parse("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Cơ quan: VĂN PHÒNG CHÍNH PHỦ Ngày ký: 2026-06-02 08:0"
            + "6:33 +07:00 CÔNG BÁO/Số 302/Ngày 02-06-2026 44 THỦ TƯỚNG CHÍNH PHỦ ____________ Số: 892/QĐ-TTg CỘNG HÒA XÃ HỘI"
            + " CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc _______________________________________ Hà Nội, ngày 20 tháng "
            + "5 năm 2026 QUYẾT ĐỊNH Phê duyệt Đề án bồi dưỡng cán bộ, công chức, viên chức làm công tác đối ngoại, hội nhập "
            + "quốc tế đủ năng lực làm việc trong môi trường quốc tế trong kỷ nguyên mới giai đoạn 2026 - 2031 ____________ T"
            + "HỦ TƯỚNG CHÍNH PHỦ Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025; Căn cứ Luật Viên chức ngày 10 tháng"
            + " 12 năm 2025; Căn cứ Nghị quyết 59-NQ/TW ngày 24 tháng 01 năm 2025 của Bộ Chính trị về Hội nhập quốc tế trong "
            + "tình hình mới; Căn cứ Nghị quyết số 153/NQ-CP ngày 31 tháng 5 năm 2025 của Chính phủ ban hành Chương trình hàn"
            + "h động của Chính");
        Assert.Equal("Thủ tướng Chính phủ", r.Issuer.Name);
    }

    [Fact]
    public void A_gazette_section_heading_stands_apart_from_the_issuer_block_and_the_type_heading()
    {
        // mi-ubtvqh-nq-2025-89-pdf, joined: "… 3 VĂN BẢN QUY PHẠM PHÁP LUẬT ỦY BAN THƯỜNG VỤ QUỐC HỘI ỦY BAN THƯỜNG VỤ QUỐC HỘI Nghị quyết số: …".
        var r = Parser.Parse("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ Email: thongtinchinhphu@chinhphu.vn Cơ quan: VĂN PHÒNG CHÍNH PHỦ Th"
            + "ời gian ký: 12.08.2025 15:59:07 +07:00 CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025 3 VĂN BẢN QUY PHẠM PHÁP LUẬT ỦY "
            + "BAN THƯỜNG VỤ QUỐC HỘI ỦY BAN THƯỜNG VỤ QUỐC HỘI Nghị quyết số: 89/2025/UBTVQH15 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆ"
            + "T NAM Độc lập - Tự do - Hạnh phúc NGHỊ QUYẾT Về mức chi tổ chức và hoạt động bảo hiểm xã hội, bảo hiểm thất ng"
            + "hiệp giai đoạn 2025 - 2027 ỦY BAN THƯỜNG VỤ QUỐC HỘI Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam "
            + "đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15; Căn cứ Luật Tổ chức Quốc hội số 57/2014"
            + "/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14 và Luật số 62/2025/QH15; Căn cứ Luật Bảo "
            + "hiểm xã hội số 41/2024/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 84/2025/QH15; Căn cứ Luật Việc l"
            + "àm số 38/2013/QH13");
        Assert.Equal("Ủy ban Thường vụ Quốc hội", r.Issuer.Name);
        Assert.Equal("Về mức chi tổ chức và hoạt động bảo hiểm xã hội, bảo hiểm thất nghiệp giai đoạn 2025 - 2027", r.Title);
    }

    [Fact]
    public void A_sentence_case_title_ends_where_the_enacting_line_in_capitals_begins()
    {
        // iq-to-giup-viec-cchc-lam-dong-qd-2025-du-thao-doc, joined: "… tỉnh Lâm Đồng TỔ TRƯỞNG TỔ GIÚP VIỆC VỀ CẢI CÁCH HÀNH
        // CHÍNH Căn cứ …": the head's position and its body under the title are the enacting line, no part of the title.
        var r = Parser.Parse("|BAN CHỈ ĐẠO |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | |VỀ PHÁT TRIỂN KHCN, ĐMST, |Độc lập - Tự do - Hạnh phúc | |"
            + "CĐS VÀ ĐỀ ÁN 06 | | |TỔ GIÚP VIỆC VỀ | | |CẢI CÁCH HÀNH CHÍNH | | |Số: /QĐ-TGV |Lâm Đồng, ngày tháng 8 năm 202"
            + "5 | QUYẾT ĐỊNH Về việc phê duyệt thành viên và ban hành Quy chế hoạt động Tổ giúp việc về Cải cách hành chính "
            + "tỉnh Lâm Đồng TỔ TRƯỞNG TỔ GIÚP VIỆC VỀ CẢI CÁCH HÀNH CHÍNH Căn cứ Luật Tổ chức chính quyền địa phương ngày 16"
            + " tháng 6 năm 2025; Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về ban hành chương trì"
            + "nh tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; Căn cứ Quyết định số 378/QĐ-UBND ngày 11 tháng 7"
            + " năm 2025 của Ủy ban nhân dân tỉnh về việc thành lập Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sá"
            + "ng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm Đồng; Căn cứ Quyết định số 688/QĐ-BCĐ ngày 08 tháng 8 năm 2025 của "
            + "Ban Chỉ");
        Assert.Equal("Về việc phê duyệt thành viên và ban hành Quy chế hoạt động Tổ giúp việc về Cải cách hành chính tỉnh Lâm Đồng", r.Title);
    }

    [Fact]
    public void A_sentence_that_follows_the_jurisdiction_word_names_no_place()
    {
        // ji-ubnd-huyen-tb-2021-81-headerless, joined: the headline ends "… Lãnh đạo UBND huyện" and the next line opens
        // "Hiện nay, …": with the break gone, "Hiện" is no district.
        var r = Parser.Parse("Thông báo về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Thường trực HĐND, Lãnh đạo UBND huyện H"
            + "iện nay, tình hình dịch bệnh Covid - 19 tiếp tục diễn biến phức tạp, lây lan trong cộng đồng, số ca nhiễm còn "
            + "hằng ngày vẫn ở mức cao tại nhiều địa phương trong cả nước, ảnh hưởng đến phát triển kinh tế - xã hội và đời s"
            + "ống nhân dân. Để thực hiện nghiêm các văn bản chỉ đạo của Thủ tướng Chính phủ và của UBND tỉnh về tiếp tục thự"
            + "c hiện các biện pháp phòng chống dịch Covid – 19 và thực hiện Thông báo số 935/TB-UBND ngày 07/6/2021 của UBND"
            + " tỉnh về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Lãnh đạo tỉnh, UBND huyện thông báo các Phi"
            + "ên tiếp công dân định kỳ tháng 6 năm 2021 của Thường trực HĐND, Lãnh đạo UBND huyện tại phòng Tiếp công dân hu"
            + "yện hoãn tổ chức để đảm bảo phòng, chống dịch bệnh. Ủy ban nhân dân huyện thông báo để các phòng, ban, ngành, "
            + "đoàn thể cấp huyện; Ủy ban nhân dân các xã; các tổ chức và công dân biết. (Nguồn: Thông báo số 81/TB-UBND ngày"
            + " 08/6/2021) >>> Xem thông tin chi tiết tại đây: 81/TB-UBND");
        Assert.Equal("Ủy ban nhân dân huyện", r.Issuer.Name);
        // ic-thi-tran-huu-lung-tb-hoi-nghi-cu-tri-2024-portal, joined: "… trên địa bàn thị trấn Căn cứ Đề án …".
        var s = Parser.Parse("Skip to main content THÔNG BÁO Lịch tổ chức Hội nghị cử tri tại các khu phố trên địa bàn thị trấn Căn cứ Đề án"
            + " số 01/ĐA-UBND ngày 16/02/2024 của UBND huyện Hữu Lũng về Đề án sắp xếp ĐVHC cấp xã giai đoạn 2023 -2025 thuộc"
            + " huyện Hữu Lũng; Kết luận số 256-KL/HU ngày 16/02/2024 của Huyện ủy Hữu Lũng kết luận của Ban chấp hành Đảng b"
            + "ộ huyện về Đề án chi tiết sắp sếp đơn vị hành chính cấp xã huyện Hữu Lũng giai đoạn 2023 -2025. Triển khai thự"
            + "c hiện Kế hoạch số 64/KH-UBND ngày 16/02/2024 của UBND huyện Hữu Lũng về việc tổ chức lấy ý kiến cử tri và trì"
            + "nh thông qua HĐND các cấp về Đề án sắp xếp đơn vị hành chính (ĐVHC) cấp xã thuộc huyện Hữu Lũng giai đoạn 2023"
            + "-2025. Ngày 19/02/2024, UBND thị trấn ban hành Kế hoạch số 24/KH-UBND ngày 19/02/2024 Tổ chức lấy ý kiến cử tr"
            + "i và trình thông ");
        Assert.DoesNotContain("Căn", s.Issuer.Name ?? "");
    }
}
