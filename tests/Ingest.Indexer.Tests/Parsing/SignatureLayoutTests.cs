using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Signature blocks as real documents lay them out: beside Nơi nhận, in table cells, over two or three lines,
/// on one line, with the name glued to the position, Party T/M. Each row is a short excerpt from the source
/// named beside it (documents of tests/corpus); then near misses that must give no signer.
/// </summary>
public sealed class SignatureLayoutTests
{
    private static readonly PlanParser Parser = new();

    public static TheoryData<string, string, string, string, string[]> Matches() => new()
    {
        // https://2mit.org/forum/threads/qui-dinh-ve-ban-hanh-van-ban-cua-doan.31554: the block on one line, "ĐOÀN" glued to the position.
        { "one line", "Điều 4. Quyết định này có hiệu lực từ ngày ký. Nơi nhận: - Như điều 4; - Lưu TH-TĐ10b, VT-LT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi",
          "BÍ THƯ THƯỜNG TRỰC", "Phan Văn Mãi", ["TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"] },
        // https://github.com/dvhcvn/20250701/blob/dd94887ce32324380bc5bb0a76fe39867dafc73b/input/docs/1670_NQ-UBTVQH15.md: grid-table cells.
        { "table cells", "Nghị quyết này có hiệu lực từ ngày 01 tháng 7 năm 2025.\n| *** ***                       | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\     |\n|                               | CHỦ TỊCH\\                            |\n| ***Nơi nhận:\\***              | \\                                    |\n| - Ban Tổ chức Trung ương;\\    | \\                                    |\n| Việt Nam;\\                    | Trần Thanh Mẫn**                     |\n| - Lưu: HC, PLTP.              |                                      |",
          "CHỦ TỊCH", "Trần Thanh Mẫn", ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"] },
        // https://trungtamvanhoaquan9.info.vn/van-ban-thong-bao-thu-moi/thong-bao-38/: "P. GIÁM ĐỐC", "(đã kỹ)", blank lines.
        { "abbreviated position", "Trân trọng./.\n\nP. GIÁM ĐỐC\n\n(đã kỹ)\n\nNguyễn Thị Lynh Trang\n",
          "P. GIÁM ĐỐC", "Nguyễn Thị Lynh Trang", [] },
        // A deputy's position with "Phó" shortened and its stop glued to the word ("P.CHỦ TỊCH", "P.HIỆU TRƯỞNG") under
        // the mark lines: the line right above the name is the title, the marks the authority.
        { "deputy shortened, stop glued", "Nơi nhận:\n- Như trên;\n- Lưu vp.\n\nTM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\n\nP.CHỦ TỊCH\n\nLê Quang Hòa\n",
          "P.CHỦ TỊCH", "Lê Quang Hòa", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"] },
        // ip-bhxh-vn-cv-csyt-2015-ocr (Tesseract): the title run into the item beside it, "PHÓ TỔNG" read as one word; the
        // "KT. TỔNG GIÁM ĐỐC" line above says which deputy signs.
        { "OCR'd deputy beside the list", "Yêu cầu BHXH các tỉnh khẩn trương thực hiện./.\n\nNơi nhận: KT. TỎNG GIÁM ĐÓC\n-Nhưtrên — PHONG GIÁM ĐÓC\n- Tổng Giám đốc (để b/c); h\n\n- Các Phó Tổng Giám đốc;\n- Lưu: VT, CSYT (05b).xue⁄\n\nNguyễn Minh Thảo\n",
          "PHÓ TỔNG GIÁM ĐỐC", "Nguyễn Minh Thảo", ["KT. TỎNG GIÁM ĐÓC"] },
        // The same letter's name as Tesseract read it: its first word no syllable, one letter from one family name.
        { "OCR'd family name", "Yêu cầu BHXH các tỉnh khẩn trương thực hiện./.\n\nNơi nhận: KT. TỎNG GIÁM ĐÓC\n-Nhưtrên — PHONG GIÁM ĐÓC\n- Các Phó Tổng Giám đốc;\n- Lưu: VT, CSYT (05b).xue⁄\n\nÑgmYến Minh Thảo\n",
          "PHÓ TỔNG GIÁM ĐỐC", "Nguyễn Minh Thảo", ["KT. TỎNG GIÁM ĐÓC"] },
        { "deputy head teacher shortened", "Nơi nhận:\n- Lưu VT.\nKT. HIỆU TRƯỞNG\nP.HIỆU TRƯỞNG\n\nTrần Thị Mai\n",
          "P.HIỆU TRƯỞNG", "Trần Thị Mai", ["KT. HIỆU TRƯỞNG"] },
        // Layout of a provincial committee's plan, block beside Nơi nhận, the name glued to the position as PDF text extraction leaves it
        // (tests/corpus: cp-ubnd-* documents sign "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
        { "name glued to position", "Nơi nhận:                                 KT. CHỦ TỊCH\n- Như trên;                               PHÓ CHỦ TỊCHNguyễn Văn Sơn\n- Lưu: VT.",
          "PHÓ CHỦ TỊCH", "Nguyễn Văn Sơn", ["KT. CHỦ TỊCH"] },
        // tests/corpus ib-bo-khdt-3397-BKHDT-QLKTTW-2019-repo: the mark alone, principal, position and name on the next line.
        { "mark alone on its line", "- Lưu: VT, QLKTTW.\nTL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm",
          "CHÁNH VĂN PHÒNG", "Nguyễn Đức Tâm", ["TL. BỘ TRƯỞNG"] },
        // tests/corpus ib-thu-tuong-05-2025-QD-TTg-repo: the block on one line, the annex's title run on after the name.
        { "annex title after the name", "- Lưu: VT, KGVX(2).\nKT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG Y KHOA QUỐC GIA (Ban hành kèm theo Quyết định số 05/2025/QĐ-TTg)",
          "PHÓ THỦ TƯỚNG", "Lê Thành Long", ["KT. THỦ TƯỚNG"] },
        // jh-dh-cntt-khoa-httt-tb-2014-ocr (a faculty's notice, OCR'd): the position read before the list beside it, the name after.
        { "position over the list's heading", "+ 24/03/2014 Nộp hồ sơ xét Tốt nghiệp về Khoa HTTT\n—  Š AA\nTRƯỞNG KHOA\nNơi nhận: '\n- Như trên; ⁄{ 4 „z2\n- Lưu: VT, HTTT. [ve\nNguyễn Đình Thuân\n",
          "TRƯỞNG KHOA", "Nguyễn Đình Thuân", [] },
    };

    [Theory, MemberData(nameof(Matches))]
    public void Reads_the_signer(string layout, string text, string title, string name, string[] authority)
    {
        var signer = Parser.Parse(text).Signer;
        Assert.True(signer is not null, layout);
        Assert.Equal(title, signer!.Title);
        Assert.Equal(name, signer.Name);
        Assert.Equal(authority, signer.Authority);
    }

    [Fact]
    public void Party_block_with_T_M_over_an_annex()
    {
        // tests/corpus cp-bch-tw-nq-2025-60 (Nghị quyết 60-NQ/TW): the block beside Nơi nhận, a long annex after it.
        var annex = string.Concat(Enumerable.Range(1, 80).Select(i => $"{i}. Hợp nhất tỉnh A{i} và tỉnh B{i}.\n"));
        var text = "  ***Nơi nhận:\\***                     **T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\**\n  - Các ban đảng, đảng ủy trực thuộc             TỔNG BÍ THƯ\\\n  Trung ương,\\                                        **\\\n  - Lưu Văn phòng Trung ương Đảng.                 Tô Lâm**\n\nDANH SÁCH\n" + annex;
        var signer = Parser.Parse(text).Signer;
        Assert.NotNull(signer);
        Assert.Equal("TỔNG BÍ THƯ", signer!.Title);
        Assert.Equal("Tô Lâm", signer.Name);
    }

    [Fact]
    public void The_motto_of_a_short_text_is_no_signer()
    {
        // tests/corpus cp-thu-tuong-qd-2014-275: a header-only excerpt; "THỦ TƯỚNG CHÍNH" / "PHỦ" above the motto.
        var r = Parser.Parse("THỦ TƯỚNG CHÍNH\nPHỦ\n--------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 275/QĐ-TTg");
        Assert.Null(r.Signer);
        Assert.Contains(r.Diagnostics, d => d.Code == "signer-missing");
    }

    [Fact]
    public void A_recipient_line_with_a_bracket_does_not_break_the_block()
    {
        var r = Parser.Parse("Nơi nhận:                                          KT. CHỦ TỊCH\n- UBND tỉnh (b/c);                                  PHÓ CHỦ TỊCH\n- Lưu: VT, NV.                                       (Đã ký)\n\n                                                  Nguyễn Văn Bình");
        Assert.Equal(["KT. CHỦ TỊCH"], r.Signer!.Authority);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer.Title);
    }

    [Fact]
    public void Authority_lines_far_above_the_position_are_all_read()
    {
        // The tail is cut into cells from its end, a few lines at a time (issue 10, parser speed): an authority that
        // stands many lines above the position (blank lines between them, as exported text leaves them) is still read whole.
        var gap = new string('\n', 14);
        var r = Parser.Parse("Quyết định này có hiệu lực từ ngày ký./.\nTM. ỦY BAN NHÂN DÂN" + gap + "KT. CHỦ TỊCH" + gap + "PHÓ CHỦ TỊCH\n\n\nNguyễn Văn Sơn\n");
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], r.Signer!.Authority);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer.Title);
        Assert.Equal("Nguyễn Văn Sơn", r.Signer.Name);
    }

    [Fact]
    public void A_decisions_heading_under_its_preamble_is_no_signer()
    {
        // tests/corpus ib-can-tho-2676-QD-UBND-2015-htpl: a header-only excerpt; the preamble names the signing
        // authority and "QUYẾT ĐỊNH" follows it, as a position and a name would.
        var r = Parser.Parse("Số: 2676/QĐ-UBND\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n\nQUYẾT ĐỊNH\n\nĐiều 1. Phê duyệt Đề án nâng cao chỉ số phát triển con người.");
        Assert.Null(r.Signer);
    }

    [Fact]
    public void An_authority_line_broken_before_its_last_words_is_no_name()
    {
        // tests/corpus ib-bac-kan-238-QD-UBND-2018-vanban123: "TM. ỦY BAN" / "NHÂN DÂN |", the position and name
        // left out of the page, an annex's title after it.
        var r = Parser.Parse("Điều 3. Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này./.\n|\nTM. ỦY BAN\nNHÂN DÂN |\nPHÒNG, CHỐNG HIV/AIDS TRÊN ĐỊA BÀN TỈNH BẮC KẠN\nGIAI ĐOẠN 2018 - 2020");
        Assert.Null(r.Signer);
    }

    [Fact]
    public void A_name_under_a_broken_authority_line_and_its_position_is_read()
    {
        var signer = Parser.Parse("Trân trọng./.\nTM. ỦY BAN\nNHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hòa").Signer;
        Assert.NotNull(signer);
        Assert.Equal("CHỦ TỊCH", signer!.Title);
        Assert.Equal("Nguyễn Văn Hòa", signer.Name);
    }
    // A block whose name did not survive closes the text: its position is kept with no name (corpus README), under an
    // authority line or the body's closing mark, the position broken over lines or not.
    [Theory]
    [InlineData("Đề nghị các chi bộ thực hiện nghiêm túc./.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(đã ký)\n", "PHÓ BÍ THƯ")]
    [InlineData("Điều 3. Chủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n|\nBỘ\nTRƯỞNG\n|\n", "BỘ TRƯỞNG")]
    public void A_nameless_block_closing_the_text_keeps_its_position(string text, string title)
    {
        var signer = Parser.Parse(text).Signer;
        Assert.NotNull(signer);
        Assert.Equal(title, signer!.Title);
        Assert.Null(signer.Name);
    }

    [Fact]
    public void A_position_with_no_anchor_above_it_is_no_block()
    {
        // No authority line, no closing mark: an upper-case line ending a page is not known to be a signature.
        Assert.Null(Parser.Parse("Kính gửi: Các trường học.\nĐề nghị các trường thực hiện báo cáo đúng hạn\nGIÁM ĐỐC").Signer);
    }
    // The position beside the list's heading of an OCR'd scan, behind the seal's debris, or with one letter misread; no
    // name survived under it.
    [Theory]
    // jh-ubnd-hai-phong-qd-2025-430-ocr: the debris ends at a sign no clerk types.
    [InlineData("Nơi nhận: zz?>»CHỦ TỊCH\n\n- Như Điều 4; (NA ï\n\n- VPCP, Bộ GD&ĐT; Ác\n\n- Lưu: VT.\n", "CHỦ TỊCH")]
    // jh-dh-dien-luc-tb-2025-d20-ocr: "HIỆU" read "HIỆD" and glued to "TRƯỞNG", a speck before it.
    [InlineData("Nơi nhận: Š* HIỆDTRƯỞNG\n- Các khoa quản lý SV (để th/h); 3\n- Đăng web, trang sv.epu.edu.vn; MÁf :\n- Lưu: VT, CTSV.\n", "HIỆU TRƯỞNG")]
    public void A_position_beside_the_heading_is_read_through_seal_debris_and_one_misread_letter(string tail, string title)
    {
        var r = Parser.Parse("TRƯỜNG ĐẠI HỌC ĐIỆN LỰC\nSố: 12/TB-ĐHĐL\nTHÔNG BÁO\nVề việc nhập học\nCác đơn vị thực hiện.\n" + tail);
        Assert.Equal(title, r.Signer?.Title);
    }
    // jh-ubnd-hai-phong-qd-2025-430-ocr: the signature column's name printed after the file copy's closing stop, the
    // family name's tone misread ("Nguyên" for "Nguyễn"), a speck before the line's mark.
    [Fact]
    public void A_name_after_the_file_copys_stop_is_the_columns_with_its_family_name_repaired()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 10/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc công bố thủ tục\nCác đơn vị thi hành.\n"
            + "Nơi nhận: zz?>»CHỦ TỊCH\n\n- Như Điều 4; (NA ï\n\n- Các PCVP UBND TP; \\; << /ˆŸ⁄⁄⁄Z7\n\nẠ - Lưu: VT, RETRIGH vu. Nguyên Văn Tùng\nPhụ lục -\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Nguyễn Văn Tùng", r.Signer?.Name);
    }
}
