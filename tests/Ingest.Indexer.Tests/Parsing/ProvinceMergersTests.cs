using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>The 2025 provincial map (Nghị quyết 202/2025/QH15) as dated data.</summary>
public sealed class ProvinceMergersTests
{
    private static readonly ProvinceMergers Mergers = new(DomainTables.Default);

    [Fact]
    public void Sixty_three_provinces_become_thirty_four_on_1_July_2025()
    {
        var after = DomainTables.Default.Provinces.Select(p => Mergers.ProvinceAsOf(p.Name, new DateOnly(2025, 7, 1))).Distinct().Count();
        var before = DomainTables.Default.Provinces.Select(p => Mergers.ProvinceAsOf(p.Name, new DateOnly(2025, 6, 30))).Distinct().Count();
        Assert.Equal(63, before);
        Assert.Equal(34, after);
    }

    [Theory]
    [InlineData("Hà Giang", "2024-07-10", "Hà Giang")]
    [InlineData("Hà Giang", "2025-07-01", "Tuyên Quang")]
    [InlineData("Bình Dương", "2025-09-15", "Hồ Chí Minh")]
    [InlineData("Hà Nội", "2025-09-15", "Hà Nội")]
    public void A_province_is_read_as_of_the_document_s_date(string province, string date, string expected) =>
        Assert.Equal(expected, Mergers.ProvinceAsOf(province, DateOnly.Parse(date)));

    [Fact]
    public void A_search_by_today_s_province_takes_in_the_merged_ones()
    {
        var cantho = Mergers.TakesIn("Cần Thơ").Select(x => x.Province).ToList();
        Assert.Equal(["Cần Thơ", "Sóc Trăng", "Hậu Giang"], cantho);
        Assert.All(Mergers.TakesIn("Cần Thơ").Skip(1), x => Assert.Equal(new DateOnly(2025, 7, 1), x.Since));
        Assert.Equal(["Hà Nội"], Mergers.TakesIn("Hà Nội").Select(x => x.Province));
    }
}
