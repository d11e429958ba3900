using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An abbreviation the text defines in brackets after its type word ("7 nghị quyết (NQ)") is that type word from there
/// on, and the items of a counted list of adopted resolutions named after "Trong đó có" are each cited by name
/// (tests/corpus/README.md, "NQ" defined by the text, is-044). Verbatim passages of the corpus.
/// </summary>
public sealed class DefinedAbbreviationTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Resolutions(string text) =>
        Parser.Parse(text).Citations.Where(c => c.Type == "Nghị quyết").ToList();

    [Fact]
    public void Resolutions_named_by_the_abbreviation_the_text_defined_are_each_cited_and_the_plural_is_not()
    {
        // is-044, verbatim.
        var cites = Resolutions("Sau khi xem xét, thảo luận các báo cáo, tờ trình, các đại biểu HĐND phường thống nhất thông qua 7 nghị quyết (NQ) quan trọng. Trong đó có NQ về nhiệm vụ phát triển KT-XH 6 tháng cuối năm 2025; NQ phân bổ dự toán ngân sách năm 2025; NQ điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 và kế hoạch đầu tư công năm 2025; NQ về đổi tên các tổ dân phố; cùng các NQ về chương trình giám sát, tổ chức kỳ họp và bảo đảm thực hiện dân chủ ở cơ sở.");
        Assert.Equal(["NQ về nhiệm vụ phát triển KT-XH 6 tháng cuối năm 2025", "NQ phân bổ dự toán ngân sách năm 2025",
            "NQ điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 và kế hoạch đầu tư công năm 2025", "NQ về đổi tên các tổ dân phố"],
            cites.Select(c => c.Text));
        Assert.All(cites, c => Assert.Null(c.Number));
    }

    [Fact]
    public void An_abbreviation_the_text_never_defined_names_no_resolution_by_its_subject()
    {
        // Near miss: is-044's list without the count and the bracket that define "NQ".
        Assert.Empty(Resolutions("Trong đó có NQ về nhiệm vụ phát triển KT-XH 6 tháng cuối năm 2025; NQ phân bổ dự toán ngân sách năm 2025."));
    }

    [Fact]
    public void Among_them_with_no_count_of_adopted_documents_before_opens_no_list()
    {
        // Near miss: "Trong đó có" after a sentence that adopted nothing.
        Assert.Empty(Resolutions("Hội nghị đã thảo luận về 7 nghị quyết (NQ) quan trọng. Trong đó có NQ về nhiệm vụ phát triển KT-XH 6 tháng cuối năm 2025."));
    }
}
