using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Citations inside a PDF table whose lines interleave its columns (jt-ubnd-tra-vinh-qd-2025-225-pdf): a cell's
/// "Nghị định số" wraps before its number, and the next line opens with the row's number (STT) and a column's gap.
/// </summary>
public sealed class TableCellCitationTests
{
    [Theory]
    // jt-ubnd-tra-vinh-qd-2025-225-pdf: "1" is the row's number; the decree's symbol stands two lines down.
    [InlineData("     đậu, đỗ; sử dụng phương                        UBND                      -Nghị        định      số\n"
        + "1                                  Một phần   nhận nơi thường Một cửa cấp         Không\n", new string[0])]
    // Near miss: a number that goes on with words after one space is the wrapped citation's.
    [InlineData("Căn cứ Nghị định số\n12 của Chính phủ về tổ chức chính quyền;", new[] { "Nghị định|12|-" })]
    public void A_row_number_at_a_lines_head_is_no_cited_number(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }
}
