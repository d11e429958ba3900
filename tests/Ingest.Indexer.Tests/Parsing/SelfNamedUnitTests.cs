using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Public service units' pages printed without their header (corpus README, `kw` and `ks` batches): a health centre,
/// a hospital or a school names itself in the text, and that naming is the issuer where the text says the unit is
/// the author. Rows cut from the corpus documents named in each test.
/// </summary>
public sealed class SelfNamedUnitTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_health_centre_named_after_its_district_is_that_districts_and_in_its_province()
    {
        // kw-ttyt-huu-lung-tb-2023-nghi-le-headerless: a Trung tâm Y tế is the district's health centre; "Hữu Lũng" is a
        // district of Lạng Sơn only.
        const string text = """
            Thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5

            Trung tâm Y tế Hữu Lũng thông báo lịch nghỉ Lễ giỗ tổ Hùng Vương và nghỉ Lễ 30/4, 1/5 như sau:
            1. Thời gian nghỉ: 05 ngày liên tục, từ thứ Bẩy ngày 29/4/2023 đến hết thứ Tư  ngày 03/5/2023.
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Trung tâm Y tế Hữu Lũng", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
        Assert.Equal("Lạng Sơn", record.Issuer.Province);
    }
}
