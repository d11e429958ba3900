using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An issuer read from a heading that names it, with no header block above (a district Party congress's resolution
/// printed on its portal, ia-dang-bo-huyen-tan-ky-nghi-quyet-dai-hoi-xxi): the record shows where it was read, as it
/// does for a header's lines, so whoever checks it sees the heading and not an empty list.
/// </summary>
public sealed class IssuerFromHeadingEvidenceTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_congress_read_from_its_resolutions_heading_shows_the_heading()
    {
        var r = Parser.Parse("NGHỊ QUYẾT\n\nĐại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXInhiệm kỳ 2020 - 2025\n\n"
            + "Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI, nhiệm kỳ 2020 - 2025, diễn ra từ ngày 5 tháng 8 đến ngày 6 tháng 8 năm 2020, tại Hội trường Trung tâm\n\n"
            + "QUYẾT NGHỊ\n\n");
        Assert.Equal("Đại hội đại biểu Đảng bộ huyện Tân Kỳ", r.Issuer.Name);
        var evidence = Assert.Single(r.Fields.Single(f => f.Field == "issuer").Evidence, e => e.Source == "heading");
        Assert.StartsWith("Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI", evidence.Text);
    }
}
