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
    private readonly Dictionary<string, (string Former, DateOnly Effective)> _renames = new(StringComparer.Ordinal);

    private ProvinceMerges(DateOnly effective, string source, IEnumerable<(string Into, string[] From)> merges,
        IEnumerable<(string Name, string Former, DateOnly Effective)> renames)
    {
        foreach (var (name, former, on) in renames) _renames[name] = (former, on);
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
    /// The name <paramref name="province"/> (as named in provinces.json) had on <paramref name="asOf"/>: "Thừa Thiên
    /// Huế" before 2025-01-01 for Huế. Today's name when the date is unknown or the province was never renamed.
    /// </summary>
    public string NameOn(string province, DateOnly? asOf) =>
        asOf is { } d && _renames.TryGetValue(province, out var r) && d < r.Effective ? r.Former : province;

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
        // Huế's plans from before 2025 name it "Thừa Thiên Huế"; a search by either name finds both.
        foreach (var (name, (former, _)) in _renames)
            if (Text.TextFolding.Slug(name) == slug || Text.TextFolding.Slug(former) == slug) return [name, former];
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
        var renames = root.TryGetProperty("renames", out var rs)
            ? rs.EnumerateArray().Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("formerName").GetString()!, Day(r.GetProperty("effective")))).ToList()
            : new List<(string, string, DateOnly)>();
        return new ProvinceMerges(Day(root.GetProperty("effective")), root.GetProperty("source").GetString()!, merges, renames);
    }

    private static DateOnly Day(JsonElement e) => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
