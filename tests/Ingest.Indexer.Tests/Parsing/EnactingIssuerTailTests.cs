using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The enacting line under a decision's or resolution's title (the body, or its head's position and the body) is the
/// body the header's issuer block names: read onto the title's end, it is cut off there, even when the unit tables do
/// not know the body. A name after a word that asks for one ("… CỦA BAN CHỈ ĐẠO …") is the title's own.
/// </summary>
public sealed class EnactingIssuerTailTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_council_named_by_the_block_and_broken_after_its_first_word_is_no_part_of_the_title()
    {
        // ix-hdbcqg-nq-40-2025-header-baucu: the mirror broke each line after its first word ("HỘI" / "ĐỒNG BẦU CỬ QUỐC GIA").
        var r = Parser.Parse(" HỘI\n ĐỒNG BẦU CỬ \n QUỐC GIA\n -------\n | \n CỘNG HÒA XÃ HỘI\n CHỦ NGHĨA VIỆT NAM\n Độc lập - Tự do - Hạnh phúc \n"
            + " ---------------\n | \n Số: 40/NQ-HĐBCQG\n | \n Hà\n Nội, ngày 29 tháng 9 năm 2025 \n | \nNGHỊ QUYẾT\n"
            + "QUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ VÀ VIỆC NỘP\nHỒ SƠ ỨNG CỬ; NỘI QUY PHÒNG BỎ PHIẾU TRONG CÔNG TÁC BẦU CỬ ĐẠI BIỂU QUỐC HỘI\n"
            + "KHÓA XVI VÀ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP NHIỆM KỲ 2026-2031\nHỘI\nĐỒNG BẦU CỬ QUỐC GIA\nCăn\n"
            + "cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt\nNam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;\n");
        Assert.Equal("QUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ VÀ VIỆC NỘP HỒ SƠ ỨNG CỬ; NỘI QUY PHÒNG BỎ PHIẾU TRONG CÔNG TÁC BẦU CỬ ĐẠI BIỂU QUỐC HỘI "
            + "KHÓA XVI VÀ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP NHIỆM KỲ 2026-2031", r.Title);
    }

    [Fact]
    public void The_heads_position_over_the_blocks_body_is_cut_and_the_body_named_after_of_is_kept()
    {
        // ie-bcd-du-lich-170-QD-BCDNNDL-2025-repo, its lines joined: "… CỦA BAN CHỈ ĐẠO … DU LỊCH TRƯỞNG BAN CHỈ ĐẠO … Căn cứ …".
        var r = Parser.Parse("| **BAN CHỈ ĐẠO NHÀ NƯỚC ** VỀ DU LỊCH ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc "
            + "--------------- | | Số: 170/QĐ-BCĐNNDL | *Hà Nội, ngày 21 tháng 11 năm 2025* | **QUYẾT ĐỊNH** BAN HÀNH QUY CHẾ HOẠT ĐỘNG "
            + "CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;");
        Assert.Equal("BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH", r.Title);
    }

    [Fact]
    public void A_title_ending_on_the_place_the_block_names_keeps_it()
    {
        // co-ubnd-dong-nai-qd-2013-3970: "ỦY BAN NHÂN" / "DÂN" / "TỈNH ĐỒNG NAI" over "… TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI": a line of the
        // block alone is no name the enacting line repeats.
        var r = Parser.Parse("ỦY BAN NHÂN\nDÂN\nTỈNH ĐỒNG NAI\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "-------------------\n|\nSố:\n3970/QĐ-UBND\n|\nĐồng Nai, ngày\n04 tháng 12 năm 2013\n|\nQUYẾT ĐỊNH\n"
            + "BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI\nXÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI\n"
            + "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/\n2003;\n");
        Assert.Equal("BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI", r.Title);
    }

    [Fact]
    public void A_body_named_after_its_office_is_the_titles()
    {
        // ms-ubnd-can-tho-qd-2025-2519: the title ends on "THUỘC VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", and the enacting
        // line under it names the city's committee alone.
        var r = Parser.Parse("|\n**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ CẦN THƠ\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
            + "---------------\n|\n|\nSố: 2519/QĐ-UBND\n|\n*Cần Thơ, ngày 19\ntháng 11 năm 2025*\n|\n\n** **\n\n**QUYẾT ĐỊNH**\n\n"
            + "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN CỦA TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG THÀNH PHỐ THUỘC VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n\n"
            + "**ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ**\n\n*Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025;*\n");
        Assert.Equal("QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ THUỘC VĂN PHÒNG ỦY BAN NHÂN DÂN "
            + "THÀNH PHỐ CẦN THƠ", r.Title);
    }

    [Theory]
    // Near misses (the code review's), on co-ubnd-dong-nai-qd-2013-3970's header with the enacting line run onto the title:
    // a part of a body that ends the title without a word asking for a name leaves the body's name to the enacting line.
    [InlineData("VỀ VIỆC KIỆN TOÀN BAN CHỈ ĐẠO VÀ TỔ GIÚP VIỆC THƯỜNG TRỰC")]
    [InlineData("VỀ VIỆC BAN HÀNH QUY CHẾ VĂN HÓA CÔNG SỞ TẠI CÁC CƠ QUAN")]
    public void A_part_of_a_body_ending_the_title_leaves_the_enacting_line_to_be_cut(string title)
    {
        var r = Parser.Parse("ỦY BAN NHÂN\nDÂN\nTỈNH ĐỒNG NAI\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "-------------------\n|\nSố:\n3970/QĐ-UBND\n|\nĐồng Nai, ngày\n04 tháng 12 năm 2013\n|\nQUYẾT ĐỊNH\n"
            + title + " ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/\n2003;\n");
        Assert.Equal(title, r.Title);
    }
}
