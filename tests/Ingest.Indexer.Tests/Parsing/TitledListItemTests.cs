using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An item of a list of plans or projects whose name opens with a word in title case ("tuyên truyền các đề án liên quan
/// đến phụ nữ như: Đề án Hỗ trợ phụ nữ khởi nghiệp; Đề án Tuyên truyền, giáo dục, …", it-026, a provincial Hội LHPN)
/// names one document; a name in lower case, a heading in capitals and the national target programme do not.
/// </summary>
public sealed class TitledListItemTests
{
    private static readonly PlanParser Parser = new();

    private static List<string?> Names(string text) => Parser.Parse(text).Citations.Select(c => c.Name).ToList();

    [Fact]
    public void Title_case_items_of_a_list_are_cited_by_name()
    {
        var names = Names("Đặc biệt, tuyên truyền các đề án liên quan đến phụ nữ như: Đề án Hỗ trợ phụ nữ khởi nghiệp; Đề án Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham giải quyết một số vấn đề xã hội liên quan đến phụ nữ…");
        Assert.Equal(2, names.Count);
        Assert.StartsWith("Hỗ trợ phụ nữ khởi nghiệp", names[0]);
        Assert.StartsWith("Tuyên truyền, giáo dục", names[1]);
    }

    [Theory]
    [InlineData("Các nội dung gồm: Kế hoạch tổ chức hội thi; Kế hoạch kiểm tra cuối năm.")]
    [InlineData("Nội dung: Đề án XÂY DỰNG NÔNG THÔN MỚI được thảo luận.")]
    [InlineData("Các chương trình: Chương trình mục tiêu quốc gia xây dựng nông thôn mới; Chương trình Mục tiêu quốc gia giảm nghèo bền vững.")]
    public void Lower_case_names_headings_and_national_target_programmes_are_not(string text)
    {
        Assert.Empty(Names(text));
    }
}
