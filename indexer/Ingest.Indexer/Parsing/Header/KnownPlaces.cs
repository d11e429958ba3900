using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Whether the gazetteers know a place of a province's or a district's kind by the name a header writes after its
/// kind word ("TP" + "HUẾ", "HUYỆN" + "CẦN GIỜ"). Communes have no gazetteer: a commune's name is never known. Pure.
/// </summary>
internal static class KnownPlaces
{
    /// <summary>The kind words <see cref="Knows"/> reads, folded and split into words, two-word kinds first so a reader
    /// trying them in order takes "thanh pho" before a bare abbreviation.</summary>
    public static readonly string[][] KindWords = [["thanh", "pho"], ["thi", "xa"], ["tinh"], ["huyen"], ["quan"], ["tp"], ["tp."], ["tx"], ["tx."]];

    /// <summary>True when a province or district of the kind <paramref name="kind"/> (tỉnh, thành phố, huyện, quận, thị xã; as
    /// written or abbreviated) is named <paramref name="name"/>.</summary>
    public static bool Knows(ProvinceGazetteer provinces, string kind, string name) =>
        TextFolding.FoldLoose(kind) switch
        {
            "tinh" => provinces.Exact(name) is not null,
            "thanh pho" or "tp" or "tp." => provinces.Exact(name) is not null || DistrictGazetteer.Default.ProvincesOf(name, "thành phố").Count > 0,
            "huyen" or "quan" or "thi xa" or "tx" or "tx." => DistrictGazetteer.Default.ProvincesOf(name, kind).Count > 0,
            _ => false,
        };
}
