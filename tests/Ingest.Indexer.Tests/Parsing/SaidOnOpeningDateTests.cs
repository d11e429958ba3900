using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "Ngày …, tại" and a document: what a document says is told as said on the day that opens the clause, and that day is
/// the document's date (tests/corpus/README.md, settled in the thirty-eighth and thirty-ninth sessions). Passages
/// verbatim from the corpus (mr-001, mq-016, ii-004); a day with no year dates nothing.
/// </summary>
public sealed class SaidOnOpeningDateTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của\nVăn phòng Chính phủ, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình - Trưởng\nban Ban chỉ đạo về giải quyết các vấn đề khó khăn, vướng mắc các dự ", "569/TB-VPCP", "2025-10-22")]
    [InlineData("Ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN của\nCục Thuế tỉnh Vĩnh Phúc (nay là Thuế tỉnh Phú Thọ) trả lời vướng mắc của Công\nty cổ phần siêu thị Sài Gòn ", "2294/CTVPH-HKDCN", "2024-10-10")]
    [InlineData("Ngày 3/2/1997, tại văn bản số 03/TB/MTTQ, Hội trở thành thành viên chính thức của Mặt trận Tổ quốc Việt Nam.", "03/TB/MTTQ", "1997-02-03")]
    public void The_opening_day_dates_the_document_said_in(string text, string number, string date)
    {
        var cite = Parser.Parse(text).Citations.First(c => c.Number == number);
        Assert.Equal(date, cite.Date);
    }

    [Fact]
    public void A_day_without_its_year_dates_nothing()
    {
        var cite = Assert.Single(Parser.Parse("Ngày 22/10, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Phó Thủ tướng giao nhiệm vụ.").Citations);
        Assert.Null(cite.Date);
    }
}
