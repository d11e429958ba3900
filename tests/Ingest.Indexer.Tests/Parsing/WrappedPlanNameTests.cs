using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A plan's name wrapped onto the next line where a page's text kept its print's line breaks: a next line that opens in
/// lower case goes on with the name, up to a bracket, so the period written there says which one plan it is
/// (tests/corpus/README.md, plans by name). A next line with a capital opens another sentence.
/// </summary>
public sealed class WrappedPlanNameTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_programme_whose_period_wraps_onto_the_next_line_is_cited_up_to_the_bracket()
    {
        // lb-010, verbatim.
        var cited = Assert.Single(Parser.Parse("- Nhằm tổ chức thực hiện có chất\nlượng, hiệu quả, đạt được mục tiêu, nhiệm vụ của Chương trình Hỗ trợ phát triển\ngiáo dục mầm non vùng khó khăn giai đoạn 2022-2030 (sau đây được viết tắt là\nChương trình).").Citations);
        Assert.Equal(("Chương trình", null), (cited.Type, cited.Number));
        Assert.Equal("Chương trình Hỗ trợ phát triển\ngiáo dục mầm non vùng khó khăn giai đoạn 2022-2030", cited.Text);
    }

    [Fact]
    public void A_next_line_with_a_capital_is_no_part_of_the_name()
    {
        // Near miss: the period is in the next sentence, not the plan's name.
        Assert.Empty(Parser.Parse("Thực hiện Chương trình hỗ trợ phát triển giáo dục\nGiai đoạn 2022-2030 các trường triển khai.").Citations.Where(c => c.Type == "Chương trình"));
    }
}
