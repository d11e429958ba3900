using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A document named by its subject ends where a numbered citation inside that subject begins, and the numbered one is
/// read on its own: by a whole symbol ("Quyết định 162-QĐ/TW"), by "số" and its serial alone ("Nghị quyết số 71"), or by
/// its serial and the date after it ("Quyết định 505 ngày 22/4/2022").
/// </summary>
public sealed class NameEndsAtNumberedCitationTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Fact]
    public void A_resolution_numbered_by_its_serial_alone_inside_a_programme_s_name_is_cited_on_its_own()
    {
        // jl-065.
        var cites = Cite("Chính phủ vừa ban hành Chương trình hành động thực hiện Nghị quyết số 71 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo.");
        Assert.Contains(cites, c => c.Type == "Chương trình hành động" && c.Number is null);
        Assert.Contains(cites, c => c.Type == "Nghị quyết" && c.Number == "71");
    }

    [Fact]
    public void A_decision_named_by_its_serial_and_date_inside_a_plan_s_name_is_cited_on_its_own()
    {
        // mg-017, verbatim.
        var cites = Cite("“Kế hoạch triển khai Quyết định 505 ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm 2025” đã được Bộ KH&CN phê duyệt.");
        var plan = Assert.Single(cites, c => c.Type == "Kế hoạch");
        Assert.Null(plan.Number);
        Assert.Null(plan.Date); // the date is the decision's
        var decision = Assert.Single(cites, c => c.Type == "Quyết định");
        Assert.Equal("505", decision.Number);
        Assert.Equal("2022-04-22", decision.Date);
    }
}
