using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Documents named by type, issuer and subject listed one after another (tests/corpus/README.md, documents by issuer and
/// subject): the first one's subject ends where a comma or "và" brings the next, named the same way, and each is cited.
/// </summary>
public sealed class ListedByIssuerAndSubjectTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Cite(string text) => Parser.Parse(text).Citations;

    [Fact]
    public void A_directive_named_by_its_issuer_after_a_comma_ends_the_letter_s_subject()
    {
        // ju-008, verbatim.
        var cites = Cite("Theo đó, UBND tỉnh yêu cầu các Sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thành, thị triển khai thực hiện nghiêm túc các nội dung tại Công văn của Tỉnh ủy về tổ chức Tết Ất Tỵ năm 2025, Chỉ thị của Chủ tịch UBND tỉnh về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Ất Tỵ năm 2025 vui tươi, lành mạnh, an toàn, tiết kiệm. Đồng thời, phân công, bố trí cán bộ, công chức, nhân viên trực xử lý công việc và thực hiện chế độ thông tin, báo cáo trong dịp Tết Nguyên đán theo đúng quy định.");
        Assert.Equal(["Công văn", "Chỉ thị"], cites.Select(c => c.Type));
        Assert.All(cites, c => Assert.Null(c.Number));
        Assert.DoesNotContain("Chỉ thị", cites[0].Text);
        Assert.StartsWith("Chỉ thị của Chủ tịch UBND tỉnh", cites[1].Text);
    }

    [Fact]
    public void Two_announced_decisions_joined_by_and_are_each_cited()
    {
        // ml-019, verbatim.
        var cites = Cite("TPO - Chiều 28/2, Công an tỉnh Thanh Hóa tổ chức Lễ công bố Quyết định của Bộ trưởng Bộ Công an về giải thể Công an huyện, thị xã, thành phố và Quyết định của Giám đốc Công an tỉnh về công tác cán bộ.");
        Assert.Equal(
            ["Quyết định của Bộ trưởng Bộ Công an về giải thể Công an huyện, thị xã, thành phố", "Quyết định của Giám đốc Công an tỉnh về công tác cán bộ"],
            cites.Select(c => c.Text));
    }

    [Fact]
    public void A_subject_that_names_a_document_it_carries_out_keeps_it()
    {
        // Near miss: the document inside the subject is what the first one carries out, not the next item of a list.
        var cites = Cite("Thực hiện Công văn của Tỉnh ủy về triển khai Chỉ thị của Ban Bí thư về công tác dân vận.");
        var letter = Assert.Single(cites, c => c.Type == "Công văn");
        Assert.Contains("Chỉ thị của Ban Bí thư", letter.Subject ?? letter.Text);
    }

    [Fact]
    public void Two_bare_type_words_joined_by_and_are_one_object_of_the_subject()
    {
        // Near miss (the code review's): "Kết luận và Chỉ thị của Ban Bí thư" are both what the letter carries out; the "và"
        // after a bare type word brings no next document of a list.
        var cites = Cite("Thực hiện Công văn của Tỉnh ủy về thực hiện Kết luận và Chỉ thị của Ban Bí thư về công tác dân vận, các cơ quan triển khai.");
        var letter = Assert.Single(cites, c => c.Type == "Công văn");
        Assert.Contains("Chỉ thị của Ban Bí thư", letter.Subject ?? letter.Text);
    }
}
