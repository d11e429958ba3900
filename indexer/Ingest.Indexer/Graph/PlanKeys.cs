using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Graph;

/// <summary>
/// The keys under which a plan can be cited: its document key (as a citation of it would be keyed) and its
/// number key (the symbol without year or jurisdiction). Pure.
/// </summary>
public static class PlanKeys
{
    /// <summary>(document key, number key), each null when the plan has no number.</summary>
    public static (string? DocumentKey, string? NumberKey) Of(PlanParser parser, PlanRecord record)
    {
        if (record.Number is null || parser.Symbols.ParseLoose(record.Number) is not { } symbol) return (null, null);
        var key = parser.Keys.ForSymbol(symbol, record.Year, record.Issuer.Name, record.Issuer.Province);
        return (key, symbol.KeyForm);
    }

    /// <summary>
    /// The by-name key a numbered citation also answers to, when the plan writes the document's name with its number
    /// ("Luật Ngân sách nhà nước số 83/2015/QH13" → <c>luat:ngan-sach-nha-nuoc-nam-2015</c>): so a question by name
    /// finds the plans that cite the law by number and name. The year (the symbol's, else the date's) goes in as
    /// "năm" would write it, since laws of one name and other years are other laws (<see cref="NameKeyForms"/>).
    /// Null for a citation by name, or by number without a name.
    /// </summary>
    public static string? NameKey(PlanParser parser, Citation c)
    {
        if (c.Number is null || string.IsNullOrWhiteSpace(c.Name)) return null;
        var key = parser.Keys.ForName(c.TypeId, c.Name, null);
        if (NameKeyForms.HasYear(key)) return key;
        int? year = parser.Symbols.ParseCited(c.Number, c.TypeId)?.Year ?? (c.Date is { Length: >= 4 } d ? int.Parse(d[..4]) : Parts(c.Key).Year);
        return year is null ? key : $"{key}-nam-{year}";
    }

    /// <summary>
    /// True when a citation key names one document wherever it is cited: a symbol holding its year, with no year or
    /// jurisdiction part after it ("83/2015/QH13", not "12/KH-UBND|2021|dong-nai"). Only such keys are linked to the
    /// names plans write beside them (the embedded index tests the same in SQL: SqlitePlanIndex.NamesOneDocument).
    /// </summary>
    public static bool NamesOneDocument(string key) => !key.Contains('|');

    /// <summary>Year and province parts of a citation key (<c>4/CT-UBND|2021|khanh-hoa</c>); null where unknown.</summary>
    public static (int? Year, string? Province) Parts(string key)
    {
        var parts = key.Split('|');
        int? year = parts.Length > 1 && int.TryParse(parts[1], out var y) ? y : null;
        var province = parts.Length > 2 && parts[2] != "?" ? parts[2] : null;
        return (year, province);
    }
}
