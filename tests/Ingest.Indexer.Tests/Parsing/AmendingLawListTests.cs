using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A law that amends several names them all before its number ("Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán,
/// Luật Kế toán, … số 56/2024/QH15"): one citation, the amending law's, whose name runs over the list, and no citation
/// of the laws it amends. Excerpts verbatim from the corpus (passage mr-014, UBND thành phố Hải Phòng; document
/// ie-chu-tich-hue-123-2025-QD-CTUBND-repo).
/// </summary>
public sealed class AmendingLawListTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("*Căn cứ Luật sửa đổi,\nbổ sung một số điều của luật chứng khoán, luật kế toán, luật kiểm toán độc lập,\nluật ngân sách nhà nước, luật quản lý, sử dụng tài sản công, luật quản lý thuế,\nluật thuế thu nhập cá nhân, luật dự trữ quốc gia, luật xử lý vi phạm hành chính\nsố 56/2024/QH15 ngày 29 tháng 11 năm 2024;*")]
    [InlineData("*Căn cứ Luật sửa đổi, bổ sung\nmột số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật\nNgân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật\nThuế thu nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính số\n56/2024/QH15;*")]
    public void The_number_after_the_list_is_the_amending_laws(string text)
    {
        var citations = Parser.Parse(text).Citations;
        var law = Assert.Single(citations);
        Assert.Equal("56/2024/QH15", law.Number);
        Assert.StartsWith("Luật sửa đổi", law.Text);
    }
}
