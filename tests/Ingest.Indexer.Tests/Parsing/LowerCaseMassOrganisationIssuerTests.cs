using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A mass organisation named after "của" with only its first word capitalized, as the spelling rules allow ("Hội cựu chiến
/// binh huyện Thanh Miện"): the organisation's word opens in lower case right after its head, and the issuer runs on over
/// it, so the document named by that issuer and its subject is cited (tests/corpus/README.md, documents by issuer and
/// subject).
/// </summary>
public sealed class LowerCaseMassOrganisationIssuerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_plan_of_a_veterans_association_written_in_lower_case_is_cited_with_its_issuer()
    {
        // kt-026, verbatim.
        var cited = Assert.Single(Parser.Parse("Thực hiện Kế hoạch của Hội cựu chiến binh huyện Thanh Miện về tổ chức đại hội Cựu chiến binh cấp cơ sở tiến tới Đại hội đại biểu Hội CCB huyện nhiệm kỳ 2022 - 2027.").Citations);
        Assert.Equal("Kế hoạch", cited.Type);
        Assert.Null(cited.Number);
        Assert.Equal("Hội cựu chiến binh huyện Thanh Miện", cited.Issuer);
    }

    [Fact]
    public void A_lower_case_word_that_opens_no_organisation_s_name_ends_the_issuer()
    {
        // Near miss: "Hội phát động …" is the body acting, its verb no part of its name.
        var cites = Parser.Parse("Thực hiện Kế hoạch của Hội phát động phong trào thi đua năm 2024.").Citations;
        Assert.DoesNotContain(cites, c => c.Issuer is { } issuer && issuer.Contains("phát động"));
    }
}
