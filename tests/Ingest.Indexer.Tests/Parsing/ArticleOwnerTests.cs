using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An article belongs to one document, so a type's abbreviation and number after "Điều N" name that document
/// ("thực hiện đánh giá định kỳ đúng như Điều 10 của TT 22. Sở GD&amp;ĐT thực hiện theo Điều 17 TT 22", kz-063, a Sở's
/// Q&amp;A on Thông tư 22), where "TT 22" alone counts only beside a full citation.
/// </summary>
public sealed class ArticleOwnerTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string? Number, string Text)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number, c.Text)).ToList();

    [Fact]
    public void An_abbreviation_after_an_article_names_its_document()
    {
        Assert.Equal([("Thông tư", "22", "TT 22"), ("Thông tư", "22", "TT 22")],
            Cited("Các trường thực hiện đánh giá định kỳ đúng như Điều 10 của TT 22. Sở thực hiện theo Điều 17 TT 22 (chỉ đạo các phòng)."));
    }

    [Theory]
    // Near misses: an abbreviation and number with no article before it (of a type not known by its number alone: "theo
    // TT 22" names the circular by itself, SerialAloneShortFormTests), and an article of a law's own number.
    [InlineData("Các trường thực hiện đánh giá định kỳ theo KH 22 của năm học.")]
    [InlineData("Việc đánh giá nêu tại Điều 10 và khoản 22 của văn bản.")]
    public void An_abbreviation_without_an_article_stays_a_short_form(string text)
    {
        Assert.Empty(Cited(text));
    }
}
