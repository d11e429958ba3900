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

    // le-014 (Đảng ủy – HĐND – UBND – Ủy ban MTTQ xã Phong Hải's invitation, 2026): a festival's programme is its running
    // order, as a congress's is (eventProgrammes).
    [Fact]
    public void A_festivals_programme_is_no_document()
    {
        const string text = "Đảng ủy – HĐND – UBND – Ủy ban MTTQ Việt Nam xã Phong Hải trân trọng thông báo và kính mời toàn thể cán bộ, đảng viên và Nhân dân trong và ngoài xã đến tham gia Chương trình Hội Xuân và Phiên chợ vùng cao thôn Ải Nam năm 2026.";
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Type == "Chương trình");
    }

    // The near miss: a body whose name opens with "Hội" is no event; its programme with a period is one document.
    [Fact]
    public void A_programme_of_a_body_named_hoi_is_still_cited()
    {
        const string text = "Thực hiện Chương trình Hội Nông dân tỉnh hỗ trợ nông dân phát triển sản xuất giai đoạn 2021-2025, Hội Nông dân xã triển khai.";
        Assert.Contains(Parser.Parse(text).Citations, c => c.Type == "Chương trình" && c.Number is null);
    }
}

