using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Programmes named by their subject (tests/corpus/README.md, plans by name): two carried out and joined by "cũng như",
/// which ends the first one's name, and one that two bodies are reported to have signed ("đã ký kết"), which exists.
/// Verbatim passages of the corpus.
/// </summary>
public sealed class ProgrammesByNameTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void Two_programmes_joined_by_as_well_as_are_two_citations()
    {
        // jr-016
        var cites = Parser.Parse("Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2021 cũng như Chương trình công tác Đoàn và phong trào Thanh niên trường học năm học 2020-2021; căn cứ vào tình hình thực tế của đơn vị, Ban Thường vụ Đoàn trường THCS&THPT Long Hưng xây dựng kế hoạch Tháng Thanh niên năm 2021 với chủ đề “Tự hào truyền thống Đoàn TNCS Hồ Chí Minh”, cụ thể như sau:")
            .Citations.Where(c => c.Type == "Chương trình").ToList();
        Assert.Equal(["Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2021", "Chương trình công tác Đoàn và phong trào Thanh niên trường học năm học 2020-2021"],
            cites.Select(c => c.Text));
    }

    [Fact]
    public void A_coordination_programme_two_bodies_signed_is_cited_by_name()
    {
        // kn-052
        var cited = Assert.Single(Parser.Parse("Ngày 20-12, Sở Nông nghiệp và Phát triển nông thôn và Hội Nông dân tỉnh đã ký kết Chương trình phối hợp về việc hỗ trợ nông dân phát triển kinh tế nông nghiệp và xây dựng nông thôn mới giai đoạn 2011-2015.").Citations);
        Assert.Null(cited.Number);
        Assert.StartsWith("Chương trình phối hợp về việc hỗ trợ nông dân", cited.Text);
    }
}
