using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A cited document's issuer whose department's sector is written in lower case right after its head ("Phòng giáo dục
/// và đào tạo Sông Công", kw-021, a primary school's news page) runs through "và" and the known tail of a body's name,
/// so the date written after the issuer is the document's. A head followed by lower-case words with no such tail stops
/// at the head, as before.
/// </summary>
public sealed class LowerCaseSectorIssuerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_lower_case_sector_after_a_head_belongs_to_the_issuer_and_its_date_is_read()
    {
        var cited = Assert.Single(Parser.Parse("Thực hiện Công văn số 985 của Phòng giáo dục và đào tạo Sông Công ngày 16/12/2021 về việc triển khai Cuộc thi sáng tác tranh cổ động.").Citations);
        Assert.Equal(("985", "2021-12-16", "Phòng giáo dục và đào tạo Sông Công"), (cited.Number, cited.Date, cited.Issuer));
    }

    [Fact]
    public void Lower_case_words_after_a_head_without_a_known_tail_are_no_part_of_the_issuer()
    {
        var cited = Assert.Single(Parser.Parse("Thực hiện Công văn số 985 của Phòng triển khai và tổ chức cuộc thi cho học sinh.").Citations);
        Assert.Equal("Phòng", cited.Issuer);
    }
}
