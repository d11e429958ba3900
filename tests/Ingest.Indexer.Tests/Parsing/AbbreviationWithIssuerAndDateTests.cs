using static Ingest.Indexer.Tests.Parsing.CitationRows;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A type's abbreviation with "số", its issuer and its date names one document, as the type word in full does with any
/// of them: "Thực hiện CV số 985 của Phòng giáo dục và đào tạo Sông Công ngày 16/12/2021 về việc …" (kw-021). With only
/// one of them ("KH số 3314 của UBND huyện") it stays the short form of a document the same text cites in full, unless
/// the type is known by its number alone (SerialAloneShortFormTests).
/// </summary>
public sealed class AbbreviationWithIssuerAndDateTests
{
    [Theory]
    [InlineData("Thực hiện CV số 985 của Phòng giáo dục và đào tạo Sông Công ngày 16/12/2021 về việc triển khai Cuộc thi sáng tác tranh cổ động.",
        new[] { "Công văn|985|2021-12-16" })]
    [InlineData("Thực hiện CV số 985 ngày 16/12/2021 của UBND huyện Sông Công về việc triển khai cuộc thi.",
        new[] { "Công văn|985|2021-12-16" })]
    public void An_abbreviation_with_number_issuer_and_date_is_cited(string text, string[] rows)
    {
        Assert.Equal(Expected(rows), Read(text));
    }

    [Theory]
    // Near misses: only the issuer, or only the date, of a type not known by its number alone (a Công văn is: see
    // SerialAloneShortFormTests).
    [InlineData("(Nguồn KH số 3314 của UBND huyện về việc triển khai.)")]
    [InlineData("Thực hiện KH số 985 ngày 16/12/2021 về việc triển khai cuộc thi.")]
    public void An_abbreviation_with_only_its_issuer_or_its_date_stays_a_short_form(string text)
    {
        Assert.Empty(Read(text));
    }
}
