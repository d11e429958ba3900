using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A portal that prints a letter without its header names the letter in its lead: a sentence saying the body issued it,
/// then announcing its content, or a heading line of its own closed by a blank line. That number, date and type are the
/// document's own (corpus README, the `kb` batch). So is the number a lead's first sentence gives where the body makes the
/// document, and the bracketed number closing a page's title line of the same type. Texts shaped on portal copies.
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

    [Fact]
    public void A_body_that_makes_its_plan_in_the_sentence_after_the_directive_it_carries_out_names_the_plan_itself()
    {
        // jp-ubnd-tx-ba-don-kh-2018-657-headerless
        const string text = """
            KẾ HOẠCH Tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn (20/12/2013 - 20/12/2018)

            Thứ hai - 06/08/2018 16:14
            Thực hiện Chỉ  thị số 19-CT/ThU ngày 27/6/2018 của Ban Thường vụ Thị ủy về tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn, UBND thị xã xây dựng kế hoạch số 657/KH-UBND ngày 31/7/2018 về việc tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn với những nội dung cơ bản sau:
            Với mục đích thông qua các hoạt động nhằm tạo được những chuyển biến trong nhận thức tư tưởng và hành động của cán bộ và nhân dân.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("657/KH-UBND", record.Number);
        Assert.Equal("2018-07-31", record.IssueDate);
        Assert.Equal(["19-CT/ThU"], record.Citations.Select(c => c.Number));
    }

    [Fact]
    public void A_title_line_closed_by_a_bracketed_number_of_its_own_type_gives_that_number()
    {
        // hz-ubnd-huyen-dinh-lap-kh-2017-210-headerless
        const string text = """
            Các sở, ngành, huyện, TP

            Kế Hoạch Tham gia “Lễ hội Hoa Đào Xứ Lạng Xuân Mậu Tuất lần thứ nhất năm 2018 (210/KH-UBND ngày 14/12/2017)

            Thứ Sáu, 12/15/2017 - 10:05

            KẾ HOẠCH

            Tham gia “Lễ hội Hoa Đào Xứ Lạng

            Xuân Mậu Tuất lần thứ nhất năm 2018”

            Thực hiện Kế hoạch số 184/KH-UBND ngày 30/10/2017 của UBND tỉnh Lạng Sơn về tổ chức Lễ hội Hoa Đào Xứ Lạng Xuân Mậu Tuất lần thứ nhất - Năm 2018, UBND huyện Đình Lập xây dựng Kế hoạch tham gia “Lễ hội Hoa Đào Xứ Lạng Xuân Mậu Tuất lần thứ nhất năm 2018” như sau:
            """;

        var record = Parser.Parse(text);

        Assert.Equal("210/KH-UBND", record.Number);
        Assert.Equal("2017-12-14", record.IssueDate);
        Assert.Equal(["184/KH-UBND"], record.Citations.Select(c => c.Number));
    }
}
