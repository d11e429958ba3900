using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A deputy's position in capitals that the title heads do not know ("PHÓ TRƯỞNG BAN …") under the principal's
/// "KT." line, then the name in its own case: the capitals are the position, not the name. Made-up signature blocks.
/// </summary>
public sealed class DeputyPositionSignerTests
{
    private static readonly PlanParser Parser = new();

    private const string Body = "UBND HUYỆN AN LÃO\nBAN QUẢN LÝ DỰ ÁN\nSố: 15/BQLDA\nAn Lão, ngày 2 tháng 3 năm 2024\nV/v nghiệm thu công trình\nKính gửi: Các xã\nĐề nghị các xã phối hợp thực hiện./.\n";

    [Fact]
    public void Capitals_between_the_mark_and_a_name_in_its_own_case_are_the_position()
    {
        var r = Parser.Parse(Body + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG\nTrần Thị Mai Lan\n");
        Assert.Equal("Trần Thị Mai Lan", r.Signer?.Name);
        Assert.Equal("PHÓ VĂN PHÒNG", r.Signer?.Title);
    }

    [Fact]
    public void Seal_words_under_a_whole_position_are_neither_title_nor_name()
    {
        // tests/corpus ij-phong-ldtbxh-tan-thanh-tt-312-2010-ocr: OCR read the stamp's words between position and name.
        var r = Parser.Parse(Body + "Nơi nhận:\n- Như trên;\n- Lưu.\nTRƯỞNG PHÒNG\nPHÒNG\nLAO ĐỘNG\nNguyễn Sĩ Khoa\n");
        Assert.Equal("Nguyễn Sĩ Khoa", r.Signer?.Name);
        Assert.Equal("TRƯỞNG PHÒNG", r.Signer?.Title);
    }

    [Theory]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nỦY BAN\nNHÂN DÂN\nNguyễn Văn An\n", "CHỦ TỊCH", "Nguyễn Văn An")]
    [InlineData("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nTrần Thị Bé\n", "PHÓ CHỦ TỊCH", "Trần Thị Bé")]
    [InlineData("HIỆU TRƯỞNG\nTRƯỜNG\nTIỂU HỌC\nPhạm Thị Dung\n", "HIỆU TRƯỞNG", "Phạm Thị Dung")]
    public void A_seals_lines_of_capitals_between_position_and_name_are_skipped(string block, string title, string name)
    {
        var r = Parser.Parse(Body + "Nơi nhận:\n- Như trên;\n- Lưu.\n" + block);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Equal(title, r.Signer?.Title);
    }

    [Fact]
    public void A_name_in_capitals_over_another_line_in_its_own_case_stays_the_name()
    {
        // Capitals opening with a family name are a person's, not a seal's: the block's name is the one in capitals.
        var r = Parser.Parse(Body + "Nơi nhận:\n- Như trên;\n- Lưu.\nGIÁM ĐỐC\nNGUYỄN VĂN AN\nĐã ký\n");
        Assert.Equal("NGUYỄN VĂN AN", r.Signer?.Name);
        Assert.Equal("GIÁM ĐỐC", r.Signer?.Title);
    }

    [Fact]
    public void A_name_in_capitals_alone_stays_the_name()
    {
        var r = Parser.Parse(Body + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTRẦN THỊ MAI LAN\n");
        Assert.Equal("TRẦN THỊ MAI LAN", r.Signer?.Name);
        Assert.Equal("PHÓ GIÁM ĐỐC", r.Signer?.Title);
    }
    [Fact]
    public void A_capacity_line_over_its_deputys_position_damaged_past_reading_gives_the_principals_deputy()
    {
        // jh-ubnd-bac-lieu-qd-2025-210-ocr: "PHÓ CHỦ TỊCH" left as "⁄Z2 ĐỌC TỊCH" beside the list's second item; one who
        // signs "KT." for the Chủ tịch is a Phó Chủ tịch (the annotation, and the `jw` rule on "_PE Ù TỊCH").
        var r = Parser.Parse(Body + "Nơi nhận: “ KT.CHỦ TỊCH\n- Như Điều 3; D TÝT T 7\n- Cục KSTTHC, VPCP (để b/c); ⁄Z2 ĐỌC TỊCH\n"
            + "- CT, các PCT UBND tỉnh; r...>.\n- Lưu: VT; KSTTHC (MN,07). ⁄ Š.\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    [Fact]
    public void A_capacity_line_with_nothing_of_the_position_left_is_no_signer()
    {
        // jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr: only "KT.CỤC TRƯỞNG" survives, its dot touching the office. A
        // capacity line says on whose behalf, not who or in what position (corpus README, settled in the
        // twenty-third session; the `ih-` rule).
        var r = Parser.Parse(Body + "Nơi nhận: KT.CỤC TRƯỞNG\n- Như trên; D:\n\n- TKŠ (để b/c đ/c Thứ trưởng);\n\n- Đ/c Cục trưởng (để báo cáo);\n- Lưu: VT, P6.\n");
        Assert.Null(r.Signer);
    }

    [Fact]
    public void A_capacity_line_whose_dot_the_scan_read_as_a_comma_is_still_no_position()
    {
        // lr-bo-quoc-phong-vbhn-2026-tang-le-ocr: "KT, BỘ TRƯỞNG" over the name, the office line lost; the name stands with
        // no title (corpus README, settled in the twenty-sixth session), as under "KT. BỘ TRƯỞNG".
        var r = Parser.Parse(Body + "Nơi nhận:\n- Như trên;\n- Lưu: VT,NCTH.\n\nHà Nội, ngày 0N tháng 5 năm 2026\nKT, BỘ TRƯỞNG\n\nThượng tướng Nguyễn Văn Gấu\n");
        Assert.Equal(((string?)null, "Nguyễn Văn Gấu"), (r.Signer?.Title, r.Signer?.Name));
    }
}
