using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A portal that prints a letter without its header names the letter in its lead: a sentence saying the body issued it,
/// then announcing its content, or a heading line of its own closed by a blank line. That number, date and type are the
/// document's own (corpus README, the `kb` batch). Texts shaped on the `kb` portal copies.
/// </summary>
public sealed class PortalLeadSelfNamingTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_lead_that_issues_a_letter_and_announces_its_content_names_the_letter_itself()
    {
        // kb-btg-huyen-uy-cv-2020-07-headerless
        const string text = """
            Tìm kiếm tin tức
            Ban Tuyên giáo Huyện uỷ hướng dẫn công tác tuyên truyền các ngày lễ lớn trong quý IV năm 2020
            Ngày cập nhật 30/09/2020

            Ngày 11/9/2020 Ban Tuyên giáo Huyện ủy ban hành Công văn số 07-CV/BTGHU về việc "Đẩy mạnh công tác tuyên truyền các ngày lễ lớn trong quý IV năm 2020", nội dung cụ thể như sau:

            1. Thực hiện nghiêm túc Kế hoạch số 112-KH/HU, ngày 22/01/2020 của Ban Thường vụ Huyện ủy về tuyên truyền đại hội đảng bộ các cấp.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("07-CV/BTGHU", record.Number);
        Assert.Equal("Công văn", record.DocType);
        Assert.Equal("2020-09-11", record.IssueDate);
        Assert.Equal("Đẩy mạnh công tác tuyên truyền các ngày lễ lớn trong quý IV năm 2020", record.Title);
        Assert.Equal(["112-KH/HU"], record.Citations.Select(c => c.Number));
    }

    [Fact]
    public void A_naming_heading_closed_by_a_blank_line_names_the_letter_under_it()
    {
        // kb-thanh-uy-tp-hcm-cv-2007-175-headerless
        const string text = """
            Văn bản chỉ đạo và hướng dẫn

            Quay lại

            Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức kỷ niệm 77 năm ngày thành lập Đảng

            Thực hiện chỉ đạo của Ban Bí thư Trung ương Đảng về tổ chức kỷ niệm 77 năm ngày thành lập Đảng, Ban Thường vụ Thành ủy yêu cầu :

            1/ Ban Cán sự Đảng Ủy ban Nhân dân Thành phố chỉ đạo chuẩn bị chu đáo Lễ mít-tinh kỷ niệm.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("175-CV/TU", record.Number);
        Assert.Equal("Công văn", record.DocType);
        Assert.Equal("2007-01-25", record.IssueDate);
        Assert.DoesNotContain(record.Citations, c => c.Number == "175-CV/TU");
    }
}
