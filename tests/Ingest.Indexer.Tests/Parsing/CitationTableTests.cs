using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>Table tests for whole citations in fragments: each row states only what matters.</summary>
public sealed class CitationTableTests
{
    private static readonly PlanParser Parser = new();

    private static Citation Single(string text)
    {
        var record = Parser.Parse(text);
        Assert.True(record.Citations.Count == 1, $"expected one citation in '{text}', got {record.Citations.Count}: {string.Join(" | ", record.Citations.Select(c => c.Text))}");
        return record.Citations[0];
    }

    [Theory]
    [InlineData("Căn cứ Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị;", "Chỉ thị", "34-CT/TW", "2014-04-07", "Bộ Chính trị", "basis")]
    [InlineData("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ.", "Chỉ thị", "19/CT-TTg", "2021-07-16", "Thủ tướng Chính phủ", "implements")]
    [InlineData("theo Quyết định sô 402/QĐ-TTg ngày 14-3-2016 của Thủ tướng Chính phủ", "Quyết định", "402/QĐ-TTg", "2016-03-14", "Thủ tướng Chính phủ", "implements")]
    [InlineData("Nghị định so 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ", "Nghị định", "91/2017/NĐ-CP", "2017-07-31", "Chính phủ", "mentions")]
    [InlineData("Kế hoạch số 08/KH-UBND ngày 20/01/2022của UBND tỉnh phát động", "Kế hoạch", "08/KH-UBND", "2022-01-20", "UBND tỉnh", "mentions")]
    [InlineData("Thông tri số 28-TT/TU ngày 02/7/2014 của Ban Thường vụ Tỉnh ủy", "Thông tri", "28-TT/TU", "2014-07-02", "Ban Thường vụ Tỉnh ủy", "mentions")]
    [InlineData("Công văn số 238/UBND-KGVX ngày 05.01.2021 của UBND tỉnh", "Công văn", "238/UBND-KGVX", "2021-01-05", "UBND tỉnh", "mentions")]
    [InlineData("tuyên truyền Chỉ thị 34-ct/tw", "Chỉ thị", "34-CT/TW", null, null, "mentions")]
    [InlineData("Kế hoạch số 701/KH-UBND tỉnh ngày 20 tháng 01 năm 2021", "Kế hoạch", "701/KH-UBND", "2021-01-20", "UBND tỉnh", "mentions")]
    [InlineData("Chỉ thị số 34 ngày 07/4/2014 của Bộ Chính trị", "Chỉ thị", "34", "2014-04-07", "Bộ Chính trị", "mentions")]
    [InlineData("Hướng dẫn số 35-HD/BTGTW của Ban Tuyên giáo Trung ương về việc", "Hướng dẫn", "35-HD/BTGTW", null, "Ban Tuyên giáo Trung ương", "mentions")]
    [InlineData("Quyết định số 12/QĐ-UBND của Sở Y tế tỉnh Bình Định ban hành", "Quyết định", "12/QĐ-UBND", null, "Sở Y tế tỉnh Bình Định", "mentions")]
    [InlineData("Kế hoạch số 5/KH-UBND của UBND tỉnh tổ chức thực hiện", "Kế hoạch", "5/KH-UBND", null, "UBND tỉnh", "mentions")]
    public void Reads_a_numbered_citation(string text, string type, string number, string? date, string? issuer, string relation)
    {
        var c = Single(text);
        Assert.Equal((type, number, date, issuer, relation), (c.Type, c.Number, c.Date, c.Issuer, c.Relation));
        Assert.Equal(c.Text, text[c.Start..c.End]);
    }

    [Theory]
    [InlineData("Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003;", "Luật", "2003-11-26", "Quốc hội")]
    [InlineData("thực hiện tốt Luật Phòng, chống tham nhũng;", "Luật", null, "Quốc hội")]
    [InlineData("theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;", "Nghị quyết", null, "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")]
    [InlineData("Thực hiện tốt Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng", "Nghị quyết", null, "Ban Chấp hành Trung ương Đảng khóa XII")]
    [InlineData("Thực hiện Kế hoạch của UBND tỉnh về chỉ tiêu năm 2021;", "Kế hoạch", null, "UBND tỉnh")]
    public void Reads_a_citation_by_name(string text, string type, string? date, string? issuer)
    {
        var c = Single(text);
        Assert.Null(c.Number);
        Assert.Equal((type, date, issuer), (c.Type, c.Date, c.Issuer));
    }

    [Fact]
    public void A_short_form_resolves_to_the_earlier_full_citation_and_shares_its_key()
    {
        var record = Parser.Parse("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ. Tổ chức thực hiện Chỉ thị 19/CT-TTg.");
        Assert.Equal(2, record.Citations.Count);
        Assert.Null(record.Citations[1].Date);
        Assert.Equal(0, record.Citations[1].ResolvedFrom);
        Assert.Equal(record.Citations[0].Key, record.Citations[1].Key);
        Assert.Equal("19/CT-TTg|2021", record.Citations[0].Key);
    }

    [Fact]
    public void Local_documents_carry_the_jurisdiction_in_their_key()
    {
        var a = Parser.Parse("Thực hiện Chỉ thị số 04/CT-UBND ngày 22/01/2021 của UBND tỉnh Khánh Hòa.").Citations[0];
        var b = Parser.Parse("Thực hiện Chỉ thị số 04/CT-UBND ngày 22/01/2021 của UBND tỉnh Đồng Nai.").Citations[0];
        Assert.NotEqual(a.Key, b.Key);
        Assert.Equal("4/CT-UBND|2021|khanh-hoa", a.Key);
    }

    [Fact]
    public void Local_legal_documents_carry_the_province_even_with_the_year_inside()
    {
        var a = Parser.Parse("Căn cứ Nghị quyết số 01/2021/NQ-HĐND ngày 15/3/2021 của HĐND tỉnh Bình Định;").Citations[0];
        var b = Parser.Parse("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ;").Citations[0];
        Assert.Equal("1/2021/NQ-HĐND|binh-dinh", a.Key);
        Assert.Equal("91/2017/NĐ-CP", b.Key);
    }

    [Fact]
    public void Party_keys_carry_the_year_because_numbers_restart_each_term()
    {
        var older = Parser.Parse("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị").Citations[0];
        var newer = Parser.Parse("Chỉ thị số 05-CT/TW ngày 20/6/2021 của Bộ Chính trị").Citations[0];
        Assert.NotEqual(older.Key, newer.Key);
    }

    [Fact]
    public void A_plan_issued_with_a_decision_gives_two_citations()
    {
        var record = Parser.Parse("Thực hiện Kế hoạch phát động thi đua được ban hành kèm theo Quyết định số 786/QĐ-UBDT ngày 16/11/2021 của Ủy ban Dân tộc;");
        Assert.Equal(["Kế hoạch", "Quyết định"], record.Citations.Select(c => c.Type));
        Assert.All(record.Citations, c => Assert.Equal("2021-11-16", c.Date));
        Assert.All(record.Citations, c => Assert.Equal("Ủy ban Dân tộc", c.Issuer));
    }
}
