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

    /// <summary>Year and province parts of a citation key (<c>4/CT-UBND|2021|khanh-hoa</c>); null where unknown.</summary>
    public static (int? Year, string? Province) Parts(string key)
    {
        var parts = key.Split('|');
        int? year = parts.Length > 1 && int.TryParse(parts[1], out var y) ? y : null;
        var province = parts.Length > 2 && parts[2] != "?" ? parts[2] : null;
        return (year, province);
    }
}
