using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The Lucene index's field names and analyzers. Every text is indexed twice, as Azure AI Search does with a
/// folded and an exact field: folded (lower case, every mark and đ removed: "thi dua" finds "thi đua") for
/// matching, exact (lower case, marks kept) so a query typed with marks ranks exact matches first. Pure.
/// </summary>
internal static class LuceneFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id";
    /// <summary>The id again as doc values, read per hit without decoding stored fields.</summary>
    public const string IdValue = "f_id";
    public const string Title = "title";
    public const string Cited = "cited";
    public const string Body = "body";
    public const string Issuer = "issuer";
    /// <summary>
    /// The exact twin of the three folded text fields: title, citations and body in one field, since the bonus
    /// it gives asks only whether a plan has the word as typed anywhere. One term per typed word to look up and
    /// advance, where three fields ("title_x", "cited_x", "body_x", schema 1) took three.
    /// </summary>
    public const string Exact = "text_x";

    /// <summary>
    /// The shape of the documents and fields. An index committed with another (or none: schema 1) is rebuilt
    /// from the catalog when it is opened.
    /// </summary>
    public const string Schema = "2";

    // Filters: one untokenized term per value.
    public const string Level = "level";
    public const string Province = "province";
    public const string Year = "year";
    public const string Type = "type";
    public const string IssueDate = "issue_date";


    /// <summary>Doc-values fields counted by the facet collector, in the facet names' order.</summary>
    public static readonly (string Facet, string Field)[] Facets =
        [("level", "f_level"), ("province", "f_province"), ("year", "f_year"), ("issuer", "f_issuer"), ("type", "f_type")];

    public const string SortDate = "f_date";

    /// <summary>
    /// Snippets are cut from at most this many leading characters of a plan's text (read from the catalog, not
    /// stored in Lucene: a copy there was a fifth of the bytes the index wrote), so one huge line-less plan (a
    /// 5 MiB OCR dump) costs a search no more than an ordinary one.
    /// </summary>
    public const int SnippetWindow = 32_000;

    /// <summary>The text fields and their weights (as the FTS5 index had them: title 5, citations 3, body 1).</summary>
    public static readonly IDictionary<string, float> Weights = new Dictionary<string, float>
    {
        [Title] = 5f, [Cited] = 3f, [Body] = 1f,
    };

    /// <summary>
    /// Folded: StandardTokenizer (UAX#29 words), lower case, ASCII folding (which folds đ, unlike FTS5); the two
    /// filters' work done in one pass (<see cref="LowerFoldFilter"/>).
    /// </summary>
    public static Analyzer Folded() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerFoldFilter(tokenizer, fold: true));
    });

    /// <summary>Exact: the same words, lower case, marks kept.</summary>
    public static Analyzer ExactAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerFoldFilter(tokenizer, fold: false));
    });

    /// <summary>The writer's analyzer: exact for the exact field, folded for the rest.</summary>
    public static Analyzer PerField() =>
        new PerFieldAnalyzerWrapper(Folded(), new Dictionary<string, Analyzer> { [Exact] = ExactAnalyzer() });
}
