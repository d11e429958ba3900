using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A law named, then its issuer, then its own number set off by a comma ("…, số 65/2025/QH15") is that law, numbered.
/// </summary>
public sealed class LawNumberAfterIssuerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_law_s_number_after_its_issuer_and_a_comma_numbers_the_law()
    {
        // jm-017.
        var cite = Assert.Single(Parser.Parse("Luật Tổ chức chính quyền địa phương của Quốc hội, số 65/2025/QH15 có hiệu lực từ 01/3/2025 quy định về cơ cấu tổ chức Ủy ban nhân dân xã.").Citations);
        Assert.Equal(("Luật", "65/2025/QH15"), (cite.Type, cite.Number));
    }
}
