using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ingest.Indexer.Text;
using Microsoft.AspNetCore.Http;

namespace Ingest.Indexer.Tests.Doubles;

public sealed partial class SearchServiceDouble
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private async Task Search(HttpContext context, JsonObject? body)
    {
        if (body is null) { await Refuse(context, 400, "search needs a body"); return; }
        Func<JsonObject, bool> filter;
        try { filter = ODataFilter.Parse(body["filter"]?.ToString(), _types); }
        catch (FormatException e) { await Refuse(context, 400, "invalid filter: " + e.Message); return; }
        var text = body["search"]?.ToString() ?? "*";
        var words = text == "*" ? [] : Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var fields = (body["searchFields"]?.ToString() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var weights = Weights(body["scoringProfile"]?.ToString());
        var scored = new List<(JsonObject Doc, double Score)>();
        foreach (var doc in _documents.Values.Where(filter))
        {
            var score = Score(doc, words, fields, weights, out var all);
            if (words.Count == 0 || all) scored.Add((doc, score));
        }
        IEnumerable<(JsonObject Doc, double Score)> ordered = body["orderby"]?.ToString() is { } orderBy
            ? orderBy.EndsWith(" desc")
                ? scored.OrderByDescending(x => x.Doc[orderBy[..^5]]?.ToString(), StringComparer.Ordinal)
                : scored.OrderBy(x => x.Doc[orderBy.Replace(" asc", "")]?.ToString(), StringComparer.Ordinal)
            : scored.OrderByDescending(x => x.Score).ThenBy(x => x.Doc["id"]!.ToString(), StringComparer.Ordinal);
        var skip = body["skip"]?.GetValue<int>() ?? 0;
        if (skip > 100_000) { await Refuse(context, 400, "skip must be at most 100,000"); return; }
        var top = body["top"]?.GetValue<int>() ?? 50;
        // At most 1,000 results come back in one response; past that the service says how to ask for the next page.
        var served = Math.Min(top, 1000);
        var value = new JsonArray();
        foreach (var (doc, score) in ordered.Skip(skip).Take(served))
        {
            var hit = Selected(doc, body["select"]?.ToString());
            hit["@search.score"] = score;
            if (body["highlight"]?.ToString() is { } highlight && words.Count > 0)
            {
                var highlights = new JsonObject();
                foreach (var field in highlight.Split(','))
                    highlights[field] = new JsonArray(Highlight(doc[field]?.ToString() ?? "", words, body["highlightPreTag"]?.ToString() ?? "<em>", body["highlightPostTag"]?.ToString() ?? "</em>"));
                hit["@search.highlights"] = highlights;
            }
            value.Add(hit);
        }
        var response = new JsonObject { ["value"] = value };
        if (top > served && scored.Count > skip + served)
        {
            var next = JsonNode.Parse(body.ToJsonString())!.AsObject();
            next["skip"] = skip + served;
            next["top"] = top - served;
            response["@search.nextPageParameters"] = next;
        }
        if (body["count"]?.GetValue<bool>() == true) response["@odata.count"] = scored.Count;
        if (body["facets"] is JsonArray facets) response["@search.facets"] = Facets(facets, scored.Select(s => s.Doc));
        await Json(context, 200, response);
    }

    // *Folded fields compare folded words (marks and đ away); the others compare words as typed, lower case.
    private static double Score(JsonObject doc, List<string> words, string[] fields, Dictionary<string, double> weights, out bool all)
    {
        var found = new HashSet<string>();
        double score = 0;
        foreach (var field in fields)
        {
            var folded = field.EndsWith("Folded");
            var tokens = Word().Matches(doc[field]?.ToString() ?? "").Select(m => Norm(m.Value, folded)).ToList();
            foreach (var w in words)
            {
                var n = tokens.Count(t => t == Norm(w, folded));
                if (n == 0) continue;
                found.Add(w);
                score += weights.GetValueOrDefault(field, 1) * (1 + Math.Log(n));
            }
        }
        all = words.All(found.Contains);
        return score;
    }

    private static string Norm(string word, bool folded) => folded ? TextFolding.FoldLoose(word) : word.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    private Dictionary<string, double> Weights(string? profile)
    {
        var weights = new Dictionary<string, double>();
        if (profile is null) return weights;
        var definition = _index?["scoringProfiles"]?.AsArray().FirstOrDefault(p => p?["name"]?.ToString() == profile)
            ?? throw new InvalidOperationException("unknown scoring profile " + profile);
        foreach (var (field, weight) in definition["text"]?["weights"]?.AsObject() ?? []) weights[field] = weight!.GetValue<double>();
        return weights;
    }

    private static string Highlight(string text, List<string> words, string pre, string post)
    {
        var wanted = words.Select(w => TextFolding.FoldLoose(w)).ToHashSet();
        var first = Word().Matches(text).FirstOrDefault(m => wanted.Contains(TextFolding.FoldLoose(m.Value)));
        if (first is null) return "";
        var from = Math.Max(0, first.Index - 60);
        var to = Math.Min(text.Length, first.Index + 120);
        return Word().Replace(text[from..to], m => wanted.Contains(TextFolding.FoldLoose(m.Value)) ? pre + m.Value + post : m.Value);
    }

    private static JsonObject Facets(JsonArray facets, IEnumerable<JsonObject> docs)
    {
        var result = new JsonObject();
        var list = docs.ToList();
        foreach (var spec in facets.Select(f => f!.ToString()))
        {
            var field = spec.Split(',')[0];
            var counts = list.Select(d => d[field]).Where(v => v is not null).GroupBy(v => v!.ToJsonString())
                .Select(g => new JsonObject { ["value"] = JsonNode.Parse(g.Key), ["count"] = g.Count() })
                .OrderByDescending(o => o["count"]!.GetValue<int>());
            result[field] = new JsonArray(counts.ToArray<JsonNode>());
        }
        return result;
    }
}
