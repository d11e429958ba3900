using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A Word table's header cell too narrow for the date wraps its year into the next row of the same column
/// ("Cần Thơ, ngày 21 tháng  01   |" / "|     |năm 2010   |", iv-ubnd-can-tho-qd-09-2010-doc): the place-date is read
/// whole across the cells, as the page prints it.
/// </summary>
public sealed class SplitCellDateTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void The_year_in_the_next_rows_cell_completes_the_date()
    {
        var text = "     ỦY BAN NHÂN DÂN\n THÀNH PHỐ CẦN THƠ      |  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                     Độc lập - Tự do - Hạnh phúc | |\n"
            + "|                           |                                            |\n"
            + "|    Số:09/2010/QĐ-UBND     |               Cần Thơ, ngày 21 tháng  01   |\n"
            + "|                           |năm 2010                                    |\n\n"
            + "                                 QUYẾT ĐỊNH\nBan hành Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học\n"
            + "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n";
        var r = Parser.Parse(text);
        Assert.Equal("Cần Thơ", r.Place);
        Assert.Equal("2010-01-21", r.IssueDate?.ToString());
    }
}
