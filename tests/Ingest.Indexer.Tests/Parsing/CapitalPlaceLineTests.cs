using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "Hà Nội, ngày …" under an issuer the parser could not read: every central body sits in the capital, so the place line
/// alone gives no province (is-hoi-lhtn-tw-bc-12-2009-hocday, the central committee of the youth federation); another
/// city's place line, or the capital's under an issuer read as the city's, still does.
/// </summary>
public sealed class CapitalPlaceLineTests
{
    private static readonly PlanParser Parser = new();

    private const string Body = "\n\nSố: 12 BC/TWH\n\nBÁO CÁO\n\nKết quả công tác Hội và phong trào thanh niên năm 2008\n\n"
        + "Năm 2008, các cấp Hội tiếp tục triển khai chương trình công tác năm.\n";

    [Fact]
    public void The_capitals_place_line_under_an_unread_issuer_gives_no_province()
    {
        var r = Parser.Parse("Hội Liên hiệp Thanh niên Việt Nam\n\nUỷ ban Trung ương\n\n*** Hà Nội, ngày 30 tháng 01 năm 2009" + Body);
        Assert.Null(r.Issuer.Level);
        Assert.Null(r.Issuer.Province);
    }

    [Theory]
    [InlineData("Hội Liên hiệp Thanh niên Việt Nam\n\nUỷ ban Trung ương\n\n*** Đà Nẵng, ngày 30 tháng 01 năm 2009", "Đà Nẵng")]
    [InlineData("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nHà Nội, ngày 30 tháng 01 năm 2009", "Hà Nội")]
    public void Another_citys_line_or_the_citys_own_issuer_still_gives_it(string header, string province) =>
        Assert.Equal(province, Parser.Parse(header + Body).Issuer.Province);
}
