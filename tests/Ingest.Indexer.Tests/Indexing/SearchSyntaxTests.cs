using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Indexing;

/// <summary>
/// The query text read once for both backends (the Lucene simple parser's reading), and the full-syntax text the
/// Azure adapter writes from it. Trees are compared in a compact notation: and(…), or(…), not(…), "phrase"~N,
/// prefix*, fuzzy~N.
/// </summary>
public class SearchSyntaxTests
{
    [Theory]
    // matches
    [InlineData("thi đua", "and(thi đua)")]
    [InlineData("a | b c", "and(or(a b) c)")] // left to right, no precedence
    [InlineData("a | (b c)", "or(a and(b c))")]
    [InlineData("a+b", "and(a b)")]
    [InlineData("-a", "not(a)")]
    [InlineData("--a", "a")] // two negations cancel
    [InlineData("a -\"b c\"", "and(a not(\"b c\"))")]
    [InlineData("\"b c\"~2", "\"b c\"~2")]
    [InlineData("chuyen*", "chuyen*")]
    [InlineData("term*1", "term*1")] // '*' is a prefix only at the end
    [InlineData("thuong~1", "thuong~1")]
    [InlineData("thuong~5", "thuong~2")] // at most two edits
    [InlineData("thuong~0", "thuong")]
    [InlineData("34-CT/TW", "34-CT/TW")] // '-' inside a term is part of it
    [InlineData("a\\-b", "a-b")]
    // near misses: nothing to match, or an operator with nothing before it
    [InlineData("", "")]
    [InlineData("\"\"", "")]
    [InlineData("()", "")]
    [InlineData("- ,", "")]
    [InlineData("| a", "a")]
    [InlineData("\"a b", "and(a b)")] // an unclosed quote is ignored
    [InlineData("((a", "a")]
    [InlineData("a)", "a")]
    public void Query_text_is_read_as_the_simple_parser_reads_it(string text, string tree) =>
        Assert.Equal(tree, Show(SearchSyntax.Parse(text)));

    [Fact]
    public void Field_terms_are_taken_out_before_the_rest_is_read()
    {
        var read = SearchSyntax.Read("chi thi -level:province title:\"thi đua\" year:2021");
        Assert.Equal("and(chi thi)", Show(read.Main));
        Assert.Equal(new[] { new FieldClause("level", "province", true), new FieldClause("title", "\"thi đua\"", false), new FieldClause("year", "2021", false) }, read.Fields);
    }

    [Theory]
    [InlineData("thi đua", "+(+thi +đua)", "")]
    [InlineData("34-CT/TW", "+34\\-ct\\/tw", "")]
    [InlineData("thi AND đua", "+(+thi +and +đua)", "")] // an operator word typed is a word
    [InlineData("a | -b", "+(a OR (-b))", "")]
    [InlineData("-a", "-a", "")]
    [InlineData("Chuyển*", "+chuyen*", "")]
    [InlineData("\"a:b\"~2", "+\"a\\:b\"~2", "")]
    [InlineData("title:\"thi đua\" -level:province", "+titleFolded:(\"thi đua\")", "not (level eq 'province')")]
    [InlineData("year:hai", "*", "false")]
    [InlineData("province:'x", "*", "provinceSlug eq 'x'")]
    public void The_azure_adapter_writes_the_full_syntax_with_every_operator_and_escape(string text, string search, string filters)
    {
        var rendered = AzureSearchQueryText.Render(SearchSyntax.Read(text));
        Assert.Equal((search, filters), (rendered.Search, string.Join(" and ", rendered.Filters)));
    }

    [Fact]
    public void Any_text_is_read_without_throwing()
    {
        var random = new Random(16);
        const string alphabet = "ab đ\"()+|-*~\\:/^[]{}!?&12 \t";
        for (var i = 0; i < 5000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var rendered = AzureSearchQueryText.Render(SearchSyntax.Read(text));
            Assert.NotNull(rendered.Search);
        }
    }

    private static string Show(QueryNode? node) => node switch
    {
        null => "",
        TermNode t => t.Text,
        PrefixNode p => p.Text + "*",
        FuzzyNode f => f.Text + "~" + f.Distance,
        PhraseNode p => "\"" + p.Text + "\"" + (p.Slop > 0 ? "~" + p.Slop : ""),
        NotNode n => "not(" + Show(n.Inner) + ")",
        BoolNode b => (b.All ? "and(" : "or(") + string.Join(' ', b.Clauses.Select(Show)) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
