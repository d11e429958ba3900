using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Header and signature layouts met on text outside the corpus (stored public pages, checked against
/// ../shared/EXCLUDED-PAGES.txt and the corpus's sources), each text cut from its page verbatim, its address beside
/// it. Expectations were read from the text by hand (corpus README rules), never copied from the parser.
/// </summary>
public sealed class UnseenLayoutTests
{
    private static readonly PlanParser Parser = new();

    // https://huongho.thuathienhue.gov.vn/?gd=4&cn=129&tc=1664: the portal's headline names the notice "KẾ HOẠCH …"
    // above the header; the ward's own heading under the motto is "THÔNG BÁO" with its "Về việc …" title.
    private const string WardNoticeUnderPortalHeadline =
        "Tìm kiếm tin tức\nLiên kết website\nKẾ HOẠCH TIÊM PHÒNG DẠI CHÓ QUẢN LÝ VẬT NUÔI NĂM 2021\nNgày cập nhật 13/04/2021\n" +
        "THÔNG BÁO\nVề việc tiêm vắc xin phòng dại chó quản lý vật nuôi và\nBảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021\n\n" +
        "UỶ BAN NHÂN DÂN\n\nPHƯỜNG HƯƠNG HỒ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n \n\n" +
        "Số: 28/TB-UBND\n\n \n\n \n\nHương Hồ, ngày 02 tháng 4 năm 2021\n\n \n\n \n\nTHÔNG BÁO\n\n" +
        "Về việc tiêm vắc xin phòng dại chó quản lý vật nuôi và\n\nBảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021\n\n \n\n \n\n \n\n" +
        "Thực hiện kế hoạch số: 1020/KH-UBND ngày 30 tháng 3 năm 2021 của UBND thị xã Hương Trà về việc tiêm vắc xin phòng dại " +
        "chó, mèo quản lý vật nuôi và bảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021.\n\n" +
        "BCĐ tiêm phòng vắc xin phường Hương Hồ triển khai kế hoạch tiêm vắc xin phòng dại chó năm 2021 như sau:\n\n1. Mục tiêu:\n";

    [Fact]
    public void The_type_heading_under_the_motto_wins_over_a_portal_headline_of_another_type()
    {
        var r = Parser.Parse(WardNoticeUnderPortalHeadline);
        Assert.Equal("Thông báo", r.DocType);
        Assert.Equal("Về việc tiêm vắc xin phòng dại chó quản lý vật nuôi và Bảo hiểm trách nhiệm dân sự của chủ nuôi chó năm 2021", r.Title);
        Assert.Equal("28/TB-UBND", r.Number);
        Assert.Equal("commune", r.Issuer.Level);
    }

    // http://cinet.vn/van-ban-qppl-cinet/429bvhttdlvhcs-324162.html: the mirror prints the signature over the text and
    // glues its "Theo <issuer>" attribution after the name.
    private const string MirrorAttributionAfterName =
        "429/BVHTTDL-VHCS,\n\nKT BỘ TRƯỞNG THỨ TRƯỞNG Huỳnh Vĩnh Ái Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\n" +
        "CÔNG VĂN Về việc tổ chức Liên hoan tuyên truyền lưu động chào mừng bầu cử Quốc hội khoá XIII và bầu cử đại biểu hội đồng nhân dân các cấp\n\n" +
        "Kính gửi: Ủy ban nhân dân tỉnh………\n\n" +
        "Thực hiện Chỉ thị số 50-CT/TW,  ngày 05 tháng 01 năm 2011 của Bộ Chính trị về bầu cử Đại biểu hội đồng nhân dân các cấp nhiệm kỳ " +
        "2011-2016, Căn cứ kế hoạch công tác năm 2001. Bộ Văn hoá, Thể thao và Du lịch phối hợp với Ủy ban nhân dân các tỉnh: Tuyên Quang, " +
        "Hà Giang, Cao Bằng, Lạng Sơn và Bắc Giang tổ chức tuyên truyền sự kiện trọng đại của đất nước bằng hình thức Liên hoan tuyên truyền lưu động.\n";

    [Fact]
    public void A_mirrors_attribution_word_after_the_name_is_no_part_of_it()
    {
        var r = Parser.Parse(MirrorAttributionAfterName);
        Assert.Equal("Huỳnh Vĩnh Ái", r.Signer?.Name);
        Assert.Equal("THỨ TRƯỞNG", r.Signer?.Title);
    }

    [Fact]
    public void Provinces_listed_as_partners_give_no_province()
    {
        // The ministry's letter names five provinces once each: none of them is the issuer's (a central body).
        var r = Parser.Parse(MirrorAttributionAfterName);
        Assert.Null(r.Issuer.Province);
    }

    [Fact]
    public void A_given_name_that_looks_like_a_sentence_word_is_kept()
    {
        // "Tài", "Vê" keep their marks and are names; only the sentence words themselves are cut.
        var r = Parser.Parse("UBND XÃ AN BÌNH\nSố: 15/UBND\nAn Bình, ngày 2 tháng 3 năm 2024\nV/v nghiệm thu công trình\n" +
            "Kính gửi: Các thôn\nĐề nghị các thôn thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Tài\n");
        Assert.Equal("Nguyễn Văn Tài", r.Signer?.Name);
    }

    // Repository copies of 2025 letters (github.com/tnt305/tai_lieu_noi_bo, commit 94c5034, src/etl/dataset/…): the mirror's
    // table flattened cell by cell, the subject in italics under the number, the place-date cell broken after "ngày".
    private const string Repo = "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/";

    // 0bc7bfa8f2ed42e8.md: "*V/v" alone on its line, the subject on the next.
    private const string SubjectUnderALoneVv =
        "BỘ TÀI CHÍNH\n**CỤC THUẾ**\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n" +
        "Số: 5330/CT-CS\n*V/v\nChính sách thuế TNCN*\n|\n*Hà Nội, ngày 19 tháng 11\nnăm 2025*\n|\n**Kính gửi:** Bà Huỳnh Thị Mỹ Hằng\n" +
        "*(Địa chỉ: 33 Hai Bà Trưng, Phường Nghĩa Lộ, Tỉnh Quảng Ngãi;*\n";

    // 0d99145eee8ac0ff.md: the subject's second line in capitals, then the place-date cell cut after "ngày".
    private const string SubjectCellOverABrokenPlaceDate =
        "Xem chi tiết tại Công văn 10988/BNV-CQĐP ban hành ngày 21/11/2025.\n|\n**BỘ NỘI VỤ**\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n" +
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:10988/BNV-CQĐP\n*V/v tuyên truyền chủ trương, chính sách của\nĐảng, Nhà nước.*\n|\n" +
        "*Hà Nội, ngày\n21 tháng 11 năm 2025*\n|\n|\n**Kính gửi:**\n|\n- Ban Tuyên giáo và Dân vận Trung ương,\n";

    // 3eb6b0065020aac4.md: Markdown markers cut inside the words of the subject and of the place-date.
    private const string MarkersInsideWords =
        "|\n|\nBỘ TÀI CHÍNH\nC**ỤC THUẾ**\n**-------**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n" +
        "Số:\n5664/CT-CS\n*V/v ch**ính sách thu**ế*\n|\n*Hà Nội, ng**ày\n01 tháng 12 năm 2025*\n|\n**Kính gửi:** Ông Thái Mạnh\nCường\nCục Thuế nhận được\n";

    // 9a53c71ee9f5781f.md: the place of the place-date cell broken after its first word.
    private const string PlaceBrokenUnderTheSubject =
        "|\n|\nBỘ TÀI CHÍNH\n**CỤC HẢI QUAN**\n--------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n" +
        "Số: 3799/CHQ-GSQL\n*V/v khai bổ sung*\n|\n*Hà \nNội, ngày 25 tháng 11 năm 2025*\n|\n**Kính\ngửi: **Tổng công ty\n";

    [Theory]
    [InlineData(nameof(PlaceBrokenUnderTheSubject), "khai bổ sung")]
    [InlineData(nameof(SubjectUnderALoneVv), "Chính sách thuế TNCN")]
    [InlineData(nameof(SubjectCellOverABrokenPlaceDate), "tuyên truyền chủ trương, chính sách của Đảng, Nhà nước.")]
    [InlineData(nameof(MarkersInsideWords), "chính sách thuế")]
    public void Reads_an_italic_subject_under_the_number_of_a_flattened_table(string layout, string title)
    {
        var text = layout switch
        {
            nameof(SubjectUnderALoneVv) => SubjectUnderALoneVv,
            nameof(SubjectCellOverABrokenPlaceDate) => SubjectCellOverABrokenPlaceDate,
            nameof(PlaceBrokenUnderTheSubject) => PlaceBrokenUnderTheSubject,
            _ => MarkersInsideWords,
        };
        var r = Parser.Parse(text);
        Assert.True(r.Title == title, $"{Repo}: {layout}: title {r.Title}");
        Assert.Equal("Công văn", r.DocType);
    }

    // 717159673033f644.md and 9063e901ca3fd0c3.md: the signer's name, in bold, wrapped over two lines by the conversion.
    [Theory]
    [InlineData("xuất trình Ủy ban nhân dân Thành phố xem xét./.\n|\n*Nơi nhận:*\n- Như trên;\n- TTUB: CT, các PCT;\n- VPUB: CVP, các PVP;\n" +
        "- Phòng Đô thị, TTHCC;\n- Lưu: VT, (ĐT/VMN).\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Bùi\nXuân Cường**\n|\n", "Bùi Xuân Cường", "PHÓ CHỦ TỊCH")]
    [InlineData("Nơi nhận:\n- Như\ntrên;\n- Lãnh đạo Bộ\n(để báo cáo);\n- Cục Thuế (để phối hợp);\n- Lưu: VT, CT (PC)\n|\n**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n**Lê Tấn\nCận**\n|\n",
        "Lê Tấn Cận", "THỨ TRƯỞNG")]
    public void Reads_a_bold_name_the_conversion_wrapped(string signature, string name, string title)
    {
        var r = Parser.Parse("BỘ TÀI CHÍNH\nSố: 17986/BTC-CT\nHà Nội, ngày 25 tháng 11 năm 2025\nV/v phổ biến cẩm nang\nKính gửi: Các xã\nĐề nghị thực hiện./.\n" +
            signature);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
    }

    [Fact]
    public void A_markdown_hard_break_keeps_the_authority_over_the_position()
    {
        // The writer's own line end (two spaces) inside one bold run: authority, then position, then the name.
        var r = Parser.Parse("UBND HUYỆN AN LÃO\nSố: 15/QĐ-UBND\nAn Lão, ngày 2 tháng 3 năm 2024\nV/v nghiệm thu\nKính gửi: Các xã\nĐề nghị thực hiện./.\n" +
            "Nơi nhận:\n- Như trên;\n- Lưu.\n\n**TM. ỦY BAN NHÂN DÂN HUYỆN  \nQ. CHỦ TỊCH**\n\n**Võ Thị Tuyết**\n");
        Assert.Equal("Võ Thị Tuyết", r.Signer?.Name);
        Assert.Equal("Q. CHỦ TỊCH", r.Signer?.Title);
    }

    // 5e4a9784909432f8.md (Quyết định 1378/QĐ-BNV, 2025): the signature under a long Nơi nhận list, then hundreds of lines
    // of the annexed procedures. The annex rows here stand in for the real ones (a table of procedure names, cut cell by cell).
    [Fact]
    public void Reads_the_signer_above_a_long_annex()
    {
        var annex = string.Concat(Enumerable.Range(1, 160).Select(i => $"|\n{i}\n|\nThủ tục thẩm định đề án vị trí việc làm số {i}\n|\nTổ chức - Biên chế\n"));
        var r = Parser.Parse("BỘ NỘI VỤ\nSố: 1378/QĐ-BNV\nHà Nội, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCông bố thủ tục hành chính nội bộ\n" +
            "**Điều 3.** Chánh Văn phòng Bộ,\nVụ trưởng Vụ Tổ chức - Biên chế, Thủ trưởng các đơn vị thuộc, trực thuộc Bộ Nội\n" +
            "vụ và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết\nđịnh này./.\n\n\n|\nNơi nhận:\n- Như Điều 3;\n" +
            "- Bộ trưởng (để b/c);\n- Các đồng chí Thứ trưởng;\n- Văn phòng Chính phủ (Cục KSTTHC);\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n" +
            "- UBND, Sở Nội vụ các tỉnh, TP trực thuộc TW;\n- TTCNTT, Bộ Nội vụ (Cổng thông tin điện tử);\n- Lưu: VT, VP (VTLT&KSTTHC).\n|\n" +
            "**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\nVũ Chiến Thắng\n|\n|\n\n** **\n\n**THỦ\nTỤC HÀNH CHÍNH NỘI BỘ GIỮA CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC LĨNH VỰC TỔ CHỨC -\n" +
            "BIÊN CHẾ THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ NỘI VỤ**\n\n" + annex);
        Assert.Equal("Vũ Chiến Thắng", r.Signer?.Name);
        Assert.Equal("THỨ TRƯỞNG", r.Signer?.Title);
    }

    [Fact]
    public void A_body_written_under_an_annexed_forms_position_is_no_name()
    {
        // An annexed form's own "Nơi nhận:" and "CHỦ TỊCH" over "UBND TỈNH" (a mirror's copy of a 2025 decision's forms).
        var r = Parser.Parse("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 4831/QĐ-BNNMT\nHà Nội, ngày 1 tháng 12 năm 2025\nQUYẾT ĐỊNH\nVề việc công bố thủ tục\n" +
            "Căn cứ Luật Địa chất.\nMẫu số 01\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**CHỦ TỊCH**\n|\nUBND TỈNH\n");
        Assert.NotEqual("UBND TỈNH", r.Signer?.Name);
    }

    // 96cc27eb50c851bd.md (Thông báo 37691/TB-CHQ, 2025): a mirror's banner and metadata table (61 lines, kept verbatim
    // below) push the header past the first lines; the heading "THÔNG BÁO" under the motto is the text's, and the enacting line under its title
    // ("CỤC TRƯỞNG CỤC" / "HẢI QUAN", broken by the page) is no part of the title.
    private const string MirrorNotesOverTheHeader = "|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của **\nTHƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở hữu trí tuệ.\n**\nTHƯ VIỆN PHÁP LUẬT** has the copyright on this translation. Copying or reposting it without the consent of **\nTHƯ VIỆN PHÁP LUẬT** is a violation against the Law on Intellectual Property.\nX\n**\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\nCác nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi bật bằng\ncác màu sắc:\n: Sửa đổi, thay thế,\nhủy bỏ\nClick vào phần bôi vàng để xem chi tiết.\n|\n|\n|\n|\nĐang tải văn bản...\n#\n**Số hiệu:**\n|\n37691/TB-CHQ\n|\n|\n**Loại văn bản:**\n|\nThông báo\n|\n**Nơi ban hành:**\n|\nCục Hải quan\n|\n|\n**Người ký:**\n|\nĐào Thu Hương\n|\n**Ngày ban hành:**\n|\n21/11/2025\n|\n|\n**\nNgày hiệu lực:**\n|\nĐã biết\n|\n**Ngày công báo:**\n|\nĐang cập nhật\n|\n|\n**Số công báo:**\n|\nĐang cập nhật\n|\n|\n";

    [Fact]
    public void Reads_the_heading_under_a_motto_pushed_down_by_a_mirrors_notes()
    {
        var r = Parser.Parse(MirrorNotesOverTheHeader + "BỘ\nTÀI CHÍNH\n**CỤC HẢI QUAN**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n" +
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n37691/TB-CHQ\n|\n*Hà\nNội**, ngày **21**\ntháng **11** năm **2025*\n|\n" +
            "**THÔNG BÁO**\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n**CỤC TRƯỞNG CỤC\nHẢI QUAN**\nCăn cứ Luật Hải quan ngày\n23 tháng 6 năm 2014;\n");
        Assert.Equal("Thông báo", r.DocType);
        Assert.Equal("VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ", r.Title);
        Assert.Equal("37691/TB-CHQ", r.Number);
    }
}
