using Ingest.Indexer.Graph;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Graph;

public sealed class DocumentRefParserTests
{
    private static readonly DocumentRefParser Refs = new(new PlanParser());

    [Theory]
    [InlineData("Kế hoạch 143/KH-UBND năm 2023 của UBND huyện Sơn Tịnh tỉnh Quảng Ngãi", "143/KH-UBND|2023|quang-ngai/huyen-son-tinh")]
    [InlineData("Kế hoạch số 7/KH-UBND năm 2021 của UBND tỉnh Khánh Hòa", "7/KH-UBND|2021|khanh-hoa")]
    public void A_reference_naming_number_year_and_jurisdiction_gives_the_key_of_that_bodys_document(string text, string key)
    {
        Assert.Equal(key, Refs.Parse(text).OwnDocumentKey);
    }

    [Theory]
    [InlineData("Chỉ thị số 34-CT/TW ngày 07/4/2014")] // no province: a central document, looked up by number and year
    [InlineData("Kế hoạch 143/KH-UBND của UBND huyện Sơn Tịnh tỉnh Quảng Ngãi")] // no year
    [InlineData("Chỉ thị 34")] // no codes
    public void A_reference_missing_a_part_gives_no_document_key(string text)
    {
        Assert.Null(Refs.Parse(text).OwnDocumentKey);
    }

    [Theory]
    [InlineData("Nghị quyết Đại hội XIII")]
    [InlineData("nghị quyết đại hội 13")]
    [InlineData("Nghị quyết Đại hội lần thứ XIII")]
    [InlineData("Nghị quyết Đại hội XIII của Đảng")]
    public void A_congress_typed_by_its_number_alone_is_the_national_one_as_plans_key_it(string text)
    {
        var plan = new PlanParser().Parse("Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, UBND xã ban hành kế hoạch.");
        var cited = Assert.Single(plan.Citations, c => c.Key.Contains("dai-hoi", StringComparison.Ordinal));
        Assert.Equal(cited.Key, Refs.Parse(text).Key);
    }

    [Fact]
    public void A_province_congress_keeps_its_own_key()
    {
        Assert.DoesNotContain("toan-quoc", Refs.Parse("Nghị quyết Đại hội XV Đảng bộ tỉnh").Key ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Luật Tổ chức HĐND")]
    [InlineData("Luật Tổ chức Hội đồng nhân dân")]
    public void A_law_named_with_a_bodys_abbreviation_meets_the_same_name_spelled_out(string text)
    {
        var plan = new PlanParser().Parse("Căn cứ Luật Tổ chức Hội đồng nhân dân ngày 26 tháng 11 năm 2003;\nCăn cứ Luật Tổ chức HĐND;");
        Assert.Equal(2, plan.Citations.Count);
        Assert.All(plan.Citations, c => Assert.Equal("luat:to-chuc-hoi-dong-nhan-dan", c.Key));
        Assert.Equal("luat:to-chuc-hoi-dong-nhan-dan", Refs.Parse(text).Key);
    }
}
