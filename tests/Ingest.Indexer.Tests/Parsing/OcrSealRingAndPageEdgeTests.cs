using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Header;
using Ingest.Indexer.Parsing.Recipients;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Scans read by OCR (the corpus's `ocr-text` documents), the p-scan52 rules: a position among the seal's debris round the
/// Nơi nhận heading with no name read, a family name whose capital the seal took and whose next letters it misread, the
/// seal's specks between a name's words, the seal's ring read as capitals, a subject under the lone slash left of "V/v",
/// the page edge's specks before a title's lines and a title's "g" drawn as "ø". Each text is a verbatim excerpt of the
/// document it names (its header, then its last lines).
/// </summary>
public sealed class OcrSealRingAndPageEdgeTests
{
    private static readonly PlanParser Parser = new();

    // mq-dh-tay-do-kh-2025-1146-ocr: "Nơi nhận: - SHIEU TRƯỞNG >-", the seal's stroke glued to the position as an "S".
    [Fact]
    public void A_position_glued_to_a_speck_beside_the_heading_is_read_with_no_name()
    {
        var r = Parser.Parse("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC TÂY ĐÔ\nSố: JAC /KH-ĐHTĐ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập — Tự do - Hạnh phúc\nCân Thơ, ngày>)Štháng |Ö năm 2025\n\nKÉẺ HOẠCH\n"
            + "Trên đây là Kế hoạch tổ chức Chương trình tuyên truyền giáo dục về an toàn giao\n"
            + "thông, an ninh mạng và trật tự xã hội cho sinh viên, Ban Giám hiệu đề nghị các đơn vị trực\n"
            + "thuộc triển khai thực hiện nghiêm túc và có hiệu quả Kế hoạch này./ -\n\nNơi nhận: - SHIEU TRƯỞNG >-\n"
            + "- HĐT, BGH, ÐU (đê b/c); :\n\n- Các đơn vị thuộc trường (đề t/h); đ$cÍ\n\n");
        Assert.Equal("HIỆU TRƯỞNG", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
    }

    // jj-dh-cntt-tb-2013-01-ocr: "“Em HIệU TRƯỜNG —" over the heading, a mark read small and specks round it.
    [Fact]
    public void A_position_among_specks_over_the_heading_is_read_with_no_name()
    {
        var r = Parser.Parse("ĐẠI HỌC QUỐC GIA TP.HCM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + ". TRƯỜNG ĐẠI HỌC Độc lập - Tự do - Hạnh phúc\nCÔNG NGHỊ THONG TIN 1¬ œ6\n"
            + "số: 01/TB-BGH Tp. Hô Chí Minh, ngày22tháng 01 năm 2013\nTHÔNG BÁO\n"
            + "(V/v Tăng cường giám sát trong phòng thì)\n"
            + "6. Các Khoa, Phòng ban nhắc nhở sinh viên việc tự giữ và bảo quản tài sản cá\n"
            + "nhân của mình khi đến trường, không nên đem tài sản quý giá vào phòng thi mà\nkhông tự giữ được.\n\n"
            + "¬ : „\n“Em HIệU TRƯỜNG —\n\nNơi nhận: 92 Ho Ạ :\n\n- — Phòng ban liên quan (để thực hiện); 8 CN „ `\n\n"
            + "\\XơwN,” =2\n$ ` 3 Ẩ\\ =\n\n");
        Assert.Equal("HIỆU TRƯỞNG", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
    }

    // iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr: "FT ĐÀ T HIỂU TRƯỞNG", the page's "KT. HIỆU TRƯỞNG"; capitals before the
    // position may be what is left of the mark, and the position then the principal's: no title is read.
    [Fact]
    public void Capitals_before_the_position_may_be_a_marks_remnant_and_no_title_is_read()
    {
        var r = Parser.Parse("BÔ CÔNG THƯƠNG CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG “ắc đập - Tự do - Hạnh phác\nTHÀNH PHÓ HÒ CHÍ MINH\n"
            + "—----Ỷereee, Thành phố Hồ Chí Minh, ngày khỖ tháng 6 năm 2026\nSố: Š/KH-DCT\nKẾ HOẠCH\n"
            + "Khảo sát, xác định chỉ số hài lòng của người dân\nđối với dịch vụ giáo dục công năm 2026\n"
            + "Trên đây là Kế hoạch khảo sát, xác định chỉ số hài lòng của người dân đối với dịch vụ giáo\n"
            + "dục công năm 2026 của Trường Đại học Công Thương Thành phố Hồ Chí Minh. Đề nghị\n"
            + "các đơn vị liên quan phối hợp triển khai thực hiện nghiêm túc, hiệu quả và đúng thời gian\n"
            + "quy s—:- Í | —\n\nFT ĐÀ T HIỂU TRƯỞNG\nNơi nhận: ĐẠI HỌC , 2A l\n- BGH (/c); CÔNG THƯƠN t))5Ÿ(\n\n"
            + "- ĐT, CTSV và 05 khoa được chọn (t/h);\n\n");
        Assert.Null(r.Signer?.Title);
    }

    // ld-syt-tp-hcm-kh-2021-ra-soat-vbqppl-ocr: "`2 ấyễn Hoài Nam" under the file copy, Nguyễn's "Ngu" lost and misread.
    [Fact]
    public void A_family_name_read_from_its_marked_tail_under_the_file_copy()
    {
        var r = Parser.Parse("UY BẠN NHÀN DAN CỘNG HOA XÃ HỌI CHU NGHIA VIET NAM\nTHÀNH PHÓ HÒ CHÍ MINH Độc lập - Tự do - Hạnh phúc\n"
            + "SƠ Y TE\nTrên đây là Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm\n"
            + "2021 của Sở Y tê, đê nghị các đơn vị liên quan nghiêm túc tô chức triên khai thực\n"
            + "hiện các nội dung được phân côngŸ(⁄\nNơi nhận: KT. GIÁM ĐÓC\n- VP UBND thành phó; Z PHÓ Ắ §\n"
            + "- Sở Tư pháp; ⁄6::PHÓ GIÁM ĐỌC\n- BGĐ Sở Y tế, Á4 „ NÓÀ\n- Các phòng ban thuộc Sở; xí x9 À+z\n"
            + "- Các đơn vị trực thuộc Sở; 's ị Y„ Ì\n- Lưu:VT, VPS, TTN. \\A Ế +\n\\ >7\n`2 ấyễn Hoài Nam\n_\n|\n\n");
        Assert.Equal("Nguyễn Hoài Nam", r.Signer?.Name);
    }

    // lw-ubnd-tay-ninh-qd-2025-358-ocr: "` suyễn Hồng ' Thanh" over an annex, a speck between the name's words.
    [Fact]
    public void A_speck_between_a_names_words_is_no_word_of_it()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA. VIỆT NAM\n\nTỈNH TÂY NINH Độc lập - Tự do - Hạnh phúc\n"
            + "Số: bà) /QĐ-UBND Tây Ninh, ngày 3Ò) tháng 02 nềšm 2025\nQUYÉT ĐỊNH\n\n"
            + "Về việc công bố Danh mục và Quy trình nội bộ giải quyết\n"
            + "thủ tục hành chính mới, ban hành trong lĩnh vực đăng ký, quản lý cư trú\n"
            + "thuộc thầm quyền giải quyết của Ủy ban nhân dân cấp xã\n"
            + "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh;\n"
            + "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phó, Chủ tịch Ủy ban nhân dân\n"
            + "các xã, phường, thị trấn và các tô chức, cá nhân có liên quan chịu trách nhiệm thi\n"
            + "hành Quyết định này./.\n\nNơi nhận: „ KT. CHỦ TỊCH\n- Như Điều 4; ““ __PHÓ CHỦ TỊCH\n"
            + "- Cục Kiêm soát TTHC - Văn phòng Chính phủ; Ñ S\n- CT, các PCT UBND tỉnh;\n- Lãnh đạo VP UBND tỉnh;\n"
            + "- P. KSTT, TT. PVHCC, TT. CB - TH;\n~- Lưu: VT, VP UBND tỉnh. (VD)\n\nẠ\n\n` suyễn Hồng ' Thanh\n\n"
            + "PHỤ LỤC\n,.\\ MộC VÀ QUY TRÌNH NỘI BỘ GIẢI QUYẾT. THỦ TỤC HÀNH CHÍNH\n"
            + "MỐt BẠN ĐÀM QU TRONG LĨNH VỰC ĐĂNG KÝ, QUẢN LÝ CƯ TRÚ\n\n\n");
        Assert.Equal("Nguyễn Hồng Thanh", r.Signer?.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    [Theory]
    [InlineData("ấyễn", "Nguyễn")]
    [InlineData("suyễn", "Nguyễn")]
    [InlineData("kinh", null)] // a bare tail: common words close so
    [InlineData("nguyễnn", null)] // longer than the family name
    public void A_family_name_is_read_from_its_marked_tail_only(string word, string? family)
    {
        string[] families = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Đinh"];
        Assert.Equal(family, SignerNameRepair.FamilyByMarkedTail(word, families));
    }

    // iu-hoi-lhpn-lam-dong-cv-btv-2025-ocr: "HỘI LIÊN HIỆ" / "PHỤ NỮ TỈNH" under the position, the seal's ring.
    [Fact]
    public void The_seals_ring_in_capitals_is_no_name()
    {
        var r = Parser.Parse("HỘI LHPN TỈNH LÂM ĐÔNG _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập - Tự do - Hạnh phúc\n"
            + "\nSố: l5 /CV- BTV\n\nV/v giới thiệu lãnh đạo tham gia Ban\nVì sự tiên bộ của phụ nữ và tô\n"
            + "thư ký, giúp việc\n\nLâm Đông, ngày-14 tháng 9 năm 2025\n\nKính gửi: Lãnh đạo Sở Nội vụ\n\n"
            + "Thực hiện Công văn số 1189/SNV- LĐVL&TN, ngày 29/8/2025 của Sở Nội\n"
            + "vụ về việc cử đại diện lãnh đạo tham gia Ban Vì sự tiến bộ của phụ nữ và tổ thư ký,\n\n"
            + "giúp việc; Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh lập danh sách lãnh đạo tham\ngia như sau:\n\n"
            + "STT Họ và tên Chức vụ/đơn vị Số điện thoại\nTỉnh ủy viên, PCT Uỷ ban\n"
            + "01 H°Vi ÊBan MTTQ Việt Nam tỉnh, 0905.705.559\nChủ tịch Hội LHPN tỉnh.\nv ¬ Phó Ban Công tác Phụ nữ,\n"
            + "02 | Nguyễn Thị Bích Ngọc Hội LHPN tỉnh 0856.708.679\nNơi nhận: TM. BAN THƯỜNG VỤ\n"
            + "- Như kính gửi; PHÓ CHỦ TỊCH\n- Lưu: VP, VT. n\n\nHỘI LIÊN HIỆ\nPHỤ NỮ TỈNH\n\n\n");
        Assert.Null(r.Signer?.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    // ll-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr: "TM. HỘI ĐÒNG QUẢN LÝ QUỸ" beside the heading, "CHỦ" beside the first
    // item, the rest of the position lost to the seal.
    [Fact]
    public void A_piece_of_the_heads_position_under_a_body_signing_line_is_that_position()
    {
        var r = Parser.Parse("4717\n13m5/20z5\n\nHỘI KHUYÊN HỌC TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "HỘI ĐÒNG QL QUỸ KHUYÉN HỌC Độc lập - Tự do - Hạnh phúc\n\n"
            + "Số: 01NQ-HĐQLQ Bình Thuận, ngày 16 tháng 02 năm 2025\n\nNGHỊ QUYẾT CỦA HỘI ĐÔNG QUẢN LÝ QUỸ\n"
            + "_ KHUYÉN HỌC TỈNH BÌNH THUẬN\n(Về việc đê nghị xem xét sữa đôi, bô sung Điêu lệ Qũy khuyên học)\n\n"
            + "- Căn cứ Nghị định số 93/2019/ND-CP ngày 25/11/2019 của Chính phú về tô\n"
            + "chức, hoạt động của Qñy xã hội, từ thiện;\n"
            + "Hội đồng quản lý Qõy trình UBND tỉnh xem xét Quyết định theo quy định\ncủa Điều lệ Qũy.\n\n"
            + "Nơi nhận: TM. HỘI ĐÒNG QUẢN LÝ QUỸ\n- UBND tỉnh; CHỦ\n\n- Sở Nội vụ;\n- Lưu VP Tỉnh Hội.\n\n\n\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
    }

    // lo-phuong-sa-dec-qd-2025-151-ban-bau-cu-ocr: "TỊ H" beside the first item under "TM. UỶ BAN NHÂN DÂN", the name read.
    [Fact]
    public void A_damaged_piece_of_the_heads_position_under_a_body_signing_line_is_that_position()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPHƯỜNG SA ĐÉC Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 151/QĐ-UBND-TL Sa Đéc, ngày 31 tháng 12 năm 2025\nQUYẾT ĐỊNH\n\n"
            + "Về việc thành lập Ban bầu cử đại biểu Hội đồng nhân dân\n"
            + "phường Sa Đéc, nhiệm kỳ 2026 - 2031 ở đơn vị bầu cử sô 3\n\nỦY BAN NHÂN DÂN PHƯỜNG SA ĐÉC\n\n"
            + "Căn cứ Luật Tổ chức chính quyển địa phương ngày 16 tháng 6 năm 2025;\n"
            + "Điều 4. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân Phường,\n"
            + "Thủ trưởng các ban, ngành Phường, Chủ tịch Uy ban bâu cử Phường và các ông, bà\n"
            + "có tên tại Điêu l căn cứ quyết định thi hành./.\n\nNơi nhận: TM. UỶ BAN NHÂN DÂN\n- Như Điêu 4; TỊ H\n\n"
            + "- TT. Đảng ủy/TT. HĐND Phường; ~#£HU C\n\n- CT và các PCT UBND Phường; @ sư Đà\n\n- Lưu: VT.\n\n"
            + "Ngũyên Văn Tâm\n\n\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
    }

    // Near miss (made-up, the same block): a deputy's "PHÓ" beside the item is no piece of the head's position.
    [Fact]
    public void A_deputys_damaged_position_under_a_body_signing_line_is_not_the_heads()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPHƯỜNG SA ĐÉC Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 151/QĐ-UBND-TL Sa Đéc, ngày 31 tháng 12 năm 2025\nQUYẾT ĐỊNH\n\n"
            + "có tên tại Điêu l căn cứ quyết định thi hành./.\n\nNơi nhận: TM. UỶ BAN NHÂN DÂN\n- Như Điêu 4; PHÓ C\n\n"
            + "- CT và các PCT UBND Phường; @ sư Đà\n\n- Lưu: VT.\n\n");
        Assert.NotEqual("CHỦ TỊCH", r.Signer?.Title);
    }

    // mj-dh-tay-do-cv-2025-1135-ocr: "⁄ Góp ý dự thảo …", the slash of "V/v" left, both letters lost.
    [Fact]
    public void A_subject_under_the_slash_left_of_its_label_is_the_title()
    {
        var r = Parser.Parse("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            + "TRƯỜNG ĐẠI HỌC TÂY ĐÔ Độc lập - Tự do - Hạnh phúc\nSó:4122/ĐHTĐ Cân Thơ, ngày-‡⁄2 tháng4O năm 2025\n\n"
            + "⁄ Góp ý dự thảo Quy chế văn bằng,\nchứng chỉ của hệ thống GDQD\n\n"
            + "Kính gửi: Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo.\n\n"
            + "Thực hiện Công văn số 6576/BGDĐT-QLCL, ngày 17/10/2025 của Cục\n"
            + "trưởng Cục Quản lý chất lượng về việc lẫy ý kiến góp ý dự thảo Quy chê văn\n"
            + "bằng, chứng chỉ hệ thống GDQD;\n\n\n");
        Assert.Equal("Góp ý dự thảo Quy chế văn bằng, chứng chỉ của hệ thống GDQD", r.Title);
    }

    // lc-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr: "„ ", "“ ój ", "“ &) " before the title's lines, the page's edge; "øiai".
    [Fact]
    public void The_page_edges_specks_before_a_titles_lines_and_a_g_drawn_as_o_slash_are_read_off()
    {
        var r = Parser.Parse("¬ SAO Y; VĂN PHÒNG ỦY BAN NHÂN DÂN; 25/07/2025 10:25:14 +07:00\n"
            + "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHÓ HÀ NỌI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: M_ /CT-UBND \"¬ -\nHà Nội, ngày.#† tháng 7 năm 2025\nCHÍ THỊ\n"
            + "„ Triển khai Chiến dịch “45 ngày đêm ra quân hỗ trợ hoạt động chuyến đổi số\n"
            + "“ ój tại các xã, phường trong øiai đoạn đầu vận hành mô hình chính quyền\n"
            + "“ &) địa phương hai cấp” trên địa bàn thành phố Hà Nội\nẠ —\n\n"
            + "“c% Thực hiện mục tiêu phô cập kiến thức, kỹ năng số cơ bản cho đội ngũ cán\n"
            + "“ bộ, công chức cấp cơ sở và người dân trên địa bàn các xã, phường sau sắp xếp;\n\n");
        Assert.Equal("Triển khai Chiến dịch “45 ngày đêm ra quân hỗ trợ hoạt động chuyến đổi số tại các xã, phường trong giai đoạn "
            + "đầu vận hành mô hình chính quyền địa phương hai cấp” trên địa bàn thành phố Hà Nội", r.Title);
    }

    [Theory]
    [InlineData("tỉnh Quảng Nøãi năm 2024", "tỉnh Quảng Ngãi năm 2024")] // lu-ubnd-quang-ngai-qd-2025-99-ocr
    [InlineData("báo cáo ø số liệu", "báo cáo ø số liệu")] // a speck alone is no letter of a word
    public void A_titles_o_slash_that_spells_a_syllable_as_g_is_read_so(string title, string read) =>
        Assert.Equal(read, ScanLookAlikeG.Repair(title));
}
