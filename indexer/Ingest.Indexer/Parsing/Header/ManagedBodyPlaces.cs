using Ingest.Indexer.Parsing.Places;

namespace Ingest.Indexer.Parsing.Header;

/// <summary>
/// The places a managing body's line and the issuing body's name end with (Nghị định 30/2020/NĐ-CP Phụ lục I: "tên
/// cơ quan, tổ chức chủ quản" above the issuing body): "SỞ Y TẾ HÀ NỘI" names its province without the word "thành
/// phố", "TRUNG TÂM Y TẾ MÊ LINH" a district of it without the word "huyện". Pure and thread-safe.
/// </summary>
internal sealed class ManagedBodyPlaces
{
    private const int MaxPlaceWords = 3;
    private readonly ProvinceGazetteer _provinces;
    private readonly DistrictGazetteer _districts;

    public ManagedBodyPlaces(ProvinceGazetteer provinces, DistrictGazetteer? districts = null)
    {
        _provinces = provinces;
        _districts = districts ?? DistrictGazetteer.Default;
    }

    /// <summary>The province whose name the last words of <paramref name="tokens"/> (after the first <paramref name="from"/>) are, with the number of those words; null when they name none.</summary>
    public (string Province, int Words)? ProvinceAtEnd(IReadOnlyList<HeaderToken> tokens, int from)
    {
        for (var n = Math.Min(MaxPlaceWords, tokens.Count - from); n >= 1; n--)
            if (_provinces.Exact(Join(tokens, tokens.Count - n)) is { } row) return (row.Name, n);
        return null;
    }

    /// <summary>True when the last words of <paramref name="tokens"/> (after the first <paramref name="from"/>) name a district of <paramref name="province"/>.</summary>
    public bool EndsWithDistrictOf(IReadOnlyList<HeaderToken> tokens, int from, string province)
    {
        // One word is too weak a clue: "TRUNG TÂM Y TẾ DỰ PHÒNG" ends with no district, but many one-word names exist.
        for (var n = Math.Min(MaxPlaceWords + 1, tokens.Count - from); n >= 2; n--)
            if (_districts.ProvincesOf(Join(tokens, tokens.Count - n), null).Contains(province)) return true;
        return false;
    }

    /// <summary>True when the last two or more words of <paramref name="tokens"/> (after the first <paramref name="from"/>) name a district of any province.</summary>
    public bool EndsWithDistrict(IReadOnlyList<HeaderToken> tokens, int from)
    {
        for (var n = Math.Min(MaxPlaceWords + 1, tokens.Count - from); n >= 2; n--)
            if (_districts.ProvincesOf(Join(tokens, tokens.Count - n), null).Count > 0) return true;
        return false;
    }

    private static string Join(IReadOnlyList<HeaderToken> tokens, int start) =>
        string.Join(' ', tokens.Skip(start).Select(t => t.Text));
}
