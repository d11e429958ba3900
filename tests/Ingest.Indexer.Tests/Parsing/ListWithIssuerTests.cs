using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Serials listed after a capitalized type word and closed by the issuer are documents of that type, also of a type not
/// known by its number alone: "Hội nghị triển khai Đề án 938, 939 của Chính phủ về …" (kz-071, Hội LHPN Ninh Thuận), as
/// "Đề án 02 của …" is one. What follows "của" may be a document, whose parts the numbers count.
/// </summary>
public sealed class ListWithIssuerTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string? Number)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Number)).ToList();

    [Fact]
    public void A_list_closed_by_its_issuer_cites_each_serial()
    {
        Assert.Equal([("Đề án", "938"), ("Đề án", "939")],
            Cited("Ngày 11-10, Hội Liên hiệp Phụ nữ tỉnh tổ chức Hội nghị triển khai Đề án 938, 939 của Chính phủ về “Hỗ trợ phụ nữ khởi nghiệp”."));
    }

    [Theory]
    // Near misses: the parts of a programme, and a list with nothing that makes it documents.
    [InlineData("Xã triển khai Dự án 4, 5 của Chương trình mục tiêu quốc gia trên địa bàn.")]
    [InlineData("Hội viên tham gia Đề án 3, 4 trong năm.")]
    public void A_list_without_an_issuer_is_no_citation(string text)
    {
        Assert.DoesNotContain(Cited(text), c => c.Number is not null);
    }
}
