using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ingest.Indexer.Text;
using Microsoft.AspNetCore.Http;

namespace Ingest.Indexer.Tests.Doubles;

public sealed partial class SearchServiceDouble
{
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}_]+(?:(?:(?<=[\p{L}\p{M}])[:.'’·](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*")]
    private static partial Regex Word(); // as QueryTree's

    private async Task Search(HttpContext context, JsonObject? body)
    {
        if (body is null) { await Refuse(context, 400, "search needs a body"); return; }
        if (body["filter"]?.ToString() is { } sent) Filters.Enqueue(sent);
        Func<JsonObject, bool> filter;
        try { filter = ODataFilter.Parse(body["filter"]?.ToString(), _types); }
        catch (FormatException e) { await Refuse(context, 400, "invalid filter: " + e.Message); return; }
        var text = body["search"]?.ToString() ?? "*";
        QueryTree.Node? query;
        try { query = Query(text, body["queryType"]?.ToString()); }
        catch (FormatException e) { await Refuse(context, 400, "invalid query: " + e.Message); return; }
        var fields = (body["searchFields"]?.ToString() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var weights = Weights(body["scoringProfile"]?.ToString());
        var evaluation = new QueryTree.Context(fields.Length > 0 ? fields : _searchable.ToArray(), weights);
        var scored = new List<(JsonObject Doc, double Score)>();
        foreach (var doc in _documents.Values.Where(filter))
        {
            if (query is null) { scored.Add((doc, 1)); continue; }
            var (match, score) = query.Evaluate(doc, evaluation);
            if (match) scored.Add((doc, score));
        }
        var highlighted = query?.Positive().ToList() ?? [];
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
            if (body["highlight"]?.ToString() is { } highlight && highlighted.Count > 0)
            {
                var highlights = new JsonObject();
                foreach (var field in highlight.Split(','))
                    highlights[field] = new JsonArray(Highlight(doc[field]?.ToString() ?? "", highlighted, body["highlightPreTag"]?.ToString() ?? "<em>", body["highlightPostTag"]?.ToString() ?? "</em>"));
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

    // "*" (or nothing) matches every document. The full syntax is parsed as the service parses it (a malformed
    // query is refused); the simple syntax is served for plain words only, each required (searchMode=all).
    private QueryTree.Node? Query(string text, string? queryType)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "*") return null;
        if (queryType == "full") return FullQuerySyntax.Parse(text, _searchable);
        if (text.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)))
            throw new FormatException("the double serves the simple syntax for plain words only: send queryType=full");
        return new QueryTree.Bool(Word().Matches(text).Select(m => (QueryTree.Occur.Must, (QueryTree.Node)new QueryTree.Term(null, m.Value))).ToList());
    }

    private Dictionary<string, double> Weights(string? profile)
    {
        var weights = new Dictionary<string, double>();
        if (profile is null) return weights;
        var definition = _index?["scoringProfiles"]?.AsArray().FirstOrDefault(p => p?["name"]?.ToString() == profile)
            ?? throw new InvalidOperationException("unknown scoring profile " + profile);
        foreach (var (field, weight) in definition["text"]?["weights"]?.AsObject() ?? []) weights[field] = weight!.GetValue<double>();
        return weights;
    }

    private static string Highlight(string text, List<QueryTree.Leaf> leaves, string pre, string post)
    {
        bool Wanted(string word) => leaves.Any(l => l.Highlights(TextFolding.FoldLoose(word)));
        var first = Word().Matches(text).FirstOrDefault(m => Wanted(m.Value));
        if (first is null) return "";
        var from = Math.Max(0, first.Index - 60);
        var to = Math.Min(text.Length, first.Index + 120);
        return Word().Replace(text[from..to], m => Wanted(m.Value) ? pre + m.Value + post : m.Value);
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
