using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A plan named by a lower-case subject that closes with the year it is for, standing as what the sentence carries out,
/// is cited by name however long its subject and whatever pairs a comma or a dash joins in it ("phòng, chống", "giao,
/// nhận", "kinh tế - xã hội"); a comma whose part goes on to the plan's scope stays in the name (tests/corpus/README.md,
/// plans by name). Verbatim passages of the corpus.
/// </summary>
public sealed class PlanSubjectYearTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    // mn-006 (a commune's page)
    [InlineData("Ngày 15/10/2024, Ủy ban nhân dân xã Tân Hải triển khai Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024, với mục đích nhằm chủ động trong công tác PCTT để ứng phó hiệu quả với các tình huống thiên tai.",
        "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024")]
    // ji-017 (Hội đồng Quân sự huyện Võ Nhai)
    [InlineData("Chiều 21-1, Hội đồng Quân sự huyện Võ Nhai đã tổ chức họp để triển khai Kế hoạch tổ chức lễ giao, nhận quân năm 2019.",
        "Kế hoạch tổ chức lễ giao, nhận quân năm 2019")]
    // ku-017
    [InlineData("Tại hội nghị, các đại biểu đã được nghe triển khai Kế hoạch phát triển kinh tế - xã hội năm 2026, trong đó tập trung vào các nhiệm vụ trọng tâm như: phát triển kinh tế.",
        "Kế hoạch phát triển kinh tế - xã hội năm 2026")]
    // ii-037: the part after the comma goes on to the plan's horizon, so it stays in the name.
    [InlineData("Huyện ủy ban hành Nghị quyết chuyên đề, Hội đồng nhân dân phê duyệt Đề án phát triển Du lịch Trà Bồng giai đoạn 2011-2015, định hướng đến năm 2020.",
        "Đề án phát triển Du lịch Trà Bồng giai đoạn 2011-2015, định hướng đến năm 2020")]
    public void A_plan_named_by_its_subject_and_year_is_cited_whole(string text, string cited)
    {
        Assert.Contains(Parser.Parse(text).Citations, c => c.Number is null && c.Text == cited);
    }

    [Fact]
    public void A_years_work_programme_is_not_named_by_its_year()
    {
        // kz-072: "Chương trình công tác hội năm 2021", a year's work programme with no subject beyond the year.
        var record = Parser.Parse("Thực hiện Chương trình công tác hội năm 2021, Kế hoạch số 03/KH-PN ngày 22/8/2021 của Hội LHPN huyện.");
        Assert.Equal(["03/KH-PN"], record.Citations.Select(c => c.Number));
    }
}
