using System.Globalization;
using System.Text;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// A query read by <see cref="SearchSyntax"/>, written for Azure AI Search as the full Lucene syntax
/// (queryType=full, searchMode=all): every clause carries its own operator ('+' required, '-' excluded, OR
/// between alternatives), so its meaning does not hang on the parser's defaults; every character the syntax
/// reserves is escaped, so nothing typed can make the request malformed (the full parser answers 400 to a
/// malformed query, where the simple one guesses). Text field terms search one field (<c>titleFolded:(…)</c>);
/// filter field terms (level, province, year, type) become OData filter clauses. Pure.
/// </summary>
internal static class AzureSearchQueryText
{
    // The characters the full syntax reserves (Azure AI Search, "Lucene query syntax", escaping).
    private const string Reserved = "+-&|!(){}[]^\"~*?:\\/";

    /// <summary>What one query sends: the search text ("*" for none), filter clauses, and whether it ranks by text.</summary>
    internal sealed record Rendered(string Search, IReadOnlyList<string> Filters, bool Ranked);

    public static Rendered Render(ReadQuery query)
    {
        var clauses = new List<string>();
        var filters = new List<string>();
        var ranked = false;
        if (query.Main is { } main)
        {
            clauses.Add(Required(main));
            ranked = true;
        }
        foreach (var f in query.Fields)
        {
            if (SearchSyntax.TextFields.Contains(f.Field))
            {
                if (SearchSyntax.Parse(f.Value) is not { } value) continue;
                clauses.Add((f.Excludes ? "-" : "+") + f.Field + "Folded:(" + Group(value) + ")");
                ranked |= !f.Excludes;
            }
            else filters.Add(f.Excludes ? "not (" + FilterOf(f) + ")" : FilterOf(f));
        }
        return new Rendered(clauses.Count == 0 ? "*" : string.Join(' ', clauses), filters, ranked);
    }

    // A clause that must hold: "+x", or "-x" for a negation.
    private static string Required(QueryNode node) => node is NotNode n ? "-" + Group(n.Inner) : "+" + Group(node);

    private static string Group(QueryNode node) => node switch
    {
        // Lower case, so a word typed "AND", "OR" or "NOT" stays a word; the service's analyzers split the term
        // into words as the embedded index's do ("34-CT/TW" is 34, ct and tw, all in one field).
        TermNode t => Escape(t.Text.ToLowerInvariant()),
        PrefixNode p => Escape(TextFolding.FoldLoose(p.Text)) + "*",
        FuzzyNode f => Escape(TextFolding.FoldLoose(f.Text)) + "~" + f.Distance.ToString(CultureInfo.InvariantCulture),
        PhraseNode p => "\"" + Escape(p.Text, inPhrase: true) + "\"" + (p.Slop > 0 ? "~" + p.Slop.ToString(CultureInfo.InvariantCulture) : ""),
        // A negation among alternatives stands alone: every plan but those.
        NotNode n => "(-" + Group(n.Inner) + ")",
        BoolNode { All: true } b => "(" + string.Join(' ', b.Clauses.Select(Required)) + ")",
        BoolNode b => "(" + string.Join(" OR ", b.Clauses.Select(Group)) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Text with every reserved character of the full syntax (and white space outside a phrase) escaped by a backslash.</summary>
    internal static string Escape(string text, bool inPhrase = false)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Reserved.Contains(c) || (!inPhrase && char.IsWhiteSpace(c))) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Filter field terms as the embedded index reads them: the value without its quotes, a province by its
    // slug (that province only, not those merged into it), a year that is not a number matches nothing.
    private static string FilterOf(FieldClause f)
    {
        var value = f.Value.Trim('"');
        return f.Field switch
        {
            "level" => $"level eq {AzureSearchPlanIndex.Q(value)}",
            "province" => $"provinceSlug eq {AzureSearchPlanIndex.Q(TextFolding.Slug(value))}",
            "year" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? $"year eq {year}" : "false",
            _ => $"(docTypeId eq {AzureSearchPlanIndex.Q(value)} or docType eq {AzureSearchPlanIndex.Q(value)})",
        };
    }
}
