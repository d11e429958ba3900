using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A date written after a citation in the ways news pages write it: "được thông qua vào 12/6/2025" (the verb of passing,
/// "vào" for "ngày"), and a short form's date in a bracket ("Nghị quyết 20 (ngày 18/7/2023)").
/// </summary>
public sealed class WrittenAfterCitationDateTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string? Number, string? Date)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Number, c.Date)).ToList();

    // kl-003 (a 2025 page on the provinces' merger).
    [Fact]
    public void An_adoption_date_after_vao_dates_the_citation()
    {
        var cited = Cited("Nghị quyết 202/2025/QH15 chính thức được thông qua vào 12/6/2025, thực hiện sáp nhập 63 tỉnh thành còn 34 tỉnh thành.");
        Assert.Equal([("202/2025/QH15", "2025-06-12")], cited);
    }

    [Fact]
    public void A_date_after_vao_with_no_verb_of_issuing_is_not_the_documents()
    {
        var cited = Cited("Nghị quyết 202/2025/QH15 có hiệu lực vào 01/7/2025.");
        Assert.Equal([("202/2025/QH15", (string?)null)], cited);
    }

    // kh-025 (HĐND huyện Đông Giang's session, 2024).
    [Fact]
    public void A_short_forms_date_in_a_bracket_dates_it()
    {
        var cited = Cited("bổ sung 6 công trình vào kế hoạch đầu tư trung hạn theo Nghị quyết 20 (ngày 18/7/2023) và Nghị quyết 34 (ngày 20/12/2023 của HĐND huyện Đông Giang) với kinh phí hơn 6,9 tỷ đồng.");
        Assert.Equal([("20", "2023-07-18"), ("34", "2023-12-20")], cited);
    }

    // ml-013 (a procuracy school's page, tks.edu.vn): a space typed before the comma that leads the date, after a serial
    // the page split ("0 1").
    [Fact]
    public void A_space_before_the_comma_still_leads_the_date()
    {
        var cited = Cited("Thực hiện Chỉ thị số 01/2011 /CT-VKSTC ngày 01  tháng 01  năm 2011 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác của ngành Kiểm sát nhân dân năm 2011 và Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10  tháng 12  năm 2010 của Viện trưởng Viện kiểm sát nhân dân tối cao về việc phân công nhiệm vụ kiểm sát thi hành án.");
        Assert.Equal([("01/2011/CT-VKSTC", "2011-01-01"), ("01/QĐ-VKSTC-V9", "2010-12-10")], cited);
    }
}
