using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>The Nơi nhận list as copies really lay it out: other marks, no marks, items broken or run together, tables.</summary>
public class RecipientListTests
{
    private static readonly PlanParser Parser = new();

    private static IEnumerable<string> Recipients(string tail) =>
        Parser.Parse("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng chống dịch bệnh\nCác thôn triển khai thực hiện.\n" + tail)
            .Recipients.Select(r => r.Text);

    // iw-ubtvqh-nq-1668-2025-can-tho-tvpl-repo: the repository's copy dropped the heading of a list it ran onto one line.
    [Fact]
    public void Marked_items_run_together_and_closed_by_the_file_copy_are_the_list_whose_heading_was_lost()
    {
        Assert.Equal(["Chính phủ", "Kiểm toán nhà nước", "Cục Thống kê, Bộ Tài chính"],
            Recipients("- Chính phủ; - Kiểm toán nhà nước; - Cục Thống kê, Bộ Tài chính; - Lưu: HC, PLTP. |\nCHỦ TỊCH\nTrần Thanh Mẫn |\n"));
    }

    [Fact]
    public void Items_run_together_without_the_file_copy_are_no_list_without_a_heading()
    {
        Assert.Empty(Recipients("- Chính phủ; - Kiểm toán nhà nước; - Cục Thống kê, Bộ Tài chính.\nCHỦ TỊCH\nTrần Thanh Mẫn\n"));
    }

    // ky-uy-ban-dan-toc-cv-2012-260, ky-bo-cong-thuong-qd-2025-2646: the mirror's copy stops inside the list, on an item
    // that its list's ";" never closed; the copy cannot show it whole.
    [Fact]
    public void An_open_last_item_that_the_copy_ends_on_is_left_out()
    {
        Assert.Equal(["Như trên", "Văn phòng Chính phủ"], Recipients("Nơi nhận:\n- Như trên;\n- Văn phòng Chính phủ;\n- Bộ trưởng, CN UBDT\n"));
    }

    [Fact]
    public void An_open_last_item_that_the_signature_follows_is_kept()
    {
        Assert.Equal(["Như trên", "Văn phòng Chính phủ", "Bộ trưởng"], Recipients("Nơi nhận:\n- Như trên;\n- Văn phòng Chính phủ;\n- Bộ trưởng\nKT. BỘ TRƯỞNG\n"));
    }

    // im-vpcp-11299: a repository's conversion broke the emphasised heading after its first word.
    [Fact]
    public void A_heading_broken_after_its_first_word_still_opens_the_list()
    {
        Assert.Equal(["Như trên", "Thường trực Huyện ủy (b/c)", "Các phòng, ban"],
            Recipients("*Nơi\nnhận:*\n- Như trên;\n- Thường trực Huyện ủy (b/c);\n- Các phòng, ban;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void An_item_broken_over_lines_is_one_recipient()
    {
        Assert.Equal(["Ban Chỉ đạo phòng chống dịch huyện (b/c)", "Trạm Y tế xã", "Các thôn, khu dân cư"],
            Recipients("Nơi nhận:\n- Ban Chỉ đạo phòng chống dịch\nhuyện (b/c);\n- Trạm Y tế xã;\n- Các thôn,\n\nkhu dân cư;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void En_dashes_tildes_and_a_mark_alone_on_its_line_mark_items()
    {
        Assert.Equal(["Như trên", "Đảng ủy xã", "MTTQ xã"],
            Recipients("Nơi nhận :\n– Như trên;\n-\nĐảng ủy xã;\n~ MTTQ xã;\n~ Lưu VT.\n"));
    }

    [Fact]
    public void Items_run_together_on_the_heading_line_are_split_at_their_marks()
    {
        Assert.Equal(["Huyện ủy (b/c)", "Như Điều 3", "Cổng thông tin điện tử xã"],
            Recipients("Nơi nhận: - Huyện ủy (b/c); - Như Điều 3; - Cổng thông tin điện tử xã; - Lưu VP.\nTM. ỦY BAN NHÂN DÂN\n"));
    }

    // jn-ubnd-tuyen-quang-qd-2024-986-md: a Markdown copy ran the list into one cell, each item's note after its ";".
    [Fact]
    public void A_note_after_a_run_together_items_semicolon_stays_with_that_item()
    {
        Assert.Equal(["Bộ Giáo dục và Đào tạo (báo cáo)", "Thường trực Tỉnh uỷ (báo cáo)", "Các PCT UBND tỉnh", "Hội Khuyến học tỉnh"],
            Recipients("| Nơi nhận: - Bộ Giáo dục và Đào tạo; (báo cáo) - Thường trực Tỉnh uỷ; (báo cáo) - Các PCT UBND tỉnh; - Hội Khuyến học tỉnh; - Lưu: VT, THVX (VB). | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt Phương |\n|---|---|\n"));
    }

    [Fact]
    public void A_list_without_marks_has_one_recipient_a_line_and_the_signature_ends_it()
    {
        Assert.Equal(["Trạm Y tế xã (b/c)", "Các thôn (t/h)"],
            Recipients("Nơi nhận:\nTrạm Y tế xã (b/c);\nCác thôn (t/h).\nCHỦ TỊCH\nNguyễn Văn Hùng\n"));
    }

    [Fact]
    public void A_list_in_a_tables_cells_loses_the_borders_and_line_ends()
    {
        Assert.Equal(["Chính phủ", "Ủy ban nhân dân tỉnh Hà Tĩnh"], Recipients("""
            | ***Nơi nhận:\***          | \                |
            | -Chính phủ;\              | \                |
            | -Ủy ban nhân dân tỉnh     | CHỦ TỊCH\        |
            | Hà Tĩnh;\                 | Nguyễn Văn A     |
            | -Lưu: HC.                 |                  |
            +---------------------------+------------------+
            """));
    }

    [Theory]
    [InlineData("Nơi nhận:\n- - Như trên;\n- - Phòng Nội vụ;\n- - Lưu VT.\n")]
    [InlineData("Nơi nhận:\n- Như trên;\n- Phòng Nội vụ;\n- Lưu\n\nTrần Văn Bình\n")]
    [InlineData("Nơi nhận:\n-Như trên;\n-Phòng Nội vụ;\n-Lâu.\n")]
    public void The_file_copy_alone_doubled_marks_or_misread_is_no_recipient(string tail) =>
        Assert.Equal(["Như trên", "Phòng Nội vụ"], Recipients(tail));

    [Fact]
    public void The_file_copy_inside_the_last_item_is_no_recipient()
    {
        Assert.Equal(["Các phòng chuyên môn", "Phòng PC-NC"], Recipients("Nơi nhận:\n- Các phòng chuyên môn;\n- Phòng PC-NC; Lưu: VT, (PC-Tg).\n"));
    }

    [Fact]
    public void An_annex_after_an_empty_heading_is_no_list()
    {
        Assert.Empty(Recipients("Nơi nhận:\nPHƯƠNG ÁN PHÒNG CHỐNG LỤT BÃO\n1. Mục đích yêu cầu của phương án phòng chống lụt bão năm nay\n"));
    }

    // ip-bhxh-vn-1923-BHXH-CNTT-2024-ocr: Tesseract runs the signature column into the list and the seal's specks after it.
    [Fact]
    public void The_signature_title_and_the_seals_specks_beside_the_items_are_cut_off()
    {
        Assert.Equal(["Như trên", "Tông Giám đốc (đễ b/©)", "Các Phó Tông Giám dốc", "Trung tâm GĐĐT"],
            Recipients("Nơi nhận: KT. TÔNG GIÁM ĐÓC\n- Nhưtrên, PHÓ TÔNG GIÁM ĐỐC\n- Tông Giám đốc (đễ b/©); sen ` G\n\n"
                + "- Các Phó Tông Giám dốc:\n\n- Trung tâm GĐĐT.\n\n- Lưu: VT, CNTT.\n"));
    }

    // iv-ubnd-binh-duong-ct-09-2009-doc: the signature's mark glued to its title by the stop ("KT.CHỦ TỊCH") beside an item.
    [Fact]
    public void A_mark_glued_to_the_title_beside_an_item_is_cut_off()
    {
        Assert.Equal(["Bộ Khoa học và Công nghệ", "Cục Kiểm tra VB QPPL (Bộ Tư pháp)", "Thường trực Tỉnh ủy"],
            Recipients("Nơi nhận:   TM. ỦY BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ;  KT.CHỦ TỊCH\n"
                + "- Cục Kiểm tra VB QPPL (Bộ Tư pháp);    PHÓ CHỦ TỊCH\n- Thường trực Tỉnh ủy;\n- Lưu: VT.\n"));
    }

    // ip-bhxh-vn-cv-csyt-2015-ocr: the title after a dash, one lost letter after the item's ";"; codes in capitals stay.
    [Fact]
    public void A_title_after_a_dash_goes_and_a_list_of_codes_stays()
    {
        Assert.Equal(["Như trên", "Tổng Giám đốc (để b/c)", "Các Phó Tổng Giám đốc", "Các Ban: DVT, TCKT, CNTT"],
            Recipients("Nơi nhận: KT. TỎNG GIÁM ĐÓC\n-Nhưtrên — PHONG GIÁM ĐÓC\n- Tổng Giám đốc (để b/c); h\n\n"
                + "- Các Phó Tổng Giám đốc;\n- Các Ban: DVT, TCKT, CNTT;\n- Lưu: VT, CSYT (05b).xue⁄\n"));
    }

    // ip-vptw-05-HD-VPTW-2026-ocr: the e-signature stamp printed through the list neither ends it nor joins an item.
    [Fact]
    public void An_e_signature_stamp_inside_the_list_is_skipped()
    {
        Assert.Equal(["Các tỉnh uỷ, thành uỷ", "Văn phòng Trung ương Đảng và các cơ quan chuyên trách tham mưu, giúp việc; đảng uỷ, ban chỉ đạo, tiêu ban, hội đông trực thuộc Trung ương",
                "Các đảng uỷ bộ, ngành ở Trung ương", "Các đơn vị sự nghiệp trực thuộc Trung ương"],
            Recipients("Nơi nhận: K/T CHÁNH VĂN PHÒNG\n\n- Các tỉnh uỷ, thành uỷ;\n\n- Văn phòng Trung ương Đảng và các cơ quan ⁄4\n"
                + "chuyên trách tham mưu, giúp việc; đảng uỷ, [ng .\nban chỉ đạo, tiêu ban, hội đông trực thuộc lB †\nTrung ương; \\Š\n\n"
                + "Ký bởi: VĂN THƯ VĂN\n\nvanthu@v tw.dcs.vn\n: VĂN PHỌNG\n\n¬ BI. `. „ NG TRÙNG 'ƯƠNG ĐẢNG\n"
                + "- Các đảng uỷ bộ, ngành ở Trung ương; ` < Ngày ký: 2026-05-28\n- Các đơn vị sự nghiệp trực thuộc Trung ương; ^= 17:24:51 +07:00\n"
                + "- Lưu Văn phòng Trung ương Đảng.\n"));
    }

    // ip-bv-phu-san-can-tho-cv-1067-2023-ocr: "MNơi nhận:", a speck glued before the heading.
    [Fact]
    public void A_speck_glued_before_the_heading_still_opens_the_list()
    {
        Assert.Equal(["Như trên"], Recipients("Rất mong sự hỗ trợ của Quý công ty. 4ƒ >\nMNơi nhận:\n\n- Như trên;\n- Lưu: VT, KHTHÌZ\n"));
    }

    // ip-vptw-05-HD-VPTW-2026-ocr: the signature column beside the list puts its title on one item's line and the
    // signer's name on another's, inside an item broken over two lines; a place's name after its kind word stays.
    [Fact]
    public void The_signers_name_beside_an_item_broken_over_lines_is_cut_off()
    {
        Assert.Equal(["Các đồng chí Uỷ viên Trung ương Đảng", "Các đơn vị trực thuộc Văn phòng Trung ương Đảng", "Sở Y tế thành phố Hồ Chí Minh"],
            Recipients("Nơi nhận: K/T CHÁNH VĂN PHÒNG\n\n- Các đồng chí Uỷ viên Trung ương Đảng; PHO CHANH VAN PHONG\n"
                + "- Các đơn vị trực thuộc Lê Khánh Toàn\n\nVăn phòng Trung ương Đảng;\n- Sở Y tế thành phố Hồ Chí Minh\n(phối hợp);\n- Lưu Văn phòng Trung ương Đảng.\n")
                .Select(r => r.Replace(" (phối hợp)", "")));
    }

    // The kind words come from the jurisdictions and the place line's abbreviations, in any case: a ward or town
    // named after a person ("Phường Lê Lợi", "TX. Trần Phú") ends an item like a signer's name, and stays.
    [Theory]
    [InlineData("UBND Phường Lê Lợi")]
    [InlineData("UBND TX. Trần Phú")]
    [InlineData("Đảng ủy Thị trấn Nguyễn Văn Trỗi")]
    public void A_place_named_after_a_person_after_its_kind_word_stays(string item)
    {
        Assert.Equal(["Các đồng chí Uỷ viên Trung ương Đảng", item + " thực hiện"],
            Recipients("Nơi nhận: K/T CHÁNH VĂN PHÒNG\n\n- Các đồng chí Uỷ viên Trung ương Đảng; PHO CHANH VAN PHONG\n"
                + "- " + item + "\n\nthực hiện;\n- Lưu VT.\n"));
    }

    // lo-phuong-sa-dec-qd-2025-151-ban-bau-cu-ocr: the seal's specks after each item's ";", an "@" among them, which makes
    // no e-mail line of a marked item.
    [Fact]
    public void Specks_after_the_items_semicolon_go_and_the_items_stay()
    {
        Assert.Equal(["Như Điêu 4", "TT. Đảng ủy/TT. HĐND Phường", "CT và các PCT UBND Phường"],
            Recipients("Nơi nhận: TM. UỶ BAN NHÂN DÂN\n- Như Điêu 4; TỊ H\n\n- TT. Đảng ủy/TT. HĐND Phường; ~#£HU C\n\n- CT và các PCT UBND Phường; @ sư Đà\n\n- Lưu: VT.\n"));
    }

    // io-ubnd-phuong-sa-dec-qd-154-2025-ocr: "ậNớơi nhận:", a speck glued and the vowel read twice; the title beside an
    // item after its ";" and a degree sign's speck.
    [Fact]
    public void A_heading_with_its_vowel_read_twice_still_opens_the_list()
    {
        Assert.Equal(["Như Điêu 4", "TT. Đảng ủy/ TT. HĐND Phường", "CT và các PCT UBND Phường"],
            Recipients("ậNớơi nhận: TM. UY BAN NHÁN DÁN\n- Như Điêu 4; CHỦ TỊCH\n\n- TT. Đảng ủy/ TT. HĐND Phường; °\n\n- CT và các PCT UBND Phường;\n\n- Lưu: VT.\n"));
    }
    // jg-vptw-tb-2025-432-md: a Markdown copy underlines the heading ("__Nơi nhận__:") and closes items with ",".
    [Fact]
    public void An_underlined_heading_still_opens_the_list()
    {
        Assert.Equal(["Các cơ quan, ban đảng Trung ương", "Các đồng chí Uỷ viên Ban Chấp hành Trung ương Đảng"],
            Recipients("__Nơi nhận__:\n- Các cơ quan, ban đảng Trung ương,\n- Các đồng chí Uỷ viên\nBan Chấp hành Trung ương Đảng,\n- Lưu Văn phòng Trung ương Đảng.\n"));
    }

    // jh-bo-tu-phap-qd-2025-86-pdf: a PDF's layout keeps the signature column beside the list, its title on a line of its own.
    [Fact]
    public void A_line_far_right_of_the_heading_is_the_signature_column_not_the_end_of_the_list()
    {
        var tail = "Nơi nhận:" + new string(' ', 40) + "KT. BỘ TRƯỞNG\n- Như Điều 3;\n- Bộ trưởng (để báo cáo);\n"
            + new string(' ', 50) + "THỨ TRƯỞNG\n- Các Thứ trưởng (để biết);\n- Sở Tư pháp các tỉnh, thành phố trực thuộc\n  Trung ương (để thực hiện);"
            + new string(' ', 30) + "Mai Lương Khôi\n- Lưu: VT, Cục HTQTCT.\n";
        Assert.Equal(["Như Điều 3", "Bộ trưởng (để báo cáo)", "Các Thứ trưởng (để biết)", "Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương (để thực hiện)"],
            Recipients(tail));
    }

    // jh-dh-cntt-khoa-httt-tb-2014-ocr: "Nơi nhận: '": the scan left a quote-like speck beside the heading.
    [Fact]
    public void A_quote_speck_beside_the_heading_is_no_recipient()
    {
        Assert.Equal(["Như trên"], Recipients("Nơi nhận: '\n- Như trên;\n- Lưu: VT, HTTT.\nNguyễn Đình Thuân\n"));
    }
    // jh-ubnd-hai-phong-qd-2025-430-ocr: the seal's debris beside the heading before the position, after an item's ";" as an
    // unclosed bracket, and as a letter before an item's mark.
    [Fact]
    public void Seal_debris_around_the_items_of_a_scan_is_no_recipient()
    {
        Assert.Equal(["Như Điều 4", "Đài PTTH HP, Báo HP, CĐ ANHP", "Các Phòng: KSTTHC, VX"],
            Recipients("Nơi nhận: zz?>»CHỦ TỊCH\n\n- Như Điều 4; (NA ï\n\n- Đài PTTH HP, Báo HP, CÐ ANHP; “Š A4\nm - Các Phòng: KSTTHC, VX;\nẠ - Lưu: VT, RETRIGH vu. Nguyên Văn Tùng\nPhụ lục -\n"));
    }
    // jh-ubnd-quang-ngai-ct-2018-07-ocr, jh-ubnd-bac-lieu-qd-2025-210-ocr: after an item's ";" the seal's rim opening with a
    // speck, or short words with a capital after a small letter, are no second item.
    [Fact]
    public void Debris_after_an_items_semicolon_that_opens_with_a_speck_or_breaks_its_case_is_no_recipient()
    {
        Assert.Equal(["CT, các PCT UBND tỉnh", "Cổng TT điện tử tỉnh"],
            Recipients("Nơi nhận: KT.CHỦ TỊCH\n- CT, các PCT UBND tỉnh; === ñam Trường Th\n- Cổng TT điện tử tỉnh; NAY “ÁN cáC/\n- Lưu: VT, NCbdv205.\n"));
    }
    // jh-ubnd-quang-ngai-ct-2018-07-ocr: the seal's rim ("<") between the item and the signature column's position on its
    // line; the note on the next line goes on with the item, the debris after its ";" dropped. jh-dh-dien-luc-tb-2025-d20-ocr:
    // a colon standing alone after an item's ";".
    [Fact]
    public void The_seals_rim_before_the_columns_position_and_a_lone_colon_are_no_part_of_an_item()
    {
        Assert.Equal(["Phó Thủ tướng TT Trương Hòa Bình (báo cáo)", "Văn phòng Chính phủ", "Đăng web, trang sv.epu.edu.vn"],
            Recipients("Nơi nhận: KT. CHỦ TỊCH\n- Phó Thủ tướng TT Trương Hòa Bình  < —k đecHủ TỊCH\n(báo cáo); Ẩ) đề” 'À :\n- Văn phòng Chính phủ;\n- Đăng web, trang sv.epu.edu.vn; MÁf :\n- Lưu: VT, NCbdv205.\n"));
    }
    // ms-cuc-hai-quan-tb-2025-37416: an address broken after the abbreviated place kind's dot; the item goes on.
    [Fact]
    public void A_place_kinds_abbreviation_at_a_lines_end_leaves_the_item_open()
    {
        Assert.Equal(["Công ty Cổ phần MHĐ Pharma) (181 Nguyễn Đình Chiểu, phường Xuân Hòa, TP. Hồ Chí Minh)", "Chi cục Kiểm định Hải quan"],
            Recipients("Nơi nhận:\n-\nCông ty Cổ phần MHĐ Pharma) (181 Nguyễn Đình Chiểu, phường Xuân Hòa, TP.\nHồ Chí Minh);\n- Chi cục Kiểm định Hải quan;\n- Lưu: VT, NVTHQ-PL-Na (3b).\n"));
    }
}
