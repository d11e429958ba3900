using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Nơi nhận lists of provincial scans with the seal and the signature column read into them by OCR: specks after an
/// item, debris beside the heading, a dash misread as a letter, the signer's name after an item's ";" (RecipientDebris).
/// </summary>
public sealed class SealDebrisInRecipientsTests
{
    private static readonly PlanParser Parser = new();

    private const string Body = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
        + "Số: /UBND-KTTH Quảng Ngãi, ngày 04 tháng 02 năm 2025\nV/v góp ý dự thảo Nghị định\nKính gửi: Sở Tài chính.\n"
        + "Đề nghị Sở Tài chính nghiên cứu, góp ý theo quy định./.\n";

    private static IEnumerable<string> Recipients(string list) => Parser.Parse(Body + list).Recipients.Select(r => r.Text);

    [Fact]
    public void Underscores_after_an_items_dash_are_the_dash_smeared()
    {
        // mj-dh-tay-do-tb-2025-561-ocr: "-_ Lưu" is the archive line, which closes the list.
        Assert.Equal(["HĐT, BGH", "Các đơn vị liên quan (đê t/h)"],
            Parser.Parse(Body + "Nơi nhận:\n\nHĐT, BGH; th mm n\n- _ Các đơn vị liên quan (đê t/h); @I PL\n-_ Lưu: VT, TC-HC. Wvự.\n")
                .Recipients.Select(r => r.Name));
    }

    [Fact]
    public void Specks_and_a_lone_syllable_after_an_item_are_the_seals_rim()
    {
        // jw-ubnd-quang-ngai-cv-2025-kttt-gop-y-ocr.
        Assert.Equal(["Bộ Tài chính", "CT, PCT UBND tỉnh"],
            Recipients("Nơi nhận: TL. CHỦ TỊCH\n- Bộ Tài chính: _ { rẻ `\n- CT, PCT UBND tỉnh; PHO CHANH VAN PHONG\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_word_with_a_mark_and_a_letter_vietnamese_does_not_write_after_the_semicolon_is_debris()
    {
        // jw-ubnd-quang-ngai-cv-2025-kttt-gop-y-ocr.
        Assert.Equal(["VPUB: CVP, PCVP", "Cổng TT-ĐT tỉnh"],
            Recipients("Nơi nhận:\n- VPUB: CVP, PCVP; ZQÀN-r\n- Cổng TT-ĐT tỉnh;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void Debris_closed_by_its_own_semicolon_is_cut_after_the_items()
    {
        // jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr.
        Assert.Equal(["Bưu điện tỉnh", "Phòng KSTTHC (1P, các CP)", "Cổng TT điện tử tỉnh"],
            Recipients("Nơi nhận:\n- Bưu điện tỉnh; \\ rì v7 Ư —”\n- Phòng KSTTHC (1P, các CP); 2P 5sý 2 ;\n- Cổng TT điện tử tỉnh; <¬=-Z\n- Lưu: VT.\n"));
    }

    [Fact]
    public void Seal_debris_after_one_items_semicolon_shows_the_column_beside_the_lines_above_it_too()
    {
        // iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr: the heading carries no signature title; the seal's specks on the third line
        // show the OCR read the column across every line, "Ễ THÔNG Ty \S\J JWL" on the second as well.
        Assert.Equal(["Bộ TTTT", "Tỉnh ủy, HĐND, UBND tỉnh", "Các cơ quan trực thuộc Bộ TTTT", "Sở TTTT các tỉnh, Thành phố"],
            Recipients("Nơi nhận: : /\n-Bộ TTTT;\n-Tỉnh ủy, HĐND, UBND tỉnh; Ễ THÔNG Ty \\S\\J JWL\n"
                + "-Các cơ quan trực thuộc Bộ TTTT; tI\\ - tì n7 sử j e\n-Sở TTTT các tỉnh, Thành phố; VU 64// .\n-Lưu: VT.\n"));
    }

    [Fact]
    public void A_second_item_after_the_semicolon_stays_where_no_seal_debris_shows_the_column()
    {
        // The README's "TT.HU; TT.HĐND huyện" (one entry): without debris after any item's ";" the line is the list's alone.
        Assert.Equal(["Như trên", "TT.HU; TT.HĐND huyện", "UBND các xã"],
            Recipients("Nơi nhận:\n- Như trên;\n- TT.HU; TT.HĐND huyện\n- UBND các xã;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void Seal_debris_after_an_items_colon_or_comma_is_cut_as_after_its_semicolon()
    {
        // js-ubnd-quang-ngai-tb-2025-53-ocr, ld-syt-tp-hcm-kh-2021-ra-soat-vbqppl-ocr, jj-ubnd-can-tho-qd-2025-383-ocr: the
        // item's ";" read as ":" or ",", the seal's rim after it.
        Assert.Equal(["Sở Tài nguyên và Môi trường", "BGĐ Sở Y tế", "Công TTĐT thành phó", "VPUB: CVP, PCVP", "Phòng: KHTC, CTSV"],
            Recipients("Nơi nhận:\n- Sở Tài nguyên và Môi trường: &- 2/72\n- BGĐ Sở Y tế, Á4 „ NÓÀ\n"
                + "- Công TTĐT thành phó: lzi VÀ cán Ả®>\n- VPUB: CVP, PCVP\n- Phòng: KHTC, CTSV\n- Lưu: VT.\n"));
    }

    [Fact]
    public void The_seals_image_between_items_does_not_end_a_list_that_goes_on_with_marked_items()
    {
        // ld-ubnd-quang-ngai-ct-2024-pctntc-ocr: the seal's rim run on after an item with a cross read as a mark, its next
        // line of specks, then the list again.
        Assert.Equal(["Thanh tra Chính phủ", "Thường trực HĐND tỉnh", "PCT UBND tỉnh"],
            Recipients("Nơi nhận: : Ị] b,CHỦ TỊCH\n\n- Thanh tra Chính phủ; + 2=tH@ HỦ TỊCH\n` ? 3 ỗ đóa: tra °\n\n"
                + "- Thường trực HĐND tỉnh;\n\n- PCT UBND tỉnh;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void Debris_beside_the_heading_is_no_recipient()
    {
        // jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr, jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr.
        Assert.Equal(["Như trên", "TT Tỉnh ủy"], Recipients("Nơi nhận: Cờ 2 F) 2À\n- Như trên; 3/4 » TÀc /\n- TT Tỉnh ủy; BN&” 3 \\7\n- Lưu: VT.\n"));
        Assert.Equal(["Như Điều 3"], Recipients("Nơi nhận: %„\n- Như Điều 3;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_dash_read_as_a_letter_or_smeared_into_underscores_still_opens_an_item()
    {
        // jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr, jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr.
        Assert.Equal(["CT, PCT UBND tỉnh", "VP Đoàn ĐBQH và HĐND tỉnh", "Sở Thông tin và Truyền thông (đồng bộ)"],
            Recipients("Nơi nhận:\n- CT, PCT UBND tỉnh; 4<. >\ns VP Đoàn ĐBQH và HĐND tỉnh; Ngưýến Hoàng Giang\n"
                + "-__ - Sở Thông tin và Truyền thông (đồng bộ);\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_name_after_the_semicolon_whose_family_lost_its_first_letter_is_the_signers()
    {
        // jd-ubnd-quang-ngai-tb-2024-660-ocr.
        Assert.Equal(["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "Tỉnh đoàn"],
            Recipients("Nơi nhận:\n- Ban Quản lý Khu kinh tế Dung Quất \\\\Z2 kg — „ “lđ\nvà các Khu công nghiệp Quảng Ngãi; guyền Quốc Việt\n- Tỉnh đoàn;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_line_opening_with_a_speck_after_a_closed_item_ends_the_list()
    {
        // jj-dh-cntt-tb-2013-01-ocr.
        Assert.Equal(["Phòng ban liên quan (để thực hiện)"],
            Recipients("Nơi nhận:\n- — Phòng ban liên quan (để thực hiện); 8 CN „ `\n\n\\XơwN,” =2\n$ ` 3 Ẩ\\ =\n| Quê Ñáœ vúnÁ 7%\n"));
    }

    [Fact]
    public void A_marked_item_of_figures_alone_is_no_recipient_but_a_line_of_figures_goes_on_an_item()
    {
        // js-ubnd-quang-ngai-tb-2025-53-ocr, js-ubnd-dong-nai-qd-2025-488-word.
        Assert.Equal(["UBND thị xã Đức Phể", "Trung tâm kinh doanh VNPT (TĐ 1022)"],
            Recipients("Nơi nhận:\n- UBND thị xã Đức Phể; - 21/2 7 ⁄ j/\n- Trung tâm kinh doanh VNPT (TĐ\n1022);\n- Lưu: VT.\n"));
    }

    [Fact]
    public void One_word_left_of_a_line_fused_with_the_signature_columns_position_is_no_recipient()
    {
        // jw-ubnd-quang-ngai-cv-2025-kttt-gop-y-ocr.
        Assert.Equal(["Bộ Tài chính", "Cổng TT-ĐT tỉnh"],
            Recipients("Nơi nhận: TL. CHỦ TỊCH\nKhu KT. CHÁNH VĂN PHÒNG\n- Bộ Tài chính;\n- Cổng TT-ĐT tỉnh;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void The_as_above_item_ends_at_its_misread_close_and_the_seal_beside_the_heading_and_under_it_is_no_item()
    {
        // kd-bvdk-bac-ninh-cv-2021-6191-ocr: "2gp", a figure run into small letters, opens no body's name; "Như kính gửi"
        // is whole, its ":" the ";" misread; "Bi}S)" opens with a speck.
        Assert.Equal(["Như kính gửi"],
            Recipients("Nơi nhận: 2gp Khóc\n~ Như kính gửi: B Ẻ\nBi}S) Í_ (BỆNH VIỆN Y2\n- Lưu VT, TCKT ĐA KHOA ñ\n° TĨNH -—\n"));
    }

    [Fact]
    public void Short_capitals_ending_in_a_dash_after_a_sign_beside_an_item_are_debris()
    {
        // kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr.
        Assert.Equal(["Ban Tô chức Tỉnh ủy", "Ban Thường trực UBMTTQ VN tỉnh"],
            Recipients("Nơi nhận:\n- Ban Tô chức Tỉnh ủy;\n- Ban Thường trực UBMTTQ VN tỉnh; BÀ CUÀ,-\n- Lưu VT, Ban TC-KT.\n"));
    }

    [Fact]
    public void Words_no_semicolon_closes_after_an_item_are_the_signature_columns_when_it_stands_beside_the_list()
    {
        // jj-ubnd-quang-ngai-ct-2020-ocr; the second item on a line closed by its own ";" from jh-ubnd-quang-ngai-ct-2018-07-ocr.
        Assert.Equal(["Tổng cục Thuế (b/cáo)", "CT, PCT UBND tỉnh", "TT Tỉnh ủy; TT HĐND tỉnh", "Báo Quảng Ngãi; (để đưa tin)"],
            Recipients("Nơi nhận: CHỦ TỊCH\n- Tổng cục Thuế (b/cáo); TN TÊN\n- CT, PCT UBND tỉnh; ziểt, 2\n"
                + "- TT Tỉnh ủy; TT HĐND tỉnh; \\@S k4 2.467\n- Báo Quảng Ngãi; (để đưa tin)\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_lone_T_before_the_deputy_chairmen_is_the_chairman_with_his_first_letter_lost()
    {
        // iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr.
        Assert.Equal(["Như trên", "CT, các PCT"], Recipients("Nơi nhận: TL.CHỦ TỊCH\n- Như trên;\n- T, các PCT;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_position_behind_the_seal_beside_the_heading_is_no_item()
    {
        // jj-ubnd-dien-bien-qd-2025-ocr ("ơi nhận: ZZốA'CWR.TỊCH"), jh-ubnd-quang-ngai-ct-2018-07-ocr ("Nơi nhận: zIŒT. C Ú TỊCH").
        Assert.Equal(["Như Điều 3", "Văn phòng Chính phủ (Cục KSTTHC)"],
            Recipients("Nơi nhận: ZZốA'CWR.TỊCH\n- Như Điều 3;\n- Văn phòng Chính phủ (Cục KSTTHC);\n- Lưu: VT.\n"));
        // lr-ubnd-dien-bien-qd-2025-ocr, another scan of it: a quote-like speck first, a speck after the first item's ";".
        Assert.Equal(["Như Điều 3", "Văn phòng Chính phủ (Cục KSTTHC)"],
            Recipients("ơi nhận: „2G ›\\iCHỦ TỊCH\n- Như Điều 3; z1\n- Văn phòng Chính phủ (Cục KSTTHC);\n- Lưu: VT.\n"));
    }

    [Fact]
    public void A_mark_with_no_capital_after_an_item_closed_on_its_line_is_the_seals_rim()
    {
        // lg-ubnd-quang-ngai-qd-2025-tthc-kham-chua-benh-ocr.
        Assert.Equal(["Bộ Y tế", "CT, PCT UBND tỉnh", "Công TTĐT tỉnh"],
            Recipients("Nơi nhận: KT. CHỦ TỊCH\n- Bộ Y tế;\n- CT, PCT UBND tỉnh; + ý t4 `\n- Công TTĐT tỉnh;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void An_item_in_small_letters_after_an_item_closed_on_its_line_is_kept()
    {
        // Near miss of the rule above: a word of four letters makes the piece an item, not the seal's rim.
        Assert.Equal(["Như trên", "các phòng, ban chuyên môn", "Bộ Y tế"],
            Recipients("Nơi nhận:\n- Như trên; - các phòng, ban chuyên môn;\n- Bộ Y tế;\n- Lưu: VT.\n"));
    }
}
