using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// What a decision, circular or resolution issues "kèm theo" itself ("Ban hành kèm theo Quyết định này Quy chế …") is its
/// own annex, not a document it cites (rule 1 of the plans rule, tests/corpus/README.md). Verbatim passages of the corpus.
/// </summary>
public sealed class OwnAnnexTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    // ji-006, a negative.
    [InlineData("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân huyện Bình Chánh nhiệm kỳ 2016 - 2021.")]
    // lb-017, a negative: a charter, cited even inside a subject, is still the circular's own annex here.
    [InlineData("Điều 1. Ban hành kèm\ntheo Thông tư này Điều lệ Trường tiểu học.")]
    public void A_document_issued_with_the_text_itself_is_not_cited(string text) =>
        Assert.Empty(Parser.Parse(text).Citations);

    [Fact]
    public void A_project_named_inside_the_texts_own_annex_is_not_cited_either()
    {
        // hx-ubnd-quang-ngai-qd-2017-1563, verbatim (its Điều 1): the project is what the decision's own plan carries out.
        Assert.Empty(Parser.Parse("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án “Đổi mới, phát triển trợ giúp xã hội giai đoạn 2018-2025 và tầm nhìn đến năm 2030” tỉnh Quảng Ngãi.").Citations);
    }

    [Fact]
    public void A_regulation_issued_with_another_numbered_decision_is_still_cited()
    {
        // li-010, verbatim: "kèm theo" a numbered decision, not "this" one.
        var cites = Parser.Parse("- Căn cứ vào Điều lệ trường mầm non. Ban hành kèm theo Quyết định số 14/2008/QĐ-BGD&ĐT ngày 7/4/2008 của Bộ trưởng Bộ giáo dục và đào tạo.").Citations;
        Assert.Contains(cites, c => c.Number == "14/2008/QĐ-BGDĐT");
    }
}
