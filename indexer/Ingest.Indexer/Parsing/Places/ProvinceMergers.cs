using Ingest.Indexer.Parsing.Tables;

namespace Ingest.Indexer.Parsing.Places;

/// <summary>
/// The dated map of provinces (Data/province-mergers.json, Nghị quyết 202/2025/QH15): which province a
/// province belonged to on a date, and which former provinces a province today takes in, so that a search or
/// report by today's province can include the plans of the provinces merged into it. A small pure lookup;
/// immutable and thread-safe; throws at construction when a row names a province not in provinces.json.
/// </summary>
public sealed class ProvinceMergers
{
    private readonly Dictionary<string, (string To, DateOnly Effective)> _merged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _takesIn = new(StringComparer.Ordinal);

    /// <summary>The shipped table, checked against the provinces of <paramref name="tables"/>.</summary>
    public ProvinceMergers(DomainTables tables)
    {
        var names = tables.Provinces.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var row in DomainTables.Read<MergersFile>("province-mergers.json").Mergers)
        {
            if (!names.Contains(row.From) || !names.Contains(row.To))
                throw new InvalidDataException($"province-mergers.json: '{row.From}' → '{row.To}' names a province not in provinces.json");
            if (!DateOnly.TryParseExact(row.Effective, "yyyy-MM-dd", out var effective))
                throw new InvalidDataException($"province-mergers.json: '{row.From}' has a bad date '{row.Effective}'");
            if (!_merged.TryAdd(row.From, (row.To, effective)))
                throw new InvalidDataException($"province-mergers.json: '{row.From}' is merged twice");
            (_takesIn.TryGetValue(row.To, out var list) ? list : _takesIn[row.To] = []).Add(row.From);
        }
    }

    /// <summary>
    /// The province <paramref name="province"/> was part of on <paramref name="asOf"/> (itself before its merger
    /// or when it was never merged; today's when <paramref name="asOf"/> is null).
    /// </summary>
    public string ProvinceAsOf(string province, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(province);
        return _merged.TryGetValue(province, out var m) && (asOf is null || asOf.Value >= m.Effective) ? m.To : province;
    }

    /// <summary>
    /// Every province whose plans a search by <paramref name="province"/> today should include: itself and
    /// the provinces merged into it, with the date each joined (null for itself).
    /// </summary>
    public IReadOnlyList<(string Province, DateOnly? Since)> TakesIn(string province)
    {
        ArgumentNullException.ThrowIfNull(province);
        var result = new List<(string, DateOnly?)> { (province, null) };
        if (_takesIn.TryGetValue(province, out var merged))
            result.AddRange(merged.Select(m => (m, (DateOnly?)_merged[m].Effective)));
        return result;
    }

    private sealed record MergersFile(string Basis, IReadOnlyList<MergerRow> Mergers);

    private sealed record MergerRow(string From, string To, string Effective);
}
