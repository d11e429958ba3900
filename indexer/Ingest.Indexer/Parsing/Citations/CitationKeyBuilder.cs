using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Parsing.Tables;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Parsing.Citations;

/// <summary>
/// Builds the canonical key that makes two citations of one document meet (docs/citation-keys.md):
/// <list type="bullet">
/// <item>a symbol with its year inside from a central issuer (91/2017/NĐ-CP) is unique: the key is the symbol;
/// a local one (01/2021/NQ-HĐND exists in every province) also carries the province;</item>
/// <item>central issuers (TW, TTg, CP, QH, UBDT, ministries) number per year or per Party term: symbol|year;</item>
/// <item>local issuers (UBND, TU, BDT, ...) repeat numbers in every province: symbol|year|province, and
/// province/district-or-commune when the issuer names one ("UBND huyện Sơn Tịnh"), since a district's UBND
/// numbers its documents apart from the province's;</item>
/// <item>a citation by name: type:name-slug.</item>
/// </list>
/// An unknown year or province stays in the key as "?", so it never meets a known one by accident. Pure.
/// </summary>
public sealed partial class CitationKeyBuilder
{
    private readonly DomainTables _tables;
    private readonly ProvinceGazetteer _gazetteer;

    public CitationKeyBuilder(DomainTables tables, ProvinceGazetteer gazetteer)
    {
        _tables = tables;
        _gazetteer = gazetteer;
        // Only the long capital abbreviations of bodies and fields (UBND, HĐND, MTTQ, LĐTBXH …): short ones (TT,
        // CT, KT) mean several things, and inside a name they are rare.
        _nameAbbreviations = tables.Abbreviations
            .Where(a => a.Key.Count(char.IsLetter) >= 4 && a.Key.All(c => char.IsUpper(c) || c == '-'))
            .ToDictionary(a => TextFolding.Slug(a.Key), a => TextFolding.Slug(a.Value), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string> _nameAbbreviations;

    /// <summary>
    /// The key for a citation by name. A body's abbreviation inside the name is spelled out, so "Luật Tổ chức
    /// HĐND và UBND" and "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân" meet.
    /// </summary>
    public string ForName(string typeId, string? name, string? issuer)
    {
        var words = TextFolding.Slug(name ?? issuer ?? "?").Split('-');
        return $"{typeId}:{string.Join('-', words.Select(w => _nameAbbreviations.GetValueOrDefault(w, w)))}";
    }

    /// <summary>
    /// The key for a symbol, given the year and the issuer text known for it and the plan's province.
    /// <paramref name="slugsByIssuer"/>, where given, keeps the province part read for each issuer text, so that the
    /// citations of one text read each distinct issuer once (a text names the same issuer dozens of times); it holds one
    /// plan's province only, so it serves one text.
    /// </summary>
    public string ForSymbol(DocumentSymbol symbol, int? year, string? issuer, string? planProvince, Dictionary<string, string>? slugsByIssuer = null)
    {
        if (symbol.Year is not null)
            return IsCentral(symbol) ? symbol.KeyForm : $"{symbol.KeyForm}|{ProvinceSlug(issuer, planProvince, slugsByIssuer)}";
        var yearPart = year?.ToString() ?? "?";
        if (IsCentral(symbol)) return $"{symbol.KeyForm}|{yearPart}";
        return $"{symbol.KeyForm}|{yearPart}|{ProvinceSlug(issuer, planProvince, slugsByIssuer)}";
    }

    /// <summary>The key for a number written without codes ("Chỉ thị số 34").</summary>
    public static string ForBareNumber(string typeId, string number, int? year) =>
        $"{typeId}:{number.TrimStart('0')}|{year?.ToString() ?? "?"}";

    /// <summary>True when the symbol's issuer numbers nationwide (no jurisdiction needed in the key).</summary>
    public bool IsCentral(DocumentSymbol symbol) =>
        symbol.IssuerCode is { } code && _tables.IssuerByCode(code)?.Scope == "central";

    private string ProvinceSlug(string? issuer, string? planProvince, Dictionary<string, string>? slugsByIssuer)
    {
        if (issuer is null || slugsByIssuer is null) return ProvinceSlug(issuer, planProvince);
        if (!slugsByIssuer.TryGetValue(issuer, out var slug)) slugsByIssuer[issuer] = slug = ProvinceSlug(issuer, planProvince);
        return slug;
    }

    private string ProvinceSlug(string? issuer, string? planProvince)
    {
        var named = issuer is null ? null : _gazetteer.FirstIn(issuer)?.Name;
        var province = named ?? planProvince;
        var slug = province is null ? "?" : TextFolding.Slug(province);
        return issuer is not null && SubJurisdiction(issuer) is { } below ? slug + "/" + below : slug;
    }

    /// <summary>
    /// True when the issuer names a province's own body ("UBND tỉnh Lạng Sơn", "Tỉnh ủy", "HĐND thành phố Cần
    /// Thơ") and no district or commune below it: a citation so written is the province's document.
    /// </summary>
    public bool NamesProvinceBody(string issuer)
    {
        var folded = TextFolding.Fold(issuer.Normalize(System.Text.NormalizationForm.FormC));
        if (SubJurisdiction(issuer) is not null || LocalUnitWord().IsMatch(folded)) return false; // "UBND huyện, tỉnh Quảng Ngãi"
        return _gazetteer.FirstIn(issuer) is not null || ProvinceWord().IsMatch(folded);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\btinh\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProvinceWord();

    // A district or commune named by its kind word alone ("của UBND huyện"); "xã hội" is a word of a Sở's name.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:huyen|quan|thi xa|xa|phuong|thi tran)\b(?! hoi)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LocalUnitWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\s)(?<kind>huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+(?<name>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    internal static partial System.Text.RegularExpressions.Regex Jurisdiction();

    /// <summary>"huyen-son-tinh" for "UBND huyện Sơn Tịnh"; null when no district or commune is named (or it is a province-level city).</summary>
    public string? SubJurisdiction(string issuer)
    {
        var m = Jurisdiction().Match(issuer.Normalize(System.Text.NormalizationForm.FormC));
        if (!m.Success) return null;
        var name = m.Groups["name"].Value;
        // "thành phố Hà Nội" is a province; "huyện Bình Phước" is a district, whatever province shares its name.
        if (m.Groups["kind"].Value.Equals("thành phố", StringComparison.OrdinalIgnoreCase) && _gazetteer.Exact(name) is not null) return null;
        return TextFolding.Slug(m.Groups["kind"].Value.ToLowerInvariant() + " " + name);
    }
}
