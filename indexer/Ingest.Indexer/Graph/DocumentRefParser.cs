using System.Text.RegularExpressions;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Places;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Graph;

/// <summary>
/// Reads a document reference typed by a user: "Chỉ thị số 34-CT/TW ngày 07/4/2014", "34-ct/tw", "Chỉ thị 34",
/// "19/CT-TTg 2021", "Luật Thi đua, khen thưởng". It runs the plan parser on the phrase, so a query and a plan
/// spell keys the same way. Pure and thread-safe.
/// </summary>
public sealed partial class DocumentRefParser
{
    private readonly PlanParser _parser;
    private readonly ProvinceGazetteer _gazetteer;

    public DocumentRefParser(PlanParser parser)
    {
        _parser = parser;
        _gazetteer = new ProvinceGazetteer(parser.Tables);
    }

    [GeneratedRegex(@"(?<![\d/])(?:19|20)\d{2}(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?<type>\D+?)\x20(?:so\x20?:?\x20?)?(?<serial>\d{1,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeAndSerial();

    // "Nghị quyết Đại hội XIII", "NQ Đại hội lần thứ 13", "Nghị quyết Đại hội Đảng lần thứ XIII": typed alone, a
    // congress known by its number only is the Party's national congress (a province's or a commune's names its
    // Đảng bộ), which a plan's text keys by the name the Party gives it, whatever the spelling there.
    [GeneratedRegex(@"^(?<type>[a-z0-9-]+):dai-hoi-(?:dang-)?(?:lan-thu-)?(?<n>[ivxl]+|\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex BareCongressKey();

    private string? NationalCongressKey(string? key)
    {
        var m = key is null ? null : BareCongressKey().Match(key);
        if (m is not { Success: true } || Parsing.Citations.RomanNumerals.Term(m.Groups["n"].Value) is not { } term) return null;
        return _parser.Keys.ForName(m.Groups["type"].Value, Parsing.Citations.NamedCitationReader.NationalCongress(Parsing.Citations.RomanNumerals.ToRoman(term)!), null);
    }

    /// <summary>The reference, or an empty one when nothing matchable is in <paramref name="text"/>.</summary>
    public DocumentRef Parse(string text)
    {
        // Read as a reference, not a document: typed alone, a name ("Luật Thi đua, khen thưởng") would otherwise be
        // read as a page's headline, so as the document's own title, which a document never cites.
        var citations = _parser.ReadReference(text ?? "");
        // A district or commune named ("của UBND huyện Định Quán") narrows to its documents; its name is taken out
        // before looking for a province, so "huyện Bình Định" is not read as the province Bình Định.
        var nfc = Text.UnicodeNormalizer.ToNfc(text ?? "");
        var jurisdiction = Parsing.Citations.CitationKeyBuilder.Jurisdiction().Match(nfc);
        var below = jurisdiction.Success ? _parser.Keys.SubJurisdiction(jurisdiction.Value) : null;
        var placeText = below is null ? nfc : nfc.Remove(jurisdiction.Index, jurisdiction.Length);
        var province = _gazetteer.FirstIn(placeText)?.Name is { } p ? TextFolding.Slug(p) : null;
        int? year = YearPattern().Match(text ?? "") is { Success: true } y ? int.Parse(y.Value) : null;
        var citation = citations.FirstOrDefault();
        if (citation is not null && _parser.Symbols.ParseCited(citation.Number, citation.TypeId) is { } symbol)
        {
            year = citation.Date is { } d ? int.Parse(d[..4]) : symbol.Year ?? year;
            return new DocumentRef { NumberKey = symbol.KeyForm, TypeId = citation.TypeId, Serial = symbol.Serial.TrimStart('0'), Year = year, Province = province, Below = below, SymbolHoldsYear = symbol.Year is not null };
        }
        if (citation is not null && citation.Number is null)
        {
            var key = NationalCongressKey(citation.Key) ?? citation.Key;
            return new DocumentRef { NameKey = key, TypeId = citation.TypeId, Year = year, Key = key, NameKeys = NameKeyForms.Of(key, year) };
        }
        // "83/2015/QH13" typed alone: no type word or type code, but a symbol with its year inside names one document.
        if (citation is null && _parser.Symbols.ParseLoose(nfc) is { Year: not null, IssuerCodes.Count: > 0 } bare)
            return new DocumentRef { NumberKey = bare.KeyForm, Serial = bare.Serial.TrimStart('0'), Year = bare.Year, Province = province, Below = below, SymbolHoldsYear = true };
        if (citation is not null) // a number without codes: "Chỉ thị số 34 ngày ..."
            return new DocumentRef { TypeId = citation.TypeId, Serial = citation.Number!.TrimStart('0'), Year = year, Province = province, Below = below };
        var folded = TextFolding.FoldLoose(text ?? "");
        var m = TypeAndSerial().Match(YearPattern().Replace(folded, "").Trim());
        if (m.Success && _parser.Tables.TypeByWord(m.Groups["type"].Value.Trim()) is { } type)
            return new DocumentRef { TypeId = type.Id, Serial = m.Groups["serial"].Value.TrimStart('0'), Year = year, Province = province, Below = below };
        return new DocumentRef();
    }
}
