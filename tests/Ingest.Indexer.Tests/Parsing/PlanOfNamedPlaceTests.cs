using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A plan named by its subject and the place it is for, written "của" and the place ("của huyện Thọ Xuân"), says which one
/// plan it is as "trên địa bàn Phường 5" does (planScopeWords; tests/corpus/README.md, plans by name): cited by name where
/// it stands on its own. A body's issuer alone still names none (rule 4 of the plans rule).
/// </summary>
public sealed class PlanOfNamedPlaceTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_project_of_a_district_is_cited_by_name()
    {
        // kc-034, verbatim.
        var cited = Assert.Single(Parser.Parse("Theo Đề án sáp nhập đơn vị hành chính cấp xã của huyện Thọ Xuân, xã Xuân Phong sẽ sáp nhập với các xã Thọ Lộc, Nam Giang, Bắc Lương, Tây Hồ để thành lập xã mới lấy tên là xã Thọ Long.").Citations);
        Assert.Equal(("Đề án", null), (cited.Type, cited.Number));
        Assert.Equal("Đề án sáp nhập đơn vị hành chính cấp xã của huyện Thọ Xuân", cited.Text);
    }

    [Fact]
    public void A_plan_of_a_body_with_no_subject_is_no_citation()
    {
        // Near miss (rule 4 of the plans rule): "Kế hoạch của UBND xã năm 2019" names its issuer and year only.
        Assert.Empty(Parser.Parse("Theo Kế hoạch của UBND xã năm 2019, các thôn tổ chức ra quân.").Citations);
    }
}
