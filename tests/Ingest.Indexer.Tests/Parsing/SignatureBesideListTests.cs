using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Provincial scans whose signature column the OCR flattened into the Nơi nhận list, one block line beside the heading
/// and each item, the seal's debris around them: the capacity lines and the deputy's position are read from those lines.
/// </summary>
public sealed class SignatureBesideListTests
{
    private static readonly PlanParser Parser = new();

    private const string Body = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
        + "Số: 53/TB-UBND Quảng Ngãi, ngày 07 tháng 02 năm 2025\nTHÔNG BÁO\nVề việc thụ lý giải quyết khiếu nại lần hai\n"
        + "Nay, thông báo để bà Nguyễn Thị Bích Ngọc thực hiện quyền khiếu nại theo quy định./.\n";

    [Fact]
    public void The_principals_position_written_twice_is_the_deputys_under_a_lost_mark()
    {
        // js-ubnd-quang-ngai-tb-2025-53-ocr.
        var r = Parser.Parse(Body + "Nơi nhận: SN M, CHỦ TỊCH\n- Như trên; ° ' ))'§ CHỦ TỊCH\n- CT, PCT UBND tỉnh; 29/60. SỀ, THẾPP\"\n"
            + "- Thanh tra tỉnh; s đế * S\\\n- Cổng TTĐT tỉnh; ¬-\n- Lưu: VT, NC(Tr212). Trần Phước Hiện\nH «\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Trần Phước Hiện", r.Signer?.Name);
    }

    [Fact]
    public void A_bodys_line_then_the_principals_then_the_deputys_damaged_position()
    {
        // jd-ubnd-quang-ngai-bc-2024-280-ocr.
        var r = Parser.Parse(Body + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- Thường trực HĐND tỉnh; PHÓ CHỦ TỊC\n"
            + "- CT, PCT UBND tỉnh; ANH; í\n- Ban KTNS, HĐND tỉnh; 9 /7-s-‹\n- Sở Tài chính; : ' c, Ì\n- VPUB: CVP, PCVP(KTTH); ' SÍỂT, PC, MS |\n"
            + "- Cổng TT-ĐT tỉnh; ¬ HỆ 1/2~\n- Lưu: VT, P.KTTHTien502. ro SP Ác\n\n. z) * So) `\n\n_ trần Phước Hiên\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    [Fact]
    public void The_deputys_position_may_stand_beside_a_later_item_under_debris()
    {
        // js-ubnd-tien-giang-qd-2025-ocr.
        var r = Parser.Parse(Body + "Nơi nhận: _ KT. CHỦ TỊCH ““\n- Như Điêu 4; ˆ Ử\n- Văn phòng Chính phủ (Cục KS TTHC); — no CHU TỊCH\n"
            + "- CT, các PCT UBND tỉnh; V2 TNN\n- Cổng TTĐT tỉnh; ˆ ' đ \\# | -\n- Lưu: VT, KSTT (Ánh). tÑÌ 1⁄2 /. 7\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
    }

    [Fact]
    public void A_name_under_the_capacity_line_takes_the_deputys_position_beside_the_items()
    {
        // jj-ubnd-can-tho-qd-2025-383-ocr.
        var r = Parser.Parse(Body + "Nơi nhận: KT. CHỦ TỊCH\n- Như Điều 3; H Ä HỦ TỊCH\n- Cục KSTTHC, VPCP;  . — C ƑC\n- UBND TP (IC); PP\n"
            + "- Lưu: VT.PM. lu \\ SN S—- “â\nNguyễn Ngọc Hè\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Nguyễn Ngọc Hè", r.Signer?.Name);
    }

    [Fact]
    public void The_name_beside_an_item_after_its_closing_semicolon_is_the_signers()
    {
        // jj-ubnd-quang-ngai-ct-2020-ocr.
        var r = Parser.Parse(Body + "Nơi nhận: CHỦ TỊCH\n\n- Tổng cục Thuế (b/cáo); TN TÊN\n\n- CT, PCT UBND tỉnh; ziểt, 2\n\n"
            + "- Kho bạc Nhà nước Quảng Ngãi; À\n\n- UBND các huyện, thị xã, thành phố; Trần Ngọc Căng\n"
            + "- Các ngân hàng thương mại trên địa bàn tỉnh;\n\n- Lưu: VT,KT.bngocl06\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Trần Ngọc Căng", r.Signer?.Name);
    }

    [Fact]
    public void Words_after_an_items_semicolon_that_open_with_no_family_name_are_no_signer()
    {
        // jj-ubnd-quang-ngai-ct-2020-ocr, near miss: a second recipient on the item's line.
        var r = Parser.Parse(Body + "Nơi nhận: CHỦ TỊCH\n- Cục Thuế tỉnh; Kho Bạc Tỉnh\n- Các ngân hàng thương mại;\n- Lưu: VT.\n");
        Assert.Null(r.Signer?.Name);
    }

    [Fact]
    public void Under_a_tl_line_the_position_beside_the_first_item_clipped_by_the_seal_is_read_whole()
    {
        // jd-ubnd-quang-ngai-tb-2024-660-ocr.
        var r = Parser.Parse(Body + "Nơi nhận: _ TL. CHỦ TỊCH\n- Thường trực Tỉnh ủy (b/cáo); = ÁNH VĂN PHÒNG\n- CT, PCT UBND tỉnh; Z QAN tự\n"
            + "___ ~BTT Ủy ban MTTQ VN tỉnh; t⁄4 ớ\n- Bộ Chỉ huy: Quân sự tỉnh, Bộ đội BP tỉnh; S4 sr SÀC\n"
            + "- Ban Quản lý Khu kinh tế Dung Quất \\\\Z2 kg — „ “lđ\nVà các Khu công nghiệp Quảng Ngãi; guyền Quốc Việt\n"
            + "- Tỉnh đoàn;\n- VPUB: CVP, PCVP, KGVX, KTTH;\n- Cổng Thông tin điện tử tỉnh;\n- Lưu: VT, KGVXn1014\n");
        Assert.Equal("CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }

    [Fact]
    public void A_deputys_position_damaged_past_spelling_under_a_kt_line_is_the_principals_deputy()
    {
        // jw-ubnd-bac-lieu-qd-2025-duong-bo-ocr.
        var r = Parser.Parse(Body + "Nơi nhận: %„ KT.CHỦ TỊCH\n\n- Như Điều 3; _PE Ù TỊCH\n| - Cục KSTTHC, VPCP (để b⁄‹); . Z9 CC :\n"
            + "- Bưu điện tỉnh; \\ rì v7 Ư —”\n- Lưu: VT; KSTTHC (MN,07). \\s Ñuyấ Hữu Trí\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    [Fact]
    public void A_speck_read_as_a_letter_and_a_sign_before_the_name_is_no_part_of_it()
    {
        // jw-dh-dien-luc-tb-2021-dkmh-ocr.
        var r = Parser.Parse(Body + "TL.HIỆU TRƯỞNG\nNơi nhận: PKƯỞỚNG RHÒNG ĐÀO TẠO\n- Phòng: KHTC, CTSV; -\n- Các lớp sinh viên; ĐẠI PỶ vd Số l\n"
            + "- Lưu: VT, ĐT. ĐIỆN L )h)\nE» Trịnh Văn Toàn\n");
        Assert.Equal("Trịnh Văn Toàn", r.Signer?.Name);
    }

    [Fact]
    public void A_deputys_position_after_the_units_words_in_a_markdown_copy_is_read_from_its_pho()
    {
        // ka-cuc-hai-quan-cv-2025-39365-md.
        var r = Parser.Parse(Body + "*Nơi nhận:*\n**- **Như trên;\n- PCT Âu Anh Tuấn (để b/c);\n- Lưu: VT, GSQL (2b).\n|\n**TL. CỤC TRƯỞNG**\n"
            + "**KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ **\nVỀ HQ PHÓ TRƯỞNG BAN\n**Nguyễn Bắc Hải**\n|\n");
        Assert.Equal("PHÓ TRƯỞNG BAN", r.Signer?.Title);
        Assert.Equal("Nguyễn Bắc Hải", r.Signer?.Name);
    }

    [Fact]
    public void A_damaged_position_over_the_heading_and_a_name_beside_a_closed_item_are_the_block()
    {
        // jw-ubnd-quang-ngai-ttr-2025-mien-nhiem-ocr: "XNÚ TỊCH" has the words and lengths of "CHỦ TỊCH" only; "Ngưýến"
        // the letters of "Nguyễn" only.
        var r = Parser.Parse(Body + "Ân `XNÚ TỊCH\nNơi nhận: Cờ 2 F) 2À\n- Như trên; 3/4 » TÀc /\n- TT Tỉnh ủy; BN&” 3 \\7\n"
            + "- CT, PCT UBND tỉnh; 4<. >\ns VP Đoàn ĐBQH và HĐND tỉnh; Ngưýến Hoàng Giang\n- Sở Nội vụ;\n- Lưu: VT, NC(V¡273).\nl z\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Nguyễn Hoàng Giang", r.Signer?.Name);
    }

    [Fact]
    public void A_position_beside_the_heading_whose_first_words_are_one_letter_off_is_repaired_and_the_name_read_below()
    {
        // kp-hiep-hoi-dn-binh-thuan-tt-2025-310-ocr: the scan prints "PHÓ CHỦ TỊCH HƯỜNG TRỰC" and "Lê Văn Lợi".
        var r = Parser.Parse(Body + "Trân trọng!\n| _TM. BANCHÁP HÀNH |\nNơi nhận: PHO CHƯLICH HƯỢNG TRỰC\n' - Như trên; vŸ ` v71\n"
            + "- Lưu VP. =, s ,\nBế -—\nTớ 7v Y\n`.\nLễ Văn Lợi\n");
        Assert.Equal("PHÓ CHỦ TỊCH HƯỢNG TRỰC", r.Signer?.Title);
        Assert.Equal("Lễ Văn Lợi", r.Signer?.Name);
    }

    [Fact]
    public void A_name_whose_family_lost_its_first_letter_beside_an_items_second_line_is_the_signers()
    {
        // jd-ubnd-quang-ngai-tb-2024-660-ocr: "guyền" is "Nguyễn" without its "N", beside the line that closes an item.
        var r = Parser.Parse(Body + "Nơi nhận: _ TL. CHỦ TỊCH\n- Thường trực Tỉnh ủy (b/cáo); = ÁNH VĂN PHÒNG\n- CT, PCT UBND tỉnh; Z QAN tự\n"
            + "- Ban Quản lý Khu kinh tế Dung Quất \\\\Z2 kg — „ “lđ\nVà các Khu công nghiệp Quảng Ngãi; guyền Quốc Việt\n- Tỉnh đoàn;\n"
            + "- Lưu: VT, KGVXn1014\n");
        Assert.Equal("CHÁNH VĂN PHÒNG", r.Signer?.Title);
        Assert.Equal("Nguyễn Quốc Việt", r.Signer?.Name);
    }

    [Fact]
    public void A_position_over_the_heading_with_signs_glued_before_it_and_a_misread_family_beside_an_item()
    {
        // iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr: "=——=>.GIÁM ĐÓC" is the column's position, "Trân" is "Trần".
        var r = Parser.Parse(Body + "Sổ ` —\n=——=>.GIÁM ĐÓC\nNơi nhận: : /\n-Bộ Thông tin và Truyên thông: / S. vs S h /\n"
            + "-Tỉnh ủy, HĐND, UBND tỉnh; Ễ THÔNG Ty \\S\\J JWL\n-UBND các huyện, Thành phố; _. .\n-Phòng VH-TT các huyện, Thành phố; Trân Văn Thanh\n"
            + "-Các đơn vị thuộc SỞ;\n-Lưu VT, VP.\n");
        Assert.Equal("GIÁM ĐỐC", r.Signer?.Title);
        Assert.Equal("Trần Văn Thanh", r.Signer?.Name);
    }

    [Fact]
    public void A_deputys_position_beside_an_item_whose_semicolon_the_ocr_read_as_a_comma()
    {
        // ip-bhxh-vn-1923-BHXH-CNTT-2024-ocr: "- Nhưtrên, PHÓ TÔNG GIÁM ĐỐC" under "KT. TÔNG GIÁM ĐÓC"; no name survived.
        var r = Parser.Parse(Body + "Nơi nhận: KT. TÔNG GIÁM ĐÓC\n- Nhưtrên, PHÓ TÔNG GIÁM ĐỐC\n- Tông Giám đốc (đễ b/©); sen ` G\n"
            + "- Các Phó Tông Giám dốc:\n- Trung tâm GĐĐT.\n- Lưu: VT, CNTT.\n32,\n Á /\nlu lạnh Sinh\n");
        Assert.Equal("PHÓ TÔNG GIÁM ĐỐC", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
    }

    [Fact]
    public void A_heading_whose_n_the_scans_edge_took_still_carries_the_block_beside_it()
    {
        // lj-ubnd-quang-ngai-ct-2024-pctntc-ocr (the product's own OCR): "ơi nhận:" is "Nơi nhận:" without its "N".
        var r = Parser.Parse(Body + "ơi nhận: KT. CHỦ TỊCH\n- Thanh tra Chính phủ; PHÓ CHỦ TỊCH\n- Thường trực Tỉnh uỷ;\n\n"
            + "- Thường trực HĐND tỉnh;\n\n- PCT UBND tỉnh;\n\n- Các cơ quan chuyên trách TMGV Tinh Ủy;\n\n"
            + "- Các tô chức chính trị - xã hội tỉnh;\n\n- Các sở, ngành, đơn vị trực thuộc tỉnh; Trần Hoàng Tuấn\n"
            + "- Công an tỉnh, Viện kiểm sát nhân dân tỉnh;\n\n- Tòa án nhân dân tỉnh, Cục THADS tỉnh;\n\n"
            + "- UBND các huyện, thị xã, thành phố;\n\n- Báo Quảng Ngãi; Đài PT-TH Quảng Ngãi;\n\n- VPUB: CVP, PCVP,\n\n"
            + "các phòng nghiên cứu, TCD, CBTH;\n\n- Lưu: VT, NC(ong172).\n\n"
            + "- Thường trực UBMTTQVN tỉnh; C7 Sa Sy aU 1 _———\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Trần Hoàng Tuấn", r.Signer?.Name);
    }
}
