using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// Reads the province of a district-level body from the district it names: "UBND HUYỆN NHÀ BÈ" and "PHÒNG GD&amp;ĐT
/// DIỄN CHÂU" name no province, but Nhà Bè was a district of Hồ Chí Minh and Diễn Châu one of Nghệ An. A name several
/// provinces share decides only when the other evidence (the place line, the provinces the text names) keeps one.
/// Pure and thread-safe.
/// </summary>
public sealed class IssuerDistricts
{
    private static readonly string[] DistrictKinds = ["huyện", "quận", "thị xã", "thành phố"];
    private readonly DistrictGazetteer _districts;
    private readonly ProvinceGazetteer _provinces;

    /// <summary>A reader over <paramref name="districts"/> (the shipped table by default).</summary>
    public IssuerDistricts(ProvinceGazetteer provinces, DistrictGazetteer? districts = null)
    {
        _provinces = provinces;
        _districts = districts ?? DistrictGazetteer.Default;
    }

    /// <summary>
    /// The provinces the district named by <paramref name="unit"/> belonged to: by its jurisdiction word and place
    /// ("huyện" "Nhà Bè"), or, for a unit with no jurisdiction word ("PHÒNG GD&amp;ĐT YÊN THẾ"), by the last two or
    /// more words of its name. Empty when the unit names no known district.
    /// </summary>
    public IReadOnlyList<string> Candidates(IssuerUnit unit)
    {
        if (unit.Place is not null && unit.Jurisdiction is { } kind)
        {
            if (!DistrictKinds.Contains(kind)) return [];
            // "thành phố Cần Thơ" is a province, not one of its districts.
            if (kind == "thành phố" && _provinces.Exact(unit.Place) is not null) return [];
            return _districts.ProvincesOf(unit.Place, kind);
        }
        // "HUYỆN ỦY TAM ĐƯỜNG", "HUYỆN ĐOÀN THỌ XUÂN", "Ban Tuyên giáo Huyện ủy Tam Đường": a district's Party or Youth
        // committee, and its Ban, write the district's name right after the committee's head, with no kind word.
        if (unit is { Place: { } named, Jurisdiction: null, Level: AdministrativeLevel.District, Head: not null })
            return _districts.ProvincesOf(named, null);
        // Only a district's own office ("PHÒNG GD&ĐT DIỄN CHÂU") is named after its district; a school or a Party
        // cell ("CHI BỘ TRƯỜNG THCS YÊN LẠC") is named after its commune, which may share a district's name.
        if (unit.Jurisdiction is not null || unit.Head is not { IsChild: true } head || (head.Level ?? head.FallbackLevel) != AdministrativeLevel.District) return [];
        var words = unit.Tokens.Skip(HeadWords(unit)).Select(t => t.Text).ToList();
        // One word is too weak a clue ("PHÒNG GD&ĐT HUYỆN" loses nothing, "BAN CHỈ ĐẠO 389" names no place).
        for (var n = Math.Min(4, words.Count); n >= 2; n--)
        {
            var found = _districts.ProvincesOf(string.Join(' ', words.Skip(words.Count - n)), null);
            if (found.Count > 0) return found;
        }
        return [];
    }

    /// <summary>The provinces a place line such as "Nhà Bè" or "Quận 8" names as a district.</summary>
    public IReadOnlyList<string> PlaceCandidates(string place)
    {
        var folded = TextFolding.FoldLoose(place);
        foreach (var kind in DistrictKinds)
        {
            var k = TextFolding.FoldLoose(kind) + " ";
            if (folded.StartsWith(k, StringComparison.Ordinal)) return _districts.ProvincesOf(place[k.Length..], kind);
        }
        return _districts.ProvincesOf(place, null);
    }

    /// <summary>
    /// The one candidate that <paramref name="support"/> (provinces named elsewhere) agrees with, or the only
    /// candidate; null when none or several remain.
    /// </summary>
    public static string? Decide(IReadOnlyList<string> candidates, IEnumerable<string> support)
    {
        if (candidates.Count == 1) return candidates[0];
        var kept = candidates.Intersect(support).ToList();
        return kept.Count == 1 ? kept[0] : null;
    }

    private static int HeadWords(IssuerUnit unit) =>
        unit.Head is null ? 0 : unit.Head.Text.Split(' ').Length;
}
