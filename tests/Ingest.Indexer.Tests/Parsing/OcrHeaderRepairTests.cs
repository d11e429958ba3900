using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Header words a scan damaged in ways that are certain to undo: the label "Số:" read "§ố:" over a number whose slash
/// was lost (jh-ubnd-bac-lieu-qd-2025-210-ocr), the subject formula "Vềviệc" run together (jj-ubnd-quang-ngai-ct-2020-ocr), the rule under the heading read as dashes
/// beside it ("QUYÉT ĐỊNH -", js-ubnd-tien-giang-qd-2025-ocr), a heading's vowel drawn as two letters ("KÉẺ HOẠCH",
/// mq-dh-tay-do-kh-2025-1146-ocr).
/// </summary>
public sealed class OcrHeaderRepairTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_section_sign_read_for_the_labels_S_still_labels_the_number()
    {
        // jh-ubnd-bac-lieu-qd-2025-210-ocr: "— §ố:340QĐ-UBND" under a QUYẾT ĐỊNH heading.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc\n"
            + "— §ố:340QĐ-UBND Bạc Liêu, ngày 18 tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc công bố Danh mục thủ tục hành chính mới ban hành\n"
            + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n");
        Assert.Equal("340/QĐ-UBND", r.Number);
    }

    [Fact]
    public void A_title_opening_on_the_formula_run_together_gets_its_space()
    {
        // jj-ubnd-quang-ngai-ct-2020-ocr.
        var r = Parser.Parse("UỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 27/CT-UBND Quảng Ngãi, ngày 7 tháng 4 năm 2020\nCHỈ THỊ\nVềviệc triển khai thực hiện mở rộng nộp thuế điện tử\n"
            + "đối với cá nhân kinh doanh trên địa bàn tỉnh Quảng Ngãi\nThực hiện Quyết định số 2545/QĐ-TTg ngày 30/12/2016 của Thủ tướng Chính phủ;\n");
        Assert.Equal("Về việc triển khai thực hiện mở rộng nộp thuế điện tử đối với cá nhân kinh doanh trên địa bàn tỉnh Quảng Ngãi", r.Title);
    }

    [Fact]
    public void A_capitals_formula_run_together_is_kept_as_written()
    {
        // hy-ubnd-tp-hcm-qd-1977-598, annotated as written.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 598/QĐ-UB\nThành phố Hồ Chí Minh, ngày 12 tháng 5 năm 1977\nQUYẾT ĐỊNH\nVỀVIỆC THÀNH LẬP PHÒNG THUỶ LỢI HUYỆN NHÀ BÈ\n"
            + "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban hành chính các cấp;\n");
        Assert.Equal("VỀVIỆC THÀNH LẬP PHÒNG THUỶ LỢI HUYỆN NHÀ BÈ", r.Title);
    }

    [Theory]
    [InlineData("QUYÉT ĐỊNH -")] // js-ubnd-tien-giang-qd-2025-ocr
    [InlineData("_—_ QUYẾT ĐỊNH")] // jj-ubnd-can-tho-qd-2025-383-ocr
    public void A_type_heading_beside_the_rules_dashes_is_still_the_heading(string heading)
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHANH PHO CAN THƠ Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 383/QĐ-UBND Cần Thơ, ngày 18 tháng 02 năm 2025\n" + heading + "\n"
            + "Về việc công bố Danh mục thủ tục hành chính thuộc\nthẩm quyền giải quyết của Sở Tư pháp\n"
            + "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n");
        Assert.Equal("Quyết định", r.DocType);
        Assert.Equal("Về việc công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp", r.Title);
    }

    [Fact]
    public void A_speck_read_as_a_colon_set_apart_after_the_heading_leaves_it_the_heading()
    {
        // jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr: "_ TỜ TRÌNH :" over the title and "Kính gửi:".
        var r = Parser.Parse("ÚY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM\nTINH QUANG NGAI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 24 /TTr-UBND Quảng Ngãi, ngày 01 tháng 02 năm 2025\n_ TỜ TRÌNH :\nVề việc miễn nhiệm chức danh Ủy viên\n"
            + "Uy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2021 - 2026\nKính gửi: Hội đồng nhân dân tỉnh\n\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n");
        Assert.Equal("Tờ trình", r.DocType);
        Assert.Equal("Về việc miễn nhiệm chức danh Ủy viên Uy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2021 - 2026", r.Title);
    }

    // kp-hiep-hoi-dn-binh-thuan-tt-2025-310-ocr: the scan prints "Số: 310 /HHDN-K4"; an association under its parent's line.
    private const string AssociationLetter = "UBND TỈNH BÌNH THUẬN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHIỆP HỘI DOANH NGHIỆP Độc lập - Tự do - Hạnh phúc \"\n"
        + "Số: 310 HHDN-K4 Bình Thuận, ngày 14 tháng 5 năm 2025\nTỜ TRÌNH\nV/v xin phép tô chức Đại hội Hiệp hội doanh nghiệp tỉnh Bình Thuận\n"
        + "lần thứ V, nhiệm kỳ (2025-2030)\n| Kính gửi:\n- Ủy ban Nhân dân tỉnh Bình Thuận;\n"
        + "Hiệp hội Doanh nghiệp tỉnh Bình Thuận được thành lập theo Quyết định số -\n2207/QĐ-UBND ngày 10/8/2009 của Chủ tịch Ủy ban Nhân dân tỉnh Bình Thuận.\n";

    [Fact]
    public void A_slash_read_as_a_space_before_capital_codes_is_put_back()
    {
        Assert.Equal("310/HHDN-K4", Parser.Parse(AssociationLetter).Number);
    }

    [Fact]
    public void An_association_under_its_parents_line_is_the_issuer_with_the_parents_place()
    {
        var issuer = Parser.Parse(AssociationLetter).Issuer;
        Assert.Equal(("Hiệp hội Doanh nghiệp tỉnh Bình Thuận", "province"), (issuer.Name, issuer.Level));
    }

    [Fact]
    public void A_kind_word_that_lost_its_marks_under_a_line_that_kept_them_is_still_the_kind()
    {
        // jj-ubnd-can-tho-qd-2025-383-ocr: the scan kept the marks of "ỦY BAN NHÂN DÂN" and lost those of the line under it.
        var issuer = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHANH PHO CAN THƠ Độc lập - Tự do - Hạnh phúc\n"
            + "Số:383_ /QĐ-UBND Cân Thơ, ngày 18 tháng 02 năm 2025\n_—_ QUYẾT ĐỊNH\nVề việc công bô Danh mục thủ tục hành chính\n"
            + "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHÓ CÀN THƠ\nCăn cứ Luật Tổ chức chính quyên địa phương ngày 19 tháng 6 năm 2015;\n").Issuer;
        // The kind is named; the city, read with its marks lost, is written as the gazetteer writes it (OcrIssuerSpellingTests).
        Assert.Equal(("Ủy ban nhân dân thành phố Cần Thơ", "province"), (issuer.Name, issuer.Level));
    }

    // iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr: the scan read "V/v" as "W⁄%w" and the hook of "TỈNH" as a tilde.
    private const string FarmersLetter = "HỘI NÔNG DÂN VIỆT NAM _ CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\n"
        + "BCH HỌI NONG DAN TĨNH LAM ĐÓNG Độc lập —- Tự do - Hạnh phúc\n\n*\n\nSố 52 - CV/HNDT Lâm Đông, ngày 09 tháng 9 năm 2025\n"
        + "W⁄%w cử đại điện lãnh đạo tham gia\nBan Vì sự tiên bộ của phụ nữ\n\nKính gửi: Sở Nội vụ.\n\n"
        + "Triển khai Công văn số 1189/SNV-LĐVL&TN, ngày 29/8/2025 của Sở Nội vụ;\n";

    [Theory]
    [InlineData("W⁄%w cử đại điện lãnh đạo tham gia")] // iu-hoi-nong-dan-lam-dong-cv-52-2025-ocr
    [InlineData("% cử đại điện lãnh đạo tham gia")] // iu-ldlsvn-btv-cv-hop-nhat-2025-ocr: "% hướng dân các Đoàn Luật sự"
    [InlineData("ƒ/w cử đại điện lãnh đạo tham gia")] // iu-ban-tgdv-tu-lam-dong-cv-2025-ocr
    public void A_subject_label_the_scan_damaged_still_opens_the_subject(string line)
    {
        var r = Parser.Parse(FarmersLetter.Replace("W⁄%w cử đại điện lãnh đạo tham gia", line, StringComparison.Ordinal));
        Assert.Equal("cử đại điện lãnh đạo tham gia Ban Vì sự tiên bộ của phụ nữ", r.Title);
    }

    [Fact]
    public void A_subject_under_the_label_of_a_number_lost_to_the_ocr_is_read()
    {
        // iu-ldlsvn-btv-cv-hop-nhat-2025-ocr: "Số: 42Ÿ LĐLSVN-BTV", the handwritten number lost, then "% hướng dân …".
        var r = Parser.Parse("LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập —- Tự do - Hạnh phúc\n\n"
            + "Số: 42Ÿ LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025\n% hướng dân các Đoàn Luật sự\nthực hiện hợp nhất theo quy định\n\n"
            + "Kính gửi: Ban Chủ nhiệm Đoàn Luật sư các tỉnh, thành phố\n\nThực hiện Công văn số 3943/BTP-BTTP ngày 02/7/2025 của Bộ Tư pháp;\n");
        Assert.Equal("hướng dân các Đoàn Luật sự thực hiện hợp nhất theo quy định", r.Title);
    }

    [Fact]
    public void A_subject_s_lines_go_on_past_the_blank_lines_a_scan_put_between_them()
    {
        // lc-so-tu-phap-tp-hcm-cv-2021-ho-tro-phap-ly-ocr: "Về Chương trình …" under "Số: ÝƑ  /STP-VB", a blank line after each line.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc\nSỞ TƯ PHÁP\n"
            + "Số: ÝƑ  /STP-VB Thành phố Hồ Chí Minh, ngày 25 tháng 02 năm 2021\nVề Chương trình hỗ trợ pháp lý liên\n"
            + "ngành cho doanh nghiệp nhỏ và vừa\ngiai đoạn 2021-2025 và Kế hoạch\n\ntriển khai các hoạt động năm 2021\n\n"
            + "của Chương trình hỗ trợ pháp lý liên\n\nngành cho doanh nghiệp nhỏ và vừa\n\nKính gửi: :\n\n- Các Sở, ban ngành Thành phố;\n");
        Assert.Equal("Về Chương trình hỗ trợ pháp lý liên ngành cho doanh nghiệp nhỏ và vừa giai đoạn 2021-2025 và Kế hoạch triển khai "
            + "các hoạt động năm 2021 của Chương trình hỗ trợ pháp lý liên ngành cho doanh nghiệp nhỏ và vừa", r.Title);
    }

    [Fact]
    public void A_cited_letter_s_subject_under_the_address_is_not_the_letter_s_own()
    {
        // hy-ttyt-me-linh-cv-2018-hien-mau-ocr: "Số:|If0 /TTYT-HCTC-ĐTN …" / "Kính gửi: Sở Y tế Hà Nội." / "Thực hiện công văn số
        // 3427/KH-SYT …" / "về việc Vận động, tô chức hiến máu …": the letter has no subject of its own.
        var r = Parser.Parse("SỞ Y TẾ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM Y TẾ MÊ LINH Độc lập — Tự do —- Hạnh phúc\n\n"
            + "Số:|If0 /TTYT-HCTC-ĐTN Mê Linh, ngày |Ý tháng Š_ năm 2018\nKính gửi: Sở Y tế Hà Nội.\n\n"
            + "Thực hiện công văn số 3427/KH-SYT ngày 08/8/2018 của Sở y tế Hà Nội\nvề việc Vận động, tô chức hiến máu tình nguyện năm 2018;\n");
        Assert.Null(r.Title);
    }

    [Fact]
    public void A_subject_label_without_its_slash_in_quotes_opens_the_quoted_subject()
    {
        // ig-ubnd-xa-duc-tan-cv-44-2010-ocr: a Markdown copy's emphasis and quotes around "Vv …".
        var r = Parser.Parse("**ỦY BAN NHÂN DÂN  \nXÃ ĐỨC TÂN**\n\n\\*\\*\\*\n\nSố : *44* DN-UBND\n\n"
            + "*\"Vv chế độ trợ cấp ưu đãi  \nđối với Anh hùng LLVT nhân dân\"*\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \n"
            + "Độc lập - Tự do - Hạnh phúc.**\n\nKính gửi: Phòng Lao động - Thương binh và Xã hội\n");
        Assert.Equal("chế độ trợ cấp ưu đãi đối với Anh hùng LLVT nhân dân", r.Title);
    }

    [Fact]
    public void A_provinces_kind_read_with_a_tilde_is_still_the_province()
    {
        var issuer = Parser.Parse(FarmersLetter).Issuer;
        Assert.Equal(("province", "Lâm Đồng"), (issuer.Level, issuer.Province));
    }

    [Theory]
    // kx-ubnd-tinh-son-la-qd-2025-2307-ocr: the typed 11 read as two strokes and a bracket, and as "lI" in its annex.
    [InlineData("ngày II] tháng 09 năm 2025", "2025-09-11")]
    [InlineData("ngày lI tháng 09 năm 2025", "2025-09-11")]
    public void A_day_of_two_strokes_read_as_letters_is_eleven(string date, string iso)
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SƠN LA Độc lập - Tự do - Hạnh phúc\n"
            + $"Số: 2307 /QĐ-UBND Sơn La, {date}\nQUYẾT ĐỊNH\nBan hành Kế hoạch tổng kết 15 năm thi hành Luật Nuôi con nuôi\n"
            + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n");
        Assert.Equal(iso, r.IssueDate);
    }

    [Fact]
    public void A_single_stroke_for_a_day_stays_blank()
    {
        // The `iu-` rule: "ngày | tháng 12" is a handwritten day the OCR lost.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ THỌ Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 4532/UBND-KSTTHC Phú Thọ, ngày | tháng 12 năm 2011\nV/v xây dựng kế hoạch rà soát thủ tục hành chính\n"
            + "Kính gửi: Các sở, ban, ngành\n");
        Assert.Null(r.IssueDate);
    }

    [Fact]
    public void A_heading_vowel_drawn_as_two_letters_is_read_once()
    {
        // mq-dh-tay-do-kh-2025-1146-ocr lines 1-15 (verbatim): "KẾ HOẠCH" read "KÉẺ HOẠCH", its title on the two lines under it.
        var r = Parser.Parse("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC TÂY ĐÔ\nSố: JAC /KH-ĐHTĐ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập — Tự do - Hạnh phúc\nCân Thơ, ngày>)Štháng |Ö năm 2025\n\nKÉẺ HOẠCH\n\n"
            + "Tổ chức Chương trình tuyên truyền giáo dục về an toàn giao thông,\nan ninh mạng và trật tự xã hội cho sinh viên Trường Đại học Tây Đô\n\n"
            + "Thực hiện Kế hoạch số 910/KH-ĐHTĐ ngày 27 tháng 8 năm 2025 về việc thực hiện\nnhiệm vụ công tác sinh viên năm học 2025 —- 2026;\n");
        Assert.Equal("Kế hoạch", r.DocType);
        Assert.Equal("Tổ chức Chương trình tuyên truyền giáo dục về an toàn giao thông, an ninh mạng và trật tự xã hội cho sinh viên Trường Đại học Tây Đô", r.Title);
    }
}
