using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads whole a place line a mirror cut short at its front: "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH" over "Tĩnh, ngày 05
/// tháng 03 năm 2015". Nghị định 30/2020/NĐ-CP has a body write the unit it sits in on its place line, so a place
/// that is the last words of the header block's own place, and is no place of its own, is that place with its first
/// words lost. A place line naming another place ("Vinh" under "TỈNH NGHỆ AN") stays as written. Pure and thread-safe.
/// </summary>
public static class CutPlaceLine
{
    /// <summary>The header block's place that <paramref name="place"/> ends, or <paramref name="place"/> as written.</summary>
    public static string? Complete(string? place, IReadOnlyList<IssuerUnit> units, ProvinceGazetteer gazetteer, DistrictGazetteer districts)
    {
        if (place is null || units.Count == 0) return place;
        var cut = TextFolding.FoldLoose(place);
        if (cut.Length < 2 || gazetteer.Exact(place) is not null || districts.ProvincesOf(place, null).Count > 0) return place;
        foreach (var unit in units)
        {
            if (unit.Place is not { } whole) continue;
            var folded = TextFolding.FoldLoose(whole);
            if (folded.Length > cut.Length && folded.EndsWith(" " + cut, StringComparison.Ordinal)) return whole;
        }
        return place;
    }
}
