using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Places;

namespace Ingest.Indexer.Tests.Places;

/// <summary>The 2025 merger as dated data: 63 provinces before 1 July 2025, 34 after.</summary>
public class ProvinceMergesTests
{
    private static readonly ProvinceMerges Merges = ProvinceMerges.Default;

    [Fact]
    public void The_63_provinces_become_34()
    {
        var provinces = DomainTables.Default.Provinces.Select(p => p.Name).ToList();
        Assert.Equal(63, provinces.Count);
        Assert.Equal(34, provinces.Select(p => Merges.ProvinceOn(p)).Distinct().Count());
        Assert.Equal(63, provinces.Count(p => Merges.MergedInto(Merges.ProvinceOn(p)).Contains(p)));
    }

    [Theory]
    [InlineData("Bến Tre", "2024-12-31", "Bến Tre")]
    [InlineData("Bến Tre", "2025-07-01", "Vĩnh Long")]
    [InlineData("Bà Rịa - Vũng Tàu", "2025-09-15", "Hồ Chí Minh")]
    [InlineData("Hà Nội", "2025-09-15", "Hà Nội")]
    [InlineData("Quảng Nam", "2025-06-30", "Quảng Nam")]
    public void A_province_is_read_as_of_the_document_date(string province, string date, string expected) =>
        Assert.Equal(expected, Merges.ProvinceOn(province, DateOnly.Parse(date)));

    [Fact]
    public void A_search_by_todays_province_covers_the_provinces_merged_into_it()
    {
        Assert.Equal(["Ninh Bình", "Hà Nam", "Nam Định"], Merges.MergedInto("Ninh Bình"));
        Assert.Equal(["Nam Định"], Merges.MergedInto("Nam Định"));
        Assert.Equal(["Huế"], Merges.MergedInto("Huế"));
        Assert.True(Merges.IsFormer("Nam Định"));
        Assert.False(Merges.IsFormer("Ninh Bình"));
    }
}
