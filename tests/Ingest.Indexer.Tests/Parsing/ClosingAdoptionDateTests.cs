using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A resolution of an elected body printed without its header (jg-ubtvqh-nq-2025-tang-thu-truong-headerless-md: type
/// word, subject, "ỦY BAN THƯỜNG VỤ QUỐC HỘI", Căn cứ, Điều 1-2) is dated by its closing sentence "Nghị quyết này được …
/// thông qua ngày 06 tháng 02 năm 2025"; a copy that keeps its number (sg-quoc-hoi-nq-2025-254) is not.
/// </summary>
public sealed class ClosingAdoptionDateTests
{
    private static readonly PlanParser Parser = new();

    private const string Body = """
        **Về việc tăng thêm số lượng Thứ trưởng, Phó Thủ trưởng cơ quan ngang Bộ**

        **ỦY BAN THƯỜNG VỤ QUỐC HỘI**

        *Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14;*

        **QUYẾT NGHỊ:**

        **Điều 1**

        Tăng thêm 01 Thứ trưởng để tổng số Thứ trưởng Bộ Ngoại giao là không quá 07.

        **Điều 2**

        Nghị quyết này có hiệu lực thi hành từ ngày 06 tháng 02 năm 2025.

        *Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, phiên họp thứ 42, thông qua ngày 06 tháng 02 năm 2025.*
        """;

    [Fact]
    public void A_headerless_resolution_takes_its_closing_adoption_date()
    {
        var record = Parser.Parse("**NGHỊ QUYẾT**\n\n" + Body);

        Assert.Equal("2025-02-06", record.IssueDate);
    }

    [Fact]
    public void The_adoption_note_is_the_dates_evidence_not_a_places()
    {
        var record = Parser.Parse("**NGHỊ QUYẾT**\n\n" + Body);

        var date = record.Fields.Single(f => f.Field == "issueDate");
        var place = record.Fields.Single(f => f.Field == "place");
        Assert.Contains(date.Evidence, e => e.Source == "adoption" && e.Text.Contains("thông qua ngày"));
        Assert.Null(place.Value);
        Assert.Empty(place.Evidence);
    }

    [Fact]
    public void A_resolution_with_its_number_but_no_place_date_line_has_no_date()
    {
        var record = Parser.Parse("Số: 254/2025/QH15\n\n**NGHỊ QUYẾT**\n\n" + Body);

        Assert.Null(record.IssueDate);
    }
}
