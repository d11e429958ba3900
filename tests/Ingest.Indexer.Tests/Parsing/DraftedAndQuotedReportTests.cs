using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A drafting verb governs the document its list adds with ", cùng" (rule 3 of the plans rule), and a reporting verb
/// governs a document whose quoted title opens before its type word (the ie- rule for documents reported issued).
/// Verbatim passages of the corpus.
/// </summary>
public sealed class DraftedAndQuotedReportTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_regulation_added_with_together_with_to_a_presented_one_is_a_draft_too()
    {
        // ih-057, verbatim (a negative).
        Assert.Empty(Parser.Parse("Hội nghị cũng nghe đồng chí Đặng Thị Thanh Thúy – Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, kiêm Chủ tịch Hội Liên hiệp Phụ nữ phường, trình bày Quy chế hoạt động của Ủy ban và Ban Thường trực MTTQ Việt Nam phường Long Xuyên khóa I, nhiệm kỳ 2025–2030, cùng Quy chế làm việc của Ủy ban MTTQ Việt Nam phường.").Citations);
    }

    [Fact]
    public void A_quoted_guide_reported_issued_is_cited_by_name()
    {
        // jl-022, verbatim.
        var cites = Parser.Parse("Vừa qua, Ban Bí thư Trung ương Đảng đã ban hành “Hướng dẫn khung để các cấp ủy, tổ chức đảng trực thuộc Trung ương tiếp tục phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội bộ” (Quyết định số 99) và Quy định ngày 2/2/2018 về “Giám sát của MTTQ Việt Nam, các tổ chức chính trị-xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên”(Quy định số 124).").Citations;
        var guide = Assert.Single(cites, c => c.Type == "Hướng dẫn");
        Assert.Null(guide.Number);
        Assert.StartsWith("Hướng dẫn khung để các cấp ủy, tổ chức đảng trực thuộc Trung ương", guide.Text);
    }

    [Fact]
    public void A_quoted_guide_in_a_decisions_own_title_is_not_cited()
    {
        // ir-bo-y-te-qd-2497-2010-tvpl, verbatim (its header): "VỀ VIỆC BAN HÀNH" is the decision's own title, no report.
        Assert.DoesNotContain(Parser.Parse("Số: 2497/QĐ-BYT\n\nHà Nội, ngày 14 tháng 7 năm 2010\n\n \n\nQUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH “HƯỚNG DẪN XỬ LÝ Ổ DỊCH SỐT XUẤT HUYẾT”\n\nBỘ TRƯỞNG BỘ Y TẾ\n").Citations,
            c => c.Type == "Hướng dẫn");
    }

    [Fact]
    public void A_quoted_movement_is_no_document_handed_over()
    {
        // hx-058, verbatim: "phong trào" folds to end with "trao" (to hand over), a reporting verb; the quoted movement after
        // it is no report of a plan, and the numbered plan keeps its own words.
        var cites = Parser.Parse("Thực hiện Kế hoạch số 02/KH-HĐĐ ngày 26 tháng 9 năm 2025 của Hội đồng Đội tỉnh Lâm Đồng về triển khai phong trào “Kế hoạch nhỏ” giai đoạn 2025–2028, Liên đội nhà trường đã tổ chức phát động phong trào “Kế hoạch nhỏ học kỳ I” năm học 2025–2026.").Citations;
        Assert.DoesNotContain(cites, c => c.Number is null && c.Text.StartsWith("Kế hoạch nhỏ”", StringComparison.Ordinal));
        Assert.Contains(cites, c => c.Number == "02-KH/HĐĐ" || c.Number == "02/KH-HĐĐ");
    }

    [Fact]
    public void A_quoted_guide_the_text_issues_itself_is_not_cited()
    {
        // Near miss: "ban hành" with no report before it is the text's own issuing sentence.
        Assert.DoesNotContain(Parser.Parse("Ban Thường vụ ban hành “Hướng dẫn khung để các cấp ủy tiếp tục phát huy vai trò của nhân dân” như sau:").Citations,
            c => c.Type == "Hướng dẫn");
    }
}
