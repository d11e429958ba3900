using System.Text.Json;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// The figures a change may not fall below (tests/corpus/floors.json), set just under the current ones so that a
/// change that loses ground fails CI. Raise them when the parser gains; never lower one to make a change pass.
/// </summary>
public static class ScoreboardFloors
{
    public static IReadOnlyDictionary<string, double> Read(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path)) ?? [];

    /// <summary>Each floor the result falls below, as "metric: value &lt; floor".</summary>
    public static IReadOnlyList<string> Breaches(ScoreboardResult result, IReadOnlyDictionary<string, double> floors)
    {
        var metrics = result.Metrics();
        var breaches = new List<string>();
        foreach (var (name, floor) in floors)
        {
            if (!metrics.TryGetValue(name, out var value)) breaches.Add($"{name}: no such metric");
            else if (value < floor) breaches.Add($"{name}: {value:0.000} < floor {floor:0.000}");
        }
        return breaches;
    }
}
