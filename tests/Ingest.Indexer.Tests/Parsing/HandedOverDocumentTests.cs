using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A document handed over at a ceremony ("HND tỉnh trao Quyết định công nhận 28 hộ nông dân sản xuất, kinh doanh giỏi cấp
/// tỉnh, giai đoạn 2020-2025", iw-036, a commune farmers' association's news) exists, so it was issued: reported as
/// issued, it is cited by its type and subject; the same words in lower case, or "trao đổi" (discuss), are none.
/// </summary>
public sealed class HandedOverDocumentTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_decision_handed_over_is_cited_by_its_subject()
    {
        var cited = Assert.Single(Parser.Parse("HND tỉnh trao Quyết định công nhận 28 hộ nông dân sản xuất, kinh doanh giỏi cấp tỉnh, giai đoạn 2020-2025.").Citations);
        Assert.Equal(("Quyết định", null, "Quyết định công nhận 28 hộ nông dân sản xuất, kinh doanh giỏi cấp tỉnh, giai đoạn 2020-2025"),
            (cited.Type, cited.Number, cited.Text));
    }

    [Theory]
    [InlineData("Lãnh đạo huyện trao quyết định công nhận 28 hộ nông dân sản xuất giỏi.")]
    [InlineData("Các đại biểu trao đổi Quyết định công nhận 28 hộ nông dân sản xuất giỏi.")]
    public void Lower_case_words_or_a_discussion_cite_nothing(string text)
    {
        Assert.Empty(Parser.Parse(text).Citations);
    }
}
