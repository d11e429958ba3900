using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Places;

namespace Ingest.Indexer.Tests.Places;

/// <summary>The districts before 2025 and their provinces (Data/districts.json), and Huế's dated name.</summary>
public sealed class DistrictGazetteerTests
{
    private static readonly DistrictGazetteer Districts = DistrictGazetteer.Default;

    [Theory]
    [InlineData("Nhà Bè", "huyện", "Hồ Chí Minh")]
    [InlineData("8", "quận", "Hồ Chí Minh")]
    [InlineData("Đăk R’lấp", "huyện", "Đắk Nông")]
    [InlineData("DIỄN CHÂU", null, "Nghệ An")]
    [InlineData("Đồng Xoài", "thị xã", "Bình Phước")]
    [InlineData("9", "quận", "Hồ Chí Minh")]
    public void A_district_gives_its_province_in_any_spelling(string name, string? kind, string province) =>
        Assert.Equal([province], Districts.ProvincesOf(name, kind));

    [Fact]
    public void A_shared_name_gives_every_province_and_a_bare_number_needs_its_quan()
    {
        Assert.True(Districts.ProvincesOf("Châu Thành", "huyện").Count > 5);
        Assert.Empty(Districts.ProvincesOf("8", null));
        Assert.Empty(Districts.ProvincesOf("Không Có", "huyện"));
    }

    // "Tam Đường" (Lai Châu) and "Tam Dương" (Vĩnh Phúc) fold alike: the marks as written tell them apart, and a
    // name that lost them stays shared.
    [Fact]
    public void Marks_as_written_tell_apart_names_that_fold_alike()
    {
        Assert.Equal(["Lai Châu"], Districts.ProvincesOf("TAM ĐƯỜNG", null));
        Assert.Equal(["Vĩnh Phúc"], Districts.ProvincesOf("Tam Dương", "huyện"));
        Assert.Equal(2, Districts.ProvincesOf("Tam Duong", null).Count);
    }

    // The table writes "Hoà Bình" (Bạc Liêu) in the old tone placement, a header "HÒA BÌNH": one spelling, so the name
    // stays shared with thành phố Hòa Bình; a slipped mark ("Bến Lúc") is no district's spelling.
    [Fact]
    public void The_tone_marks_place_does_not_tell_names_apart_but_a_slipped_mark_does()
    {
        Assert.Equal(2, Districts.ProvincesOf("HÒA BÌNH", null).Count);
        Assert.True(Districts.Spells("Hòa Bình"));
        Assert.True(Districts.Spells("Bến Lức"));
        Assert.False(Districts.Spells("Bến Lúc"));
    }

    [Fact]
    public void The_table_names_only_known_provinces()
    {
        var provinces = Indexer.Parsing.Tables.DomainTables.Default.Provinces.Select(p => p.Name).ToHashSet();
        var tested = new[] { "Nhà Bè", "Lâm Hà", "Krông Nô", "Nga Sơn", "Móng Cái" };
        Assert.All(tested, n => Assert.Contains(Assert.Single(Districts.ProvincesOf(n, null)), provinces));
    }

    [Theory]
    [InlineData("Huế", "2011-08-11", "Thừa Thiên Huế")]
    [InlineData("Huế", "2024-12-31", "Thừa Thiên Huế")]
    [InlineData("Huế", "2025-01-01", "Huế")]
    [InlineData("Bến Tre", "2011-08-11", "Bến Tre")]
    public void A_province_keeps_the_name_of_the_documents_date(string province, string date, string expected) =>
        Assert.Equal(expected, ProvinceMerges.Default.NameOn(province, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_search_for_Hue_covers_its_former_name() =>
        Assert.Equal(["Huế", "Thừa Thiên Huế"], ProvinceMerges.Default.Covering("Hue"));
}
