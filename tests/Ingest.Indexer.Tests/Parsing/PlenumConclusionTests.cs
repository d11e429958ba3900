using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The conclusion a Central Committee plenum adopted, named by the plenum with its capital, is cited by name; the same
/// words in lower case after "phát biểu" are the speech that closes the plenum.
/// </summary>
public sealed class PlenumConclusionTests
{
    private static readonly PlanParser Parser = new();

    // lz-020, danguykhoicaccqvadn.namdinh.gov.vn (Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Nam Định): a page heading.
    [Fact]
    public void A_plenums_conclusion_with_its_capital_is_cited_by_name()
    {
        var cited = Assert.Single(Parser.Parse("Kết luận Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII").Citations);
        Assert.Equal(("Kết luận", null), (cited.Type, cited.Number));
        Assert.Equal("Kết luận Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII", cited.Text);
    }

    [Fact]
    public void A_closing_speech_in_lower_case_cites_nothing()
    {
        Assert.Empty(Parser.Parse("Tổng Bí thư phát biểu kết luận Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII.").Citations);
    }
}
