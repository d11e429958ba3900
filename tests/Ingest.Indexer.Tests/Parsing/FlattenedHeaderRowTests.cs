using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A header whose two-column table a page flattened into one line (issue 10) reads as the same header: its cells stand
/// apart by a run of spaces (a PDF's text layer) or by bars (a table export), and a cell opens where a line would
/// (HeaderCells). Each header is a corpus document's, flattened the way such a page writes it.
/// </summary>
public sealed class FlattenedHeaderRowTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_party_number_opening_its_cell_before_the_place_date_is_the_documents()
    {
        // ik-hnd-dong-thap-09-HD-HNDT-2015-123docz, its header's rows joined by five spaces.
        var r = Parser.Parse("HỘI NÔNG DÂN VIỆT NAM     BCH HND TỈNH ĐỒNG THÁP     *     Số 09-HD/HNDT     Cao Lãnh, ngày 12 tháng 3 năm 2015\n"
            + "HƯỚNG DẪN\ntiêu chuẩn và quy trình xét chọn hộ nông dân sản xuất,\nkinh doanh giỏi các cấp\n");
        Assert.Equal("09-HD/HNDT", r.Number);
        Assert.Equal("2015-03-12", r.IssueDate);
    }

    [Fact]
    public void A_party_number_in_the_last_cell_of_the_row_is_the_documents()
    {
        // pd-btg-tu-lao-cai-hd-2021-18: Hướng dẫn 36-HD/VPTW sets the number and the place-date on one row.
        var r = Parser.Parse("TỈNH ỦY LÀO CAI     ĐẢNG CỘNG SẢN VIỆT NAM     BAN TUYÊN GIÁO     *     Lào Cai, ngày 25 tháng 02 năm 2021     Số 18 - HD/BTGTU\n"
            + "HƯỚNG DẪN\n\ntuyên truyền tháng 3 năm 2021\n");
        Assert.Equal("18-HD/BTGTU", r.Number);
    }

    [Fact]
    public void A_resolutions_own_label_opening_its_cell_reads_its_number()
    {
        // sg-ubtvqh-nq-2024-45: "Nghị quyết số:" opens the number's cell as it opens the line on the page.
        var r = Parser.Parse("ỦY BAN THƯỜNG VỤ     QUỐC HỘI     -------     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     Độc lập - Tự do - Hạnh phúc     ---------------     "
            + "Nghị quyết số: 45/2024/UBTVQH15     Hà Nội, ngày 15 tháng 4 năm 2024\nNGHỊ QUYẾT\nĐIỀU CHỈNH CHƯƠNG TRÌNH XÂY DỰNG LUẬT, PHÁP LỆNH NĂM 2024\n");
        Assert.Equal("45/2024/UBTVQH15", r.Number);
    }

    [Fact]
    public void A_type_word_and_its_number_inside_a_sentence_stay_a_citation()
    {
        var r = Parser.Parse("Thực hiện Nghị quyết số: 45/2024/UBTVQH15 của Ủy ban Thường vụ Quốc hội, Sở Tư pháp hướng dẫn như sau.\n");
        Assert.Null(r.Number);
    }

    [Fact]
    public void The_issuer_block_opening_a_cell_after_a_portals_words_is_read()
    {
        // je-ubnd-xa-thieu-thinh-kh-2023-giai-the-thao: the portal's post line, then the header, on one line.
        var r = Parser.Parse("Đăng lúc: 13/01/2023 (GMT+7)     100%     UỶ BAN NHÂN DÂN     XÃ THIỆU THỊNH     Số : /KH-UBND     "
            + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM     Độc lập – Tự do – Hạnh phúc     Thiệu Thịnh, ngày tháng năm 2023\nKẾ HOẠCH\n\n"
            + "Tổ chức giải thể thao “ Mừng Đảng – Mừng xuân” Quý Mão năm 2023\n");
        Assert.Equal("Ủy ban nhân dân xã Thiệu Thịnh", r.Issuer.Name);
        Assert.Equal("commune", r.Issuer.Level);
    }

    [Fact]
    public void A_running_head_repeating_the_block_in_the_cell_before_it_is_not_read_twice()
    {
        // jv-bo-ke-hoach-dau-tu-qd-2022-1373-repo: the Công báo's page head names the ministry above its own block.
        var r = Parser.Parse("94     CÔNG BÁO/Số 659 + 660/Ngày 10-8-2022     BỘ KẾ HOẠCH VÀ ĐẦU TƯ     BỘ KẾ HOẠCH VÀ ĐẦU TƯ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     "
            + "Độc lập - Tự do - Hạnh phúc     Số: 1373/QĐ-BKHĐT     Hà Nội, ngày 29 tháng 7 năm 2022\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n");
        Assert.Equal("Bộ Kế hoạch và Đầu tư", r.Issuer.Name);
        Assert.Equal("1373/QĐ-BKHĐT", r.Number);
    }

    [Fact]
    public void The_label_and_serial_of_the_number_cell_joined_by_a_bar_are_one_number()
    {
        // co-ubnd-dong-nai-qd-2013-3970: every line of the header's cells joined by a bar.
        var r = Parser.Parse("ỦY BAN NHÂN | DÂN | TỈNH ĐỒNG NAI | -------- | | | CỘNG HÒA XÃ | HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc | "
            + "------------------- | | | Số: | 3970/QĐ-UBND | | | Đồng Nai, ngày | 04 tháng 12 năm 2013 | |\nQUYẾT ĐỊNH\n"
            + "BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI\nXÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI\n");
        Assert.Equal("3970/QĐ-UBND", r.Number);
        Assert.Equal("Đồng Nai", r.Place);
        Assert.Equal("2013-12-04", r.IssueDate);
    }

    [Theory]
    // The date cell wrapped after the day, and the place's cell wrapped inside the name (cp-chinh-phu-nq-2011-80).
    [InlineData("Hà Nội, ngày 19 | tháng 05 năm 2011", "Hà Nội")]
    [InlineData("Hà | Nội, ngày 19 tháng 05 năm 2011", "Hà Nội")]
    // nw-ubnd-quang-binh-qd-2016-3104: wrapped after the comma.
    [InlineData("Quảng Bình, | ngày 19 tháng 05 năm 2011", "Quảng Bình")]
    public void A_place_date_cell_wrapped_and_flattened_with_bars_reads_whole(string placeDate, string place)
    {
        var r = Parser.Parse("CHÍNH | PHỦ | ------- | | | CỘNG | HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc | --------------- | | | Số: | 80/NQ-CP | | | "
            + placeDate + " | |\nNGHỊ QUYẾT\nVỀ ĐỊNH HƯỚNG GIẢM NGHÈO BỀN VỮNG THỜI KỲ TỪ NĂM 2011 ĐẾN\nNĂM 2020\n");
        Assert.Equal(place, r.Place);
        Assert.Equal("2011-05-19", r.IssueDate);
    }

    [Fact]
    public void A_bar_glued_to_the_day_is_a_hand_filled_day_not_a_cell()
    {
        // jd-ubnd-quang-ngai-tb-2024-660-ocr: OCR's reading of a day written by hand.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 660 /TB-UBND Quảng Ngãi, ngày 3| tháng 12 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n");
        Assert.Null(r.IssueDate);
        Assert.Equal("Quảng Ngãi", r.Place);
    }
}
