using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where the header reading decides what a text cites: a first line that cites a document with its date is no page
/// headline of the text's own, and a portal's lead above a header that has no number line is the page's, not the
/// document's. Texts written for the test.
/// </summary>
public sealed class HeaderMisreadCitationTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Luật Phòng, chống tham nhũng năm 2018 được Quốc hội khóa XIV thông qua ngày 20-11-2018 và có hiệu lực từ ngày 01-7-2019.", "Luật")]
    [InlineData("Pháp lệnh Cựu chiến binh được Ủy ban Thường vụ Quốc hội thông qua ngày 07.10.2005 và có hiệu lực từ năm 2006.", "Pháp lệnh")]
    public void A_first_line_naming_a_law_with_its_dashed_date_cites_it(string text, string type)
    {
        var record = Parser.Parse(text);
        Assert.Null(record.DocType);
        Assert.Contains(record.Citations, c => c.Type == type && c.Number is null && c.Date is not null);
    }

    [Fact]
    public void A_page_headline_in_sentence_case_is_still_the_text_s_type_and_title()
    {
        var record = Parser.Parse("Thông báo về việc tổ chức tổng vệ sinh môi trường trên địa bàn xã\n\nUBND xã thông báo đến toàn thể nhân dân …");
        Assert.Equal("Thông báo", record.DocType);
    }

    private const string PortalPage = """
        Báo cáo tổng kết năm học

        Thứ năm - 02/06/2022 09:15
        Trường Tiểu học Nậm Chim được thành lập theo quyết định số 512/QĐ-UBND ngày 12/7/2004 của UBND huyện Mường Nhé.
        PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MƯỜNG NHÉ
        TRƯỜNG TIỂU HỌC NẬM CHIM

        BÁO CÁO
        TỔNG KẾT NĂM HỌC 2021 - 2022

        Căn cứ Công văn số 88/PGDĐT ngày 20/5/2022 của Phòng GD&ĐT huyện Mường Nhé về việc hướng dẫn tổng kết năm học;
        """;

    [Fact]
    public void A_portal_lead_above_a_header_without_a_number_line_is_not_cited()
    {
        var cites = Parser.Parse(PortalPage).Citations;
        Assert.DoesNotContain(cites, c => c.Number == "512/QĐ-UBND");
        Assert.Contains(cites, c => c.Number == "88/PGDĐT");
    }

    [Fact]
    public void Without_a_header_block_the_lead_sentence_is_cited()
    {
        var cites = Parser.Parse("Trường Tiểu học Nậm Chim được thành lập theo quyết định số 512/QĐ-UBND ngày 12/7/2004 của UBND huyện Mường Nhé.").Citations;
        Assert.Contains(cites, c => c.Number == "512/QĐ-UBND");
    }

    [Fact]
    public void A_plan_approved_with_a_decision_takes_the_decision_s_date()
    {
        var record = Parser.Parse("PHƯƠNG ÁN\nTuyển sinh vào lớp 6 năm học 2021 - 2022\n(Phê duyệt kèm theo Quyết định số 512/QĐ-UBND ngày 15/6/2021 của UBND huyện Lục Nam)\n\nI. CĂN CỨ\nCăn cứ Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ Giáo dục và Đào tạo;");
        Assert.Equal("2021-06-15", record.IssueDate);
    }
}
