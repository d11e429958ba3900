using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The title (trích yếu) as the rules lay it out, and the page matter around a document that is not its title.
/// Synthetic texts written for these rules.
/// </summary>
public sealed class TitleLayoutTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_mirror_line_that_names_the_document_by_its_number_is_not_its_title()
    {
        const string text = """
            Quyết định 215/QĐ-UBND năm 2019 về phê duyệt danh mục dự án đầu tư công tỉnh Hòa Bình
            ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH |
            Số: 215/QĐ-UBND |
            Hòa Bình, ngày 12 tháng 3 năm 2019 |
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            """;

        var record = Parser.Parse(text);

        Assert.Equal("215/QĐ-UBND", record.Number);
        Assert.Null(record.Title);
    }

    [Fact]
    public void A_page_headline_in_sentence_case_is_still_the_title()
    {
        const string text = """
            Thông báo về việc tạm dừng tiếp công dân trong dịp nghỉ Tết Nguyên đán năm 2024
            Ủy ban nhân dân phường Tân Mai thông báo tạm dừng tiếp công dân từ ngày 08/02/2024 đến hết ngày 14/02/2024.
            """;

        Assert.Equal("về việc tạm dừng tiếp công dân trong dịp nghỉ Tết Nguyên đán năm 2024", Parser.Parse(text).Title);
    }

    [Theory]
    [InlineData("THÔNG TƯ\nTHÔNG TƯ HƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG\nCăn cứ Luật Ngân sách nhà nước;")]
    [InlineData("THÔNG TƯ\nTHÔNG TƯ\nHƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG\nCăn cứ Luật Ngân sách nhà nước;")]
    [InlineData("THÔNG TƯ\nHƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG\nCăn cứ Luật Ngân sách nhà nước;")]
    public void A_heading_printed_twice_is_not_part_of_the_title(string body)
    {
        var text = "BỘ TÀI CHÍNH\nSố: 31/2019/TT-BTC\nHà Nội, ngày 05 tháng 6 năm 2019\n" + body;

        Assert.Equal("HƯỚNG DẪN QUẢN LÝ KINH PHÍ KHUYẾN NÔNG", Parser.Parse(text).Title);
    }
}
