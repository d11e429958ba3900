using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Gains and losses of one scoreboard run against the committed previous one (tests/corpus/scoreboard.json):
/// an item right now and wrong before is a gain, the reverse a loss; items new to the corpus are neither.
/// </summary>
public sealed record ScoreboardDiff(IReadOnlyList<string> Gains, IReadOnlyList<string> Losses, int NewItems)
{
    public static ScoreboardDiff Compare(IReadOnlyDictionary<string, bool> previous, IReadOnlyDictionary<string, bool> current)
    {
        var oldItems = previous.Keys.Select(Item).ToHashSet(StringComparer.Ordinal);
        var gains = new List<string>();
        var losses = new List<string>();
        foreach (var (key, right) in current)
        {
            if (!oldItems.Contains(Item(key))) continue;
            var had = previous.TryGetValue(key, out var was);
            if (right && had && !was) gains.Add(key);
            else if (!right && (!had || was)) losses.Add(key);
        }
        // A spurious finding that is gone, or a judged item that no longer arises, is a gain when it was wrong.
        foreach (var (key, was) in previous)
            if (!was && !current.ContainsKey(key)) gains.Add(key);
        var newItems = current.Keys.Select(Item).Distinct().Count(i => !oldItems.Contains(i));
        return new ScoreboardDiff(gains.Order(StringComparer.Ordinal).ToList(), losses.Order(StringComparer.Ordinal).ToList(), newItems);
    }

    /// <summary>"d:slug" or "p:id": the document or passage a key belongs to.</summary>
    private static string Item(string key)
    {
        var second = key.IndexOf(':', 2);
        return second < 0 ? key : key[..second];
    }

    /// <summary>Reads the outcomes of a saved scoreboard; empty when there is none yet.</summary>
    public static IReadOnlyDictionary<string, bool> ReadOutcomes(string path)
    {
        if (!File.Exists(path)) return new Dictionary<string, bool>();
        var node = JsonNode.Parse(File.ReadAllText(path))?["outcomes"]?.AsObject();
        return node is null ? new Dictionary<string, bool>() : node.ToDictionary(p => p.Key, p => p.Value!.GetValue<bool>());
    }

    /// <summary>Writes the metrics and outcomes of <paramref name="result"/> with sorted keys, so its diff reads well.</summary>
    public static void Save(string path, ScoreboardResult result)
    {
        var json = new JsonObject
        {
            ["metrics"] = new JsonObject(result.Metrics().Select(m => KeyValuePair.Create(m.Key, (JsonNode?)Math.Round(m.Value, 4)))),
            ["outcomes"] = new JsonObject(result.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => KeyValuePair.Create(o.Key, (JsonNode?)o.Value))),
        };
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
