using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "NQ", the abbreviation of Nghị quyết, before a congress or session named as the whole type word would name it. The
/// texts are verbatim excerpts of real pages (source in each row's comment); each rule with its near miss.
/// </summary>
public sealed class AbbreviatedResolutionByNameTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    // mk-010: baoninhthuan.com.vn/news/23629p1c24 (Huyện ủy Thuận Bắc, Hội nghị Ban Chấp hành lần thứ 14).
    [InlineData("Thực hiện có chất lượng các chương trình, đề án phát triển KT-XH theo NQ Đại hội Đảng bộ huyện đề ra. Triển khai quán triệt, thực hiện NQ Hội nghị Trung ương 4 (khóa XI) gắn với tiếp tục đẩy mạnh việc học tập", "NQ Đại hội Đảng bộ huyện")]
    public void A_congress_resolution_abbreviated_is_cited_by_name(string text, string cited)
    {
        Assert.Contains(Parser.Parse(text).Citations, c => c.Type == "Nghị quyết" && c.Number is null && c.Text == cited);
    }

    [Fact]
    public void A_heading_in_capitals_after_the_abbreviation_is_no_citation()
    {
        Assert.DoesNotContain(Parser.Parse("NQ ĐẠI HỘI ĐẢNG BỘ HUYỆN.\nĐại hội thảo luận các văn kiện.").Citations, c => c.Text.StartsWith("NQ Đ", StringComparison.Ordinal));
    }
}
