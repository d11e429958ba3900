using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An OCR'd letter whose header was a table closes each line of the subject's cell with a bar ("Về việc xây dựng kế
/// hoạch rà |" / "soát quy định, thủ tục hành chính. |", iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr): a bar with nothing
/// after it is the cell's edge, and the subject goes on under it; a bar with the next column after it still ends it.
/// </summary>
public sealed class SubjectCellEdgeTests
{
    private static readonly PlanParser Parser = new();

    private const string Head = "ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ THỌ Độc lập - Tự do - Hạnh phúc\n"
        + "Số: 4142/UBND-KSTTHC Phú Thọ, ngày 09 tháng 12 năm 2011\n";

    private const string Body = "Kính gửi:\n- Các sở, ban, ngành;\n- UBND các huyện, thành, thị.\n"
        + "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính.\n";

    [Fact]
    public void A_bar_closing_the_line_does_not_cut_the_subject()
    {
        var r = Parser.Parse(Head + "Về việc xây dựng kế hoạch rà |\nsoát quy định, thủ tục hành chính. |\n" + Body);
        Assert.Equal("Về việc xây dựng kế hoạch rà soát quy định, thủ tục hành chính.", r.Title);
    }

    [Fact]
    public void A_bar_before_another_column_still_ends_it()
    {
        var r = Parser.Parse(Head + "Về việc xây dựng kế hoạch | KHẨN\nrà soát quy định |\n" + Body);
        Assert.Equal("Về việc xây dựng kế hoạch", r.Title);
    }

    [Fact]
    public void A_bar_opening_the_place_dates_cell_beside_the_subject_ends_the_subjects_first_line()
    {
        // jj-cd-giao-duc-viet-nam-cv-2013-172-word: a Word file's header table as text, the place-date cell beside the V/v line.
        var r = Parser.Parse("|   TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM     |CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM       |\n"
            + "|CÔNG ĐOÀN GIÁO DỤC VIỆT NAM             |Độc lập - Tự  do - Hạnh phúc             |\n"
            + "|Số: 172/CĐN-TGNC                        |                                         |\n"
            + "|V/v tuyên truyền kết quả Đại hội        |Hà Nội, ngày 9 tháng 8 năm 2013          |\n"
            + "|Công đoàn Việt Nam lần thứ XI           |                                         |\n\n\n"
            + "|Kính gửi:     |                                                           |\n"
            + "|              |- Công đoàn Giáo dục các tỉnh, thành phố trực thuộc TW;    |\n\n"
            + "       Đại hội XI Công đoàn Việt Nam, nhiệm kỳ 2013-2018 được long trọng tổ chức.\n");
        Assert.Equal("tuyên truyền kết quả Đại hội Công đoàn Việt Nam lần thứ XI", r.Title);
    }

    [Fact]
    public void A_city_place_broken_over_two_lines_is_no_part_of_the_subject()
    {
        // jf-ubnd-tp-hcm-cv-2025-4240-md: a Markdown copy, the place-date in italics and broken inside the city's name.
        var r = Parser.Parse("**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
            + "Độc lập - Tự do - Hạnh phúc\n|\nSố: 4240/UBND-VX\n*V/v khẩn trương hoàn thành cập nhật, đồng bộ\n"
            + "cơ sở dữ liệu cán bộ, công chức, viên chức*\n|\n*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*\n|\n"
            + "**Kính gửi:**\n- Các cơ quan chuyên môn;\nThực hiện Nghị định số 118/2025/NĐ-CP của Chính phủ.\n");
        Assert.Equal("khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ, công chức, viên chức", r.Title);
        Assert.Equal("2025-11-28", r.IssueDate);
    }
}
