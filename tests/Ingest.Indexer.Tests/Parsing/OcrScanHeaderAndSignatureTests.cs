using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Scans read by OCR (the corpus's `ocr-text` documents): the seal's debris glued to the signature column's position, the
/// column's name beside a Nơi nhận item, a day or month the OCR read with a letter for a digit, a place-date whose date it
/// damaged, a subject broken by the right-hand column. Each row is a verbatim excerpt of the document it names.
/// </summary>
public sealed class OcrScanHeaderAndSignatureTests
{
    private static readonly PlanParser Parser = new();

    // ld-ubnd-quang-ngai-ct-2024-pctntc-ocr: "b,CHỦ TỊCH" beside the heading, the seal's small letter glued to the
    // position; the principal written again clipped ("HỦ TỊCH") beside the first item; the name beside a later item.
    [Fact]
    public void A_position_glued_to_a_small_letter_of_debris_is_read_and_its_clipped_repeat_makes_the_deputy()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
            + "Số:0+ /CT-UBND Quảng Ngãi, ngày Íð tháng 3 năm 2024\n"
            + "nghiệp nhà nước thuộc tỉnh; Chủ tịch UBND câp huyện và các cơ quan, tô chức,\n"
            + "đơn vị có liên quan nghiêm túc triển khai thực hiện Chỉ thị này./.\n\nNơi nhận: : Ị] b,CHỦ TỊCH\n\n"
            + "- Thanh tra Chính phủ; + 2=tH@ HỦ TỊCH\n` ? 3 ỗ đóa: tra °\n\n- Thường trực Tỉnh uỷ; ((\\Y/: 4 >7)\n\n"
            + "- Thường trực HĐND tỉnh; = ko ) w% v 4\n\n- PCT UBND tỉnh; z\\ vê —Š /Jz\n\n"
            + "- Thường trực UBMTTQVN tỉnh; v2) Kócs2 ca\n\n- Các cơ quan chuyên trách TMGV Tỉnh ủy; ki ` Em ‹⁄\n\n"
            + "- Các tổ chức chính trị - xã hội tỉnh; \"x3\n\n- Các sở, ngành, đơn vị trực thuộc tỉnh; rần Hoàng Tuấn\n"
            + "\n- Công an tỉnh, Viện kiểm sát nhân dân tỉnh;\n\n- Tòa án nhân dân tỉnh, Cục THADS tỉnh;\n\n"
            + "- UBND các huyện, thị xã, thành phố;\n\n- Báo Quảng Ngãi; Đài PT-TH Quảng Ngãi;\n\n- VPUB: CVP, PCVP,\n\n"
            + "các phòng nghiên cứu, TCD, CBTH;\n\n- Lưu: VT, NC(ong172).\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Trần Hoàng Tuấn", r.Signer?.Name);
    }

    // lr-ubnd-dien-bien-qd-2025-ocr: "ơi nhận: „2G ›\iCHỦ TỊCH", a speck read as "\i" glued to the position; the name
    // under the file copy.
    [Fact]
    public void A_position_glued_to_a_sign_and_a_small_letter_beside_the_heading_is_read()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nTINH ĐIỆN BIẾN Độc lập - Tự do - Hạnh phúc\n"
            + "Số: ZZ2 /QĐ-UBND Điện Biên, ngày /2 tháng 02 năm 2025\nQUYÉT ĐỊNH\n"
            + "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế và các tổ chức,\n"
            + "cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\nơi nhận: „2G ›\\iCHỦ TỊCH\n"
            + "- Như Điều 3; z1\n- Văn phòng Chính phủ (Cục KSTTHC);\n- HT giải quyết TTHC tỉnh (Sở TT&TT);\n"
            + "- Công Thông tin điện tử tỉnh;\n- Lưu: VT, KSTTT\\rvA).ex\n\nLê Thành Đô\n\n2\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Lê Thành Đô", r.Signer?.Name);
    }

    // kx-bo-quoc-phong-vbhn-2026-tang-le-ocr: "- Đoàn Nghỉ lễ Quân đội; Thượng tướng Nguyên Văn Gấu", the rank telling the
    // column's name beside an item; "Nguyên" is "Nguyễn" with its marks misread.
    [Fact]
    public void A_ranked_name_beside_an_item_is_the_signers()
    {
        var r = Parser.Parse("Số: /#ý  /VBHN-BQP Hà Nội, ngày 01) tháng $Š năm 2026\nKT. BỘ TRƯỞNG\n_._ Nơi nhận: Z CHẾ RƯỜNG\n"
            + "- Các đ/c lãnh đạo BQP; 2⁄24 18 :\n- Bộ Nội vụ, . Ø vậy YÀYSƒ\n"
            + "- Bộ Văn hóa, Thê thao và Du lịch; túi ^ N$ệt 0\n- Văn phòng Chính phủ; \\` #¬/22Rƒ\n"
            + "- TW Hội CCB Việt Nam; : ¿ Š/ ý\n- Các cơ quan, đơn vị trực thuộc BQP; =\n"
            + "- Cục KTVB&QLXLVPHC/Bộ Tư pháp; * zÝ\n- C79, C41, C55, C56, C12, C13, C85, C290): Z b‹ * ^?\n"
            + "- Đoàn Nghỉ lễ Quân đội; Thượng tướng Nguyên Văn Gấu\n- Báo QĐND, Trung tâm PTTH Quân đội;\n"
            + "\" - Cổng TTĐTCP, Cổng TTĐTBQP (đề đăng tải); ` ¬\n- Lưu: VT, NCTH.\n"
            + "* Cụm từ “Cục Chính sách” được thay thế bằng cụm từ “Cục Chính sách - Xã hội” theo quy -\n");
        Assert.Equal("Nguyễn Văn Gấu", r.Signer?.Name);
    }

    // iv-byt-qd-130-2023-ocr: "- BHXH Bộ Quốc phòng: Trân Văn Thuân", the name after the colon of an item with no ";".
    [Fact]
    public void A_name_after_an_items_colon_is_the_signers()
    {
        var r = Parser.Parse("vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận: KT. BỘ TRƯỞNG\nTHỨ TRƯƠNG\n\n"
            + "- Như Điều 6;\n\n- Phó TTgCP. Trần Hồng Hà (đề báo cáo);\n\n- Bộ trưởng Bộ Y tế (để báo cáo);\n\n"
            + "- Văn phòng Chính phủ (để báo cáo);\n\n- Bộ Tài chính;\n\n- BHXH Việt Nam;\n\n"
            + "- UBND các tỉnh, thành phố trực thuộc TƯ;\n- Sở Y tế các tỉnh, thành phố trực thuộc TƯ;\n"
            + "- Cơ sở khám, chữa bệnh trực thuộc Bộ Y tế;\n- Y tế các Bộ, ngành; : ` 4\n"
            + "- BHXH các tỉnh, thành phô trực thuộc TƯ; À v Ấ\n\n- BHXH Bộ Quốc phòng: Trân Văn Thuân\n"
            + "- BHXH Bộ Công an;\n\n- Các Vụ, Cục: KH-TC, TTB&CTYT, Pháp chế,\n\nYDCT, Quản lý Dược, Quản lý KCB;\n\n"
            + "- Hiệp hội Bệnh viện tư nhân Việt Nam;\n\n- Cổng Thông tin điện tử Bộ Y tế;\n\n- Lưu: VT, BH.\n");
        Assert.Equal("THỨ TRƯƠNG", r.Signer?.Title);
        Assert.Equal("Trần Văn Thuân", r.Signer?.Name);
    }

    // lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr: a quote before "Nơi nhận", items marked "~", the seal's
    // debris set apart by blank lines before the name, and "Ni" left of an item the seal covered.
    [Fact]
    public void A_heading_behind_a_quote_speck_opens_the_list_and_its_signature()
    {
        var r = Parser.Parse("'VIỆN KIẾM SÁT NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÓI CAO Độc lập - Tự do - Hạnh phúc\n"
            + "só£66/QĐ-VKSTC Hà Nội, ngày ( tháng “năm 2019\nQUYẾT ĐỊNH -\nBan hành Quy định về quy trình kiểm sát\n"
            + "việc giải quyết các vụ án hành chính\n'VIỆN TRƯỞNG VIỆN KIÊM SÁT NHÂN DÂN TÓI CAO\n\n"
            + "~ Căn cứ Luật Tổ tụng hành chính ngày 25 tháng I1 năm 2015;\n\n"
            + "- Căn cứ Luật Tổ chức Viện kiểm sát nhân dân ngày 24 tháng II năm 2014;\n\n"
            + "- Xét đề nghị của Vụ trưởng Vụ kiểm sát việc giải quyết các vụ án hành\n"
            + "chính, vụ việc kinh doanh, thương mại, lao động và những việc khác theo quy\n"
            + "định của pháp luật, Vụ trưởng Vụ Pháp chế và Quản lý khoa học,\n\nQUYÉT ĐỊNH:\n\n"
            + "Điều 1. Ban hành kèm theo Quyết định này Quy định về quy trình kiểm\n"
            + "sát việc giải quyết các vụ án hành chính.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
            + "Điều 3. Thủ trưởng các đơn vị thuộc Viện kiểm sát nhân dân tối cao, Viện\n"
            + "trưởng Viện kiểm sát nhân dân cấp cao, Viện trưởng Viện kiểm sát nhân dân cấp\n"
            + "tỉnh, Viện trưởng Viện kiểm sát nhân dân cấp huyện chịu trách nhiệm tổ chức\n"
            + "thi hành Quyết định này.“Ƒ2⁄\n\n\"Nơi nhận: VIỆN TRƯỞNG\n- Ni _ LG số xã\n~ Như Điều 3; H\n"
            + "~ Lưu: VT, Vụ 10. “5 n :\n\n[Di xe)\n\nVN, xe / SE =...\n\nXu ——\n`S*~ Lê Minh Trí\n");
        Assert.Equal("VIỆN TRƯỞNG", r.Signer?.Title);
        Assert.Equal("Lê Minh Trí", r.Signer?.Name);
        Assert.Equal(["Như Điều 3"], r.Recipients.Select(x => x.Text));
    }

    // jh-ubnd-hai-phong-qd-2025-430-ocr "ngày 2O tháng O2", jc-hdql-quy-khuyen-hoc-binh-thuan-don-2025-ocr "ngày 18§ tháng
    // 02", ll-ubnd-cao-bang-qd-1999-157-ocr "năm: 1999,": a plain O is the digit 0, a speck after a two-digit day nothing.
    [Fact]
    public void A_plain_O_for_zero_a_speck_after_the_day_and_a_colon_after_nam_still_give_the_date()
    {
        Assert.Equal("2025-02-20", Parser.Parse("UỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHÓ HẢI PHÒNG Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 1Ø/QĐ-UBND Hải Phòng, ngày 2O tháng O2 năm 2025\nQUYÉT ĐỊNH\n"
            + "Về việc công bố danh mục thủ tục hành chính được sửa đổi, bỗ sung, thay thế\n"
            + "lĩnh vực Giáo dục và đào tạo trên địa bàn thành phố Hải Phòng\n").IssueDate);
        Assert.Equal("2025-02-18", Parser.Parse("HỘI KHUYÉN HỌC TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "HỘI ĐÒNG QL QUỸ_ KHUYÊN HỌC Độc lập —- Tự do —- Hạnh phúc\n\nBình Thuận, ngày 18§ tháng 02 năm 2025\n\n"
            + "¬ _ ĐƠN ĐÈ NGHỊ\nSửa đổi, bồ sung Điêu lệ Quỹ Khuyên học tỉnh Bình Thuận.\n").IssueDate);
        Assert.Equal("1999-02-22", Parser.Parse("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc\n"
            + "so No Cov TH NT. <5\nSố: 157/QĐÐ-NĐ-UB Cao Bằng, ngày 22 tháng 2 năm: 1999,\n\n"
            + "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TÌNH\nVề việc : Giao quyền sử dụng đất ở dân cư\n").IssueDate);
    }

    // lw-ldld-so-vhttdl-an-giang-ctph-2017-154-ocr "ngày2ổ tháng 4": a handwritten day read as a syllable's letter is no zero.
    [Fact]
    public void An_O_with_marks_is_no_zero()
    {
        var r = Parser.Parse("LIÊN ĐOÀN LAO ĐỘNG - CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            + "SỞ VĂN HÓA, THẺ THAO VÀ DU LỊCH Độc lập - Tự đo - Hạnh phúc\nTỈNH AN GIANG — T—————— —\n"
            + "Số:45+ /CTPH-LĐLĐ-SVH,TT,DL An Giang, ngày2ổ tháng 4 năm 2017\nCHƯƠNG TRÌNH PHÓI HỢP\n\n"
            + "Xây dựng đời sống văn hóa cơ sở trong CNVCLĐ\n");
        Assert.Null(r.IssueDate);
        Assert.Equal("An Giang", r.Place);
    }

    // lw-ubnd-tay-ninh-qd-2025-358-ocr "Tây Ninh, ngày 3Ò) tháng 02 nềšm 2025": the date damaged past reading under the
    // motto; the place is still the line's.
    [Fact]
    public void A_place_before_a_date_damaged_past_reading_is_read_without_the_date()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA. VIỆT NAM\n\nTỈNH TÂY NINH Độc lập - Tự do - Hạnh phúc\n"
            + "Số: bà) /QĐ-UBND Tây Ninh, ngày 3Ò) tháng 02 nềšm 2025\nQUYÉT ĐỊNH\n\n"
            + "Về việc công bố Danh mục và Quy trình nội bộ giải quyết\n");
        Assert.Equal("Tây Ninh", r.Place);
        Assert.Null(r.IssueDate);
    }

    // jh-dh-cntt-khoa-httt-tb-2014-ocr: the hand-filled number's dots read as one long word before "Tp. Hồ Chí Minh".
    [Fact]
    public void A_word_longer_than_any_syllable_is_no_part_of_the_place()
    {
        Assert.Equal("Tp. Hồ Chí Minh", Parser.Parse("TRƯỜNG ĐẠI HỌC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG NGHỆ THÔNG TIN Độc lập - Tự do - Hạnh phúc\n"
            + "KHOA HỆ THÓNG THÔNG TIN ÃốÃốãẽ\n"
            + "SỐ Scccãốãaãẽãẽãẽãẽãẽãẽãẽãẽsẽs Tp. Hồ Chí Minh, ngày£3 tháng tÌ năm 2014\nSố : ơi /TB - HTTT\n"
            + "THÔNG BÁO\nKế hoạch bảo vệ Thực tập Tốt nghiệp và Khóa luận Tốt nghiệp cho sinh viên\n"
            + "Chính quy ngành Hệ thống Thông tin Đợt 1 năm 2014\n").Place);
    }

    // ld-dh-dien-luc-tb-2025-le-ky-niem-ocr: the subject's first line closed by a comma, the next opening with a capital.
    [Fact]
    public void A_subject_line_closed_by_a_comma_goes_on_with_the_next()
    {
        var r = Parser.Parse("BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "TRƯỜNG ĐẠI HỌC ĐIỆN LỰC Độc lập - Tự do - Hạnh phúc\n"
            + "Số: ø07Ó../TB-ĐHĐL Hà Nội, ngày.) {tháng & năm 2025\n- THÔNG BÁO\n"
            + "Về việc tham dự Lễ kỷ niệm 80 năm thành lập Bộ Giáo dục và Đào tạo,\n"
            + "Khai giảng năm học 2025-2026 và công bô quyết định câp giây chứng nhận\n"
            + "kiêm định chât lượng giáo dục cho 07 chương trình đào tạo\n\n"
            + "Căn cứ Kế hoạch số 2079/KH-ĐHĐL ngày 26/8/2025 về việc tổ chức Lễ kỷ\n"
            + "niệm 8U năm thành lập Bộ Giáo dục và Đào tạo, Khai giảng năm học 2025-2026\n"
            + "và công bố quyết định cấp giấy chứng nhận kiểm định chất lượng giáo dục cho\n"
            + "07 chương trình đào tạo;\n");
        Assert.Equal("Về việc tham dự Lễ kỷ niệm 80 năm thành lập Bộ Giáo dục và Đào tạo, Khai giảng năm học 2025-2026 và công bô "
            + "quyết định câp giây chứng nhận kiêm định chât lượng giáo dục cho 07 chương trình đào tạo", r.Title);
    }

    // kx-bo-gddt-cv-2026-1849-ocr: the right column's number read as debris beside the subject's first line, its
    // place-date beside the second.
    [Fact]
    public void A_subject_goes_on_past_the_place_date_beside_its_second_line_without_the_debris_beside_its_first()
    {
        var r = Parser.Parse("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\n: Độc lập - Tự do - Hạnh phúc\n"
            + "Sô184ØBGDĐT-GDPT SG. -:-S-SSXa-.TN.N\nV/v kiểm tra, khảo sát, đánh giá thực \"— . ẩ g\n"
            + "trạng sử dụng phòng học bộ môn, thiết Hà Nội, ngày 10 tháng # năm 2026\n"
            + "bị dạy học trong thực hiện giáo dục\nSTEM tại các cơ sở giáo dục\n"
            + "Kính gửi: Các Sở Giáo dục và Đào tạo\n\n"
            + "Thực hiện Kế hoạch số 199/KH-BGDĐT của Bộ Giáo dục và Đào tạo ngày\n");
        Assert.Equal("kiểm tra, khảo sát, đánh giá thực trạng sử dụng phòng học bộ môn, thiết bị dạy học trong thực hiện giáo dục "
            + "STEM tại các cơ sở giáo dục", r.Title);
    }

    // lq-ban-tgdv-tu-lam-dong-cv-2025-ocr: "- Như kính gửi, PHÓ-TRƯỞNG BAN THƯỜNG TRỰC", the space between the position's words
    // read as a hyphen; the position is the deputy's under "K/T TRƯỜNG BAN", and the item ends before it.
    [Fact]
    public void A_hyphen_between_capitals_of_a_position_beside_an_item_is_a_space()
    {
        var r = Parser.Parse("TỈNH ỦY LÂM ĐÔNG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DẦN VẬN\n"
            + "3 * Lâm Đông, ngày 04 tháng 9 năm 2025\nSố J0 -CV/BTGDVTU\nV⁄% cử lãnh đạo Ban tham gia\n"
            + "Ban Vì sự tiến bộ của phụ nữ\n\nKính gửi: Sở Nội vụ.\n\n"
            + "Triển khai Công văn số 1189/SNV-LĐVL&TN, ngày 29/8/2025 của Sở Nội\n"
            + "vụ về việc cử đại diện lãnh đạo tham gia Ban Vì sự tiến bộ của phụ nữ;\n\n"
            + "Ban Tuyên giáo và Dân vận Tỉnh ủy cử lãnh đạo Ban tham gia Ban Vì sự\n"
            + "tiến bộ của phụ nữ cụ thể như sau:\n\nHọ và tên Chức vụ, đơn vị công tác Số điện thoại\n\n"
            + "Phó Trưởng Ban Tuyên giáo\nvà Dân vận Tỉnh ủy\n\nPhạm Đức Lộc\n\n0941 507 999\n\n"
            + "Ban Tuyên giáo và Dân vận Tỉnh ủy có ý kiến để Sở Nội vụ tổng hợp.\n\nNơi nhận: „ K/T TRƯỜNG BAN\n"
            + "- Như kính gửi, PHÓ-TRƯỞNG BAN THƯỜNG TRỰC\n- Lãnh đạo ban, (b/c) Go 4N ĐẦN\n\n- Lưu BTGDVTU, VP.\n\n"
            + "Châu Ngọc Lương\n");
        Assert.Equal("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", r.Signer?.Title);
        Assert.Equal("Châu Ngọc Lương", r.Signer?.Name);
        Assert.Equal("Như kính gửi", r.Recipients[0].Text);
    }

    // mj-dh-tay-do-cv-2025-1135-ocr "__ ——.HIỆU TRƯỞNG" over "ơi nhận:", lq-dh-cntt-tb-2013-01-ocr "Ð, HIỆU TRƯỜNG —" over
    // "; 5" and "Nơi nhận:": the position printed over the list, specks around it, its name lost.
    [Fact]
    public void A_position_among_specks_over_the_heading_is_a_block_with_its_name_lost()
    {
        var taydo = Parser.Parse("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            + "TRƯỜNG ĐẠI HỌC TÂY ĐÔ Độc lập - Tự do - Hạnh phúc\nSó:4122/ĐHTĐ Cân Thơ, ngày-‡⁄2 tháng4O năm 2025\n\n"
            + "⁄ Góp ý dự thảo Quy chế văn bằng,\nchứng chỉ của hệ thống GDQD\n\n"
            + "Kính gửi: Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo.\n\n"
            + "Thực hiện Công văn số 6576/BGDĐT-QLCL, ngày 17/10/2025 của Cục\n"
            + "trưởng Cục Quản lý chất lượng về việc lẫy ý kiến góp ý dự thảo Quy chê văn\n"
            + "bằng, chứng chỉ hệ thống GDQD;\n\n"
            + "Sau khi triển khai góp ý nội bộ, Trường Đại học Tây Đô thống nhất với nội\n"
            + "dung của dự thảo Quy chế văn bằng, chứng chỉ hệ thống giáo dục quốc dân.\n\nTrần (rọng. NAVjL:\n"
            + "__ ——.HIỆU TRƯỞNG\n\nơi nhận:\n- Như trên.\n- Lưu: VT, TC-HC,\n\n");
        Assert.Equal("HIỆU TRƯỞNG", taydo.Signer?.Title);
        Assert.Null(taydo.Signer?.Name);
        var cntt = Parser.Parse("DẠI HỌC QUỐC GIA TP.HCM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            + ". TRƯỜNG ĐẠI HỌC Độc lập - Tự do - Hạnh phúc\nCONG NGHẸ THONG TIN\n\n"
            + "Tp. Hồ Chí Minh, ngày2¿tháng 01 năm 2013\n\nSố: 01/TB-BGH\n\nTHÔNG BÁO\n"
            + "(V/v Tăng cường giám sát trong phòng thì)\n\n"
            + "Hiện nay Phòng Công tác Sinh viên đã nhận được 3 bản tường trình của sinh\n"
            + "viên về việc bị mất cắp balô trong đó có tài sản quý giá như laptop, điện thoại, ví ...\n"
            + "trong thời gian tô chức thi kết thúc học kỳ I năm học 2012-2013 từ ngày 24/11/2012\n"
            + "đến nay, do đó Ban giám hiệu đề nghị:\n\n"
            + "1. Cho phép sinh viên được mang balô, túi xách chứa laptop, điện thoại để gần\n"
            + "chỗ ngồi của mình trong phòng thi.\n\n"
            + "2. Phòng Đào tạo Đại học thực hiện các biện pháp để tránh trường hợp xảy ra tình\n"
            + "trạng mắt cắp trong phòng thi.\n\n"
            + "3. Ban quản lý cơ sở tăng cường lực lượng bảo vệ giám sát chặt chẽ với các đối\n"
            + "tượng không có nhiệm vụ gần khu vực các phòng thi.\n\n"
            + "4. Phòng Công tác Sinh viên phối hợp với Đoàn Thanh niên, Hội sinh viên lập các\n"
            + "đội thanh niên giữ gìn trật tự bên ngoài phòng thi.\n\n"
            + "5. Yêu cầu giám thị giám sát tình hình thi chặt chẽ tránh việc lợi dụng tình hình\n"
            + "này để quay cóp, gian lận trong thi cử.\n\n"
            + "6. Các Khoa, Phòng ban nhắc nhở sinh viên việc tự giữ và bảo quản tài sản cá\n"
            + "nhân của mình khi đến trường, không nên đem tài sản quý giá vào phòng thi mà\n\nkhông tự giữ được.\n\n"
            + "4 HIỆU TRƯỞNG ./\nÐ, HIỆU TRƯỜNG —\n\n; 5\n\nNơi nhận:\n- Các Khoa, Phòng ban liên quan (đê thực hiện);\n"
            + "- Lưu: VT, CTSV.\n\nÀ'../ (7› }- Ƒ A//~\nSu, Quy mu\" ⁄Ứ\n");
        Assert.Equal("HIỆU TRƯỜNG", cntt.Signer?.Title);
        Assert.Null(cntt.Signer?.Name);
    }

    // iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr "FT ĐÀ T HIỂU TRƯỞNG" over "Nơi nhận:": letters before the position may be a
    // capacity mark's ("KT."), the position then the principal's; no block is read (corpus README: `signer: null`).
    [Fact]
    public void A_position_after_letters_over_the_heading_is_no_block()
    {
        Assert.Null(Parser.Parse("BÔ CÔNG THƯƠNG CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG “ắc đập - Tự do - Hạnh phác\nTHÀNH PHÓ HÒ CHÍ MINH\n"
            + "—----Ỷereee, Thành phố Hồ Chí Minh, ngày khỖ tháng 6 năm 2026\nSố: Š/KH-DCT\nKẾ HOẠCH\n"
            + "Khảo sát, xác định chỉ số hài lòng của người dân\nđối với dịch vụ giáo dục công năm 2026\n"
            + "Trên đây là Kế hoạch khảo sát, xác định chỉ số hài lòng của người dân đối với dịch vụ giáo\n"
            + "dục công năm 2026 của Trường Đại học Công Thương Thành phố Hồ Chí Minh. Đề nghị\n"
            + "các đơn vị liên quan phối hợp triển khai thực hiện nghiêm túc, hiệu quả và đúng thời gian\n"
            + "quy s—:- Í | —\n\nFT ĐÀ T HIỂU TRƯỞNG\nNơi nhận: ĐẠI HỌC , 2A l\n- BGH (/c); CÔNG THƯƠN t))5Ÿ(\n\n"
            + "- ĐT, CTSV và 05 khoa được chọn (t/h);\n- Lưu: VT, _—\n“\n").Signer);
    }

    // ll-ubnd-cao-bang-qd-1999-157-ocr: "... CHỦ TỊCH" beside an item (the principal, its "KT." lost), then "^¡:. PHỐNCHỦ TỊCH",
    // the deputy's position with "PHÓ" glued to it; the capitals are no name, and they make the title the deputy's.
    [Fact]
    public void Capitals_under_the_principal_with_pho_glued_before_it_make_the_deputys_position()
    {
        var r = Parser.Parse("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc\n"
            + "so No Cov TH NT. <5\nSố: 157/QĐÐ-NĐ-UB Cao Bằng, ngày 22 tháng 2 năm: 1999,\n\n"
            + "xã Cao Bằng và ông, bà: Nông Bích Sảng - Nông Đình Huân chịu trách nhiệm\n"
            + "thi hành Quyết định này/. ú -\n\nVoi nhận: TM UBND TỈNG\n- Như điều 3 “Để thi hành\" ... CHỦ TỊCH\n"
            + "^¡:. PHỐNCHỦ TỊCH\n\n'\n\n- Phòng Địa chính Thị xã\n\n- Lưu VT-NĐ Ì“*“”\n\n@\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
    }
}
