using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Ingest.Indexer.Places;

/// <summary>
/// The provinces as dated data: since 1 July 2025 (Nghị quyết 202/2025/QH15) the 63 provincial units are 34, and
/// plans from before and after sit side by side. A plan keeps the province its issuer had on its date; a search or
/// report by a province today also covers the provinces merged into it (<see cref="MergedInto"/>), and says so.
/// Loaded once from <c>Data/province-merges.json</c>; pure and thread-safe.
/// </summary>
public sealed class ProvinceMerges
{
    private static readonly Lazy<ProvinceMerges> Shared = new(Load);
    private readonly Dictionary<string, string> _successor;
    private readonly Dictionary<string, IReadOnlyList<string>> _predecessors;

    private ProvinceMerges(DateOnly effective, string source, IEnumerable<(string Into, string[] From)> merges)
    {
        Effective = effective;
        Source = source;
        _successor = new(StringComparer.Ordinal);
        _predecessors = new(StringComparer.Ordinal);
        foreach (var (into, from) in merges)
        {
            foreach (var old in from) _successor[old] = into;
            _predecessors[into] = from;
        }
    }

    /// <summary>The shipped table.</summary>
    public static ProvinceMerges Default => Shared.Value;

    /// <summary>The day the merged provinces came into being (2025-07-01).</summary>
    public DateOnly Effective { get; }

    /// <summary>The resolution that merged them, for explanations shown to users.</summary>
    public string Source { get; }

    /// <summary>
    /// The province that <paramref name="province"/> belongs to on <paramref name="asOf"/> (today when null): itself
    /// before the merger or when it was not merged, else the unit it was merged into.
    /// </summary>
    public string ProvinceOn(string province, DateOnly? asOf = null) =>
        asOf is { } d && d < Effective ? province : _successor.GetValueOrDefault(province, province);

    /// <summary>
    /// Every province whose plans a search for <paramref name="province"/> today should cover: the province and,
    /// when it absorbed others in 2025, those too. An old province that was merged into another covers only itself.
    /// </summary>
    public IReadOnlyList<string> MergedInto(string province) =>
        _predecessors.TryGetValue(province, out var from) ? from : [province];

    /// <summary>
    /// The provinces a filter typed as <paramref name="typed"/> (any case, with or without marks) covers today:
    /// today's province and those merged into it, under their names in the records; just the typed name otherwise.
    /// </summary>
    public IReadOnlyList<string> Covering(string typed)
    {
        var slug = Text.TextFolding.Slug(typed);
        foreach (var (into, from) in _predecessors)
            if (Text.TextFolding.Slug(into) == slug) return from;
        return [typed];
    }

    /// <summary>The provinces a filter by <paramref name="typed"/> covers when they are more than one, else null: what an answer reports.</summary>
    public IReadOnlyList<string>? CoverWhenMerged(string? typed) =>
        typed is not null && Covering(typed) is { Count: > 1 } covered ? covered : null;

    /// <summary>True when <paramref name="province"/> was merged into another and no longer exists on its own.</summary>
    public bool IsFormer(string province) => _successor.TryGetValue(province, out var into) && into != province;

    private static ProvinceMerges Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Data.province-merges.json")
            ?? throw new InvalidOperationException("embedded table province-merges.json is missing");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var merges = root.GetProperty("merges").EnumerateArray()
            .Select(m => (m.GetProperty("into").GetString()!, m.GetProperty("from").EnumerateArray().Select(f => f.GetString()!).ToArray()));
        return new ProvinceMerges(DateOnly.ParseExact(root.GetProperty("effective").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            root.GetProperty("source").GetString()!, merges);
    }
}
