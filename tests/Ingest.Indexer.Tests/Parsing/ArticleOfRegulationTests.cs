using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An article cited in a regulation ("tại Điều 15 Quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV", jd-015, a
/// news page on the civil-service exam of 2025) points into it: the regulation stands as the document the sentence rests
/// on, as after "Căn cứ", and is cited by name with the document that issued it; a Quy định as a Quy chế (kn-065, iw-012).
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
    // kn-065: a Quy định, as a Quy chế, issued with a circular, an article of it cited.
    [InlineData("Căn cứ tại khoản 2 Điều 5 Quy định Đánh giá học sinh trung học ban hành kèm theo Thông tư 22/2021/TT-BGDĐT quy định như sau:", "Quy định Đánh giá học sinh trung học")]
    // iw-012: a Quy định standing as the basis, with the document that issued it.
    [InlineData("Căn cứ Quy định về công tác tuyển sinh của Trường Đại học Sư phạm ban hành kèm theo Quyết định số 120/QĐ-ĐHSP ngày 10/3/2024;", "Quy định về công tác tuyển sinh của Trường Đại học Sư phạm")]
    public void A_regulation_by_its_name_standing_as_the_basis_is_cited_with_the_document_that_issued_it(string text, string name)
    {
        Assert.Contains(("Quy định", name), Cited(text));
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
