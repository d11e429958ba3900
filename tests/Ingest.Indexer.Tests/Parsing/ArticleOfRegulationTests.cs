using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An article cited in a regulation ("tại Điều 15 Quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV", jd-015, a
/// news page on the civil-service exam of 2025) points into it: the regulation stands as the document the sentence rests
/// on, as after "Căn cứ", and is cited by name with the document that issued it.
/// </summary>
public sealed class ArticleOfRegulationTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string Text)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Text)).ToList();

    [Fact]
    public void A_regulation_an_article_points_into_is_cited_by_name()
    {
        Assert.Equal([("Quy chế", "Quy chế thi"), ("Thông tư", "Thông tư 22/2025/TT-BNV")],
            Cited("Cách thức tổ chức thi được quy định tại Điều 15 Quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV, cụ thể như sau:"));
    }

    [Theory]
    // Near misses: the regulation inside the subject of the document that issues it, and a count of articles.
    [InlineData("Thông tư 22/2025/TT-BNV ban hành Quy chế thi, gồm 15 Điều.")]
    [InlineData("Dự thảo gồm 15 điều quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV.")]
    public void A_regulation_no_article_points_into_stays_unnamed(string text)
    {
        Assert.Equal(["Thông tư"], Cited(text).Select(c => c.Type));
    }
}
