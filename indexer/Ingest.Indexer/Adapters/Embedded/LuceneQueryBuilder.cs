using System.Text.RegularExpressions;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = Ingest.Indexer.Adapters.Embedded.LuceneFields;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into a Lucene query with Azure AI Search's simple syntax and
/// searchMode=all: every word required, "phrases in quotes", +, | and - operators, prefix*, plus field terms
/// (title:, cited:, body:, issuer:, level:, province:, year:, type:) as the full syntax allows. Text matches
/// the folded fields; each word typed with marks adds a fixed bonus when the exact field has it, so exact
/// matches rank above folded-only ones ("Định Quán" before "quản", "quan"). Never throws on any text.
/// Thread-safe.
/// </summary>
internal sealed partial class LuceneQueryBuilder
{
    /// <summary>Bonus per word found as typed: above any BM25 score, so exact matches always come first.</summary>
    public const float ExactBonus = 100f;

    private readonly Analyzer _folded = F.Folded();
    private readonly Analyzer _exact = F.ExactAnalyzer();

    // Field terms are read as the Azure adapter reads them (one pattern for both backends).
    private static Regex FieldTerm() => SearchSyntax.FieldTerm();

    /// <summary>The query, and whether it has text to rank by (else results are browsed newest first).</summary>
    public (Query Query, bool Ranked) Build(SearchQuery q)
    {
        var outer = new BooleanQuery();
        var text = LucenePlanDocument.Nfc(q.Text ?? "");
        var ranked = false;
        var fieldTerms = FieldTerm().Matches(text).ToList();
        var rest = FieldTerm().Replace(text, " ");
        if (Parse(rest, F.Weights) is { } main) { outer.Add(main, Occur.MUST); ranked = true; }
        foreach (var m in fieldTerms)
        {
            var field = m.Groups["field"].Value.ToLowerInvariant();
            var value = m.Groups["value"].Value;
            var occur = m.Groups["op"].Value == "-" ? Occur.MUST_NOT : Occur.MUST;
            Query? clause = field switch
            {
                F.Title or F.Cited or F.Body or F.Issuer => Parse(value, new Dictionary<string, float> { [field] = 1f }),
                F.Level => new TermQuery(new Term(F.Level, value.Trim('"'))),
                F.Province => new TermQuery(new Term(F.Province, TextFolding.Slug(value.Trim('"')))),
                F.Year => new TermQuery(new Term(F.Year, value.Trim('"'))),
                _ => TypeQuery(value.Trim('"')),
            };
            if (clause is null) continue;
            if (field is F.Title or F.Cited or F.Body or F.Issuer && occur == Occur.MUST) { outer.Add(clause, occur); ranked = true; }
            else outer.Add(occur == Occur.MUST ? Filter(clause) : clause, occur);
        }
        if (ranked) AddExactBonus(outer, rest + " " + string.Join(' ', fieldTerms.Select(m => m.Groups["value"].Value)));
        AddFilters(outer, q);
        if (!outer.Clauses.Any(c => c.Occur == Occur.MUST)) outer.Add(new MatchAllDocsQuery(), Occur.MUST);
        return (outer, ranked);
    }

    // Simple syntax, every word required (searchMode=all). A query of only exclusions ("-quan") means
    // "everything but", as in Azure AI Search, not nothing.
    private Query? Parse(string text, IDictionary<string, float> weights)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parser = new FoldingQueryParser(_folded, weights) { DefaultOperator = Occur.MUST };
        var query = parser.Parse(text);
        if (query is BooleanQuery b)
        {
            if (b.Clauses.Count == 0) return null;
            if (b.Clauses.All(c => c.IsProhibited)) b.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query;
    }

    // Prefix and fuzzy terms skip analysis; folding them as the fields are folded lets "Chuyển*" find
    // "chuyển đổi" (the Azure adapter sends them folded too).
    private sealed class FoldingQueryParser(Analyzer analyzer, IDictionary<string, float> weights) : SimpleQueryParser(analyzer, weights)
    {
        protected override Query NewPrefixQuery(string text) => base.NewPrefixQuery(TextFolding.FoldLoose(text));

        protected override Query NewFuzzyQuery(string text, int fuzziness) => base.NewFuzzyQuery(TextFolding.FoldLoose(text), fuzziness);
    }

    private void AddExactBonus(BooleanQuery outer, string typed)
    {
        foreach (var word in SearchText.Words(typed).Distinct())
        {
            if (TextFolding.FoldLoose(word) == word) continue; // typed without marks: folded matching says it all
            foreach (var token in Tokens(_exact, word))
                outer.Add(new ConstantScoreQuery(new TermQuery(new Term(F.Exact, token))) { Boost = ExactBonus }, Occur.SHOULD);
        }
    }

    private void AddFilters(BooleanQuery outer, SearchQuery q)
    {
        if (q.Level is not null) outer.Add(Filter(new TermQuery(new Term(F.Level, q.Level))), Occur.MUST);
        if (q.Province is not null)
        {
            // Today's province also covers the provinces merged into it in 2025; plans keep their old province.
            var provinces = new BooleanQuery();
            foreach (var p in Places.ProvinceMerges.Default.Covering(q.Province)) provinces.Add(new TermQuery(new Term(F.Province, TextFolding.Slug(p))), Occur.SHOULD);
            outer.Add(Filter(provinces), Occur.MUST);
        }
        if (q.Year is { } year) outer.Add(Filter(new TermQuery(new Term(F.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture)))), Occur.MUST);
        if (q.Type is not null) outer.Add(Filter(TypeQuery(q.Type)), Occur.MUST);
        if (q.Issuer is not null)
        {
            // The issuer's words in order, marks ignored: "ban dan toc" is any Ban Dân tộc.
            var phrase = new QueryBuilder(_folded).CreatePhraseQuery(F.Issuer, q.Issuer);
            outer.Add(phrase is null ? new BooleanQuery() : Filter(phrase), Occur.MUST);
        }
        if (q.IssuedFrom is not null || q.IssuedTo is not null)
            outer.Add(Filter(TermRangeQuery.NewStringRange(F.IssueDate, q.IssuedFrom?.ToString("yyyy-MM-dd"), q.IssuedTo?.ToString("yyyy-MM-dd"), true, true)), Occur.MUST);
    }

    private static Query TypeQuery(string type)
    {
        var any = new BooleanQuery
        {
            { new TermQuery(new Term(F.Type, type)), Occur.SHOULD },
            { new TermQuery(new Term(F.Type, LucenePlanDocument.TypeTerm(type))), Occur.SHOULD },
        };
        return any;
    }

    // A filter takes part in matching but not in the score.
    private static Query Filter(Query q) => new ConstantScoreQuery(q) { Boost = 0f };

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("x", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
