using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Two bodies' documents of one type joined by "và" share the subject written after the second, which names the first as
/// its own subject would; listed after a comma they are the next item of what the sentence disseminates, not part of the
/// subject before them (tests/corpus/README.md, documents by issuer and subject; hx-051). Verbatim passages of the corpus.
/// </summary>
public sealed class PlansSharingASubjectTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_provincial_committees_plan_sharing_the_subject_of_the_next_is_cited_by_name()
    {
        // hx-051, verbatim.
        var cites = Parser.Parse("Đến ngày 10.9, có 12 trong tổng số 15 đảng bộ cấp trên cơ sở trong tỉnh đã hoàn thành quán triệt Chỉ thị 35 của Bộ Chính trị về Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Kế hoạch của Tỉnh ủy và Kế hoạch của cấp huyện về tổ chức Đại hội Đảng bộ các cấp, nhiệm kỳ 2020-2025.").Citations;
        var plan = Assert.Single(cites, c => c.Type == "Kế hoạch");
        Assert.Equal("Kế hoạch của Tỉnh ủy", plan.Text);
        Assert.Null(plan.Number);
    }

    [Fact]
    public void A_bodys_plan_with_no_subject_after_either_body_names_none()
    {
        // Near miss (rule 4 of the plans rule): the issuers alone.
        Assert.DoesNotContain(Parser.Parse("Các đảng bộ đã hoàn thành quán triệt Kế hoạch của Tỉnh ủy và Kế hoạch của cấp huyện.").Citations,
            c => c.Type == "Kế hoạch");
    }
}
