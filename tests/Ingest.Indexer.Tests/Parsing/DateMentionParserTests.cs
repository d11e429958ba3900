using Ingest.Indexer.Parsing.Dates;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Anniversaries and periods are read where a year stands before a hyphen (DateMentionParser tries its patterns only
/// there): the same mentions as the patterns read over the whole text.
/// </summary>
public sealed class DateMentionParserTests
{
    private static List<(string Kind, string? From, string? To, string Text)> Mentions(string text) =>
        DateMentionParser.Parse(TextViewBuilder.Build(text), []).Select(m => (m.Kind, m.From, m.To, m.Text)).ToList();

    // co-phuong-phuc-la-tb-2019-thao-bang-ron: the first date glued to the dash, a space before the second.
    [Theory]
    [InlineData("chào mừng Quốc khánh nước Cộng hòa XHCN Việt Nam ( 02/9/1945- 2/9/2019). Theo kế hoạch", "02/9/1945- 2/9/2019", "1945-09-02", "2019-09-02")]
    [InlineData("chào mừng Quốc khánh (2/9/1945 – 2/9/2019) và", "2/9/1945 – 2/9/2019", "1945-09-02", "2019-09-02")]
    [InlineData("kỷ niệm 110 năm ngày Bác ra đi (5/6/1911-5/6/2021)", "5/6/1911-5/6/2021", "1911-06-05", "2021-06-05")]
    public void An_anniversary_is_read_whatever_its_dates_width(string text, string written, string from, string to) =>
        Assert.Equal([("anniversary", from, to, written)], Mentions(text));

    // "cấp huyện, cấp xã giai đoạn 2023-2030" (ia-xa-chuong-duong-149-TB-UBND-2025); a run of three years reads its
    // first two, as the pattern did over the whole text.
    [Theory]
    [InlineData("cấp huyện, cấp xã giai đoạn 2023-2030; Nghị quyết", "2023-2030", "2023", "2030")]
    [InlineData("giai đoạn 2021 - 2025, tầm nhìn", "2021 - 2025", "2021", "2025")]
    [InlineData("các năm 2019-2020-2021 tiếp theo", "2019-2020", "2019", "2020")]
    public void A_period_is_read_from_its_first_year(string text, string written, string from, string to) =>
        Assert.Equal([("period", from, to, written)], Mentions(text));

    // Near misses: a date before a hyphen that no date follows, a year glued to a serial ("12-2021-2025"), a day and
    // month without year.
    [Theory]
    [InlineData("ngày 12/3/2021 - ngày 15/3/2021 họp")]
    [InlineData("mã số 12-2021-2025 cấp")]
    [InlineData("từ 15/3 - 20/3 hằng năm")]
    [InlineData("ngày 2/9/1945-2/9 hằng năm")]
    public void No_mention_where_the_pattern_reads_none(string text) =>
        Assert.Empty(Mentions(text));

    // The bounds are read from where a match stands, not from its groups (issue 12, parser speed): a quarter's year
    // ends its match ("quý III/2025", "quý IV năm 2020"), a quarter in capitals needs none ("Quý III"), and a period in
    // words has its years after "từ năm " and at its end (corpus texts).
    [Theory]
    [InlineData("của Bộ Chính trị trong quý III/2025 và nhiệm vụ", "quarter", "2025", null, "quý III/2025")]
    [InlineData("kiện lịch sử quan trọng trong quý IV năm 2020, nội dung", "quarter", "2020", null, "quý IV năm 2020")]
    [InlineData("Quý III: tổ chức sơ kết", "quarter", null, null, "Quý III")]
    [InlineData("giai đoạn I: từ năm 2021 đến năm 2025 trên địa bàn", "period", "2021", "2025", "từ năm 2021 đến năm 2025")]
    public void A_mention_reads_its_bounds_from_where_it_stands(string text, string kind, string? from, string? to, string written) =>
        Assert.Equal([(kind, from, to, written)], Mentions(text));

    // Near miss: a quarter in lower case with no year names no time of its own ("vào cuối quý III").
    [Fact]
    public void A_quarter_in_lower_case_without_year_is_no_mention() =>
        Assert.Empty(Mentions("hằng năm (vào cuối quý III), cơ quan"));
}
