using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A resolution of an elected body printed without its header (jg-ubtvqh-nq-2025-tang-thu-truong-headerless-md: type
/// word, subject, "ỦY BAN THƯỜNG VỤ QUỐC HỘI", Căn cứ, Điều 1-2) is dated by its closing sentence "Nghị quyết này được …
/// thông qua ngày 06 tháng 02 năm 2025", and so is a copy that keeps its number but prints no place-date line
/// (sg-quoc-hoi-nq-2025-254, jx-ubtvqh-nq-2022-17-repo).
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

    // sg-quoc-hoi-nq-2025-254, jx-ubtvqh-nq-2022-17-repo: a copy that keeps the issuer line and the number but prints no
    // place-date line (a Công báo text) is dated by its adoption too (corpus README, settled in the twenty-second session).
    [Fact]
    public void A_resolution_with_its_number_but_no_place_date_line_takes_its_adoption_date()
    {
        var record = Parser.Parse("ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nSố: 17/2022/UBTVQH15\n\n**NGHỊ QUYẾT**\n\n" + Body);

        Assert.Equal("17/2022/UBTVQH15", record.Number);
        Assert.Equal("2025-02-06", record.IssueDate);
    }

    // Near miss: a place-date line, even one the closing sentence contradicts, is the date of issue.
    [Fact]
    public void A_place_date_line_is_the_date_whatever_the_closing_says()
    {
        var record = Parser.Parse("Số: 17/2022/UBTVQH15\n\nHà Nội, ngày 23 tháng 3 năm 2022\n\n**NGHỊ QUYẾT**\n\n" + Body);

        Assert.Equal("2022-03-23", record.IssueDate);
    }
}
