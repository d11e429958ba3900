using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A drafting verb governs every item of the semicolon list it opens (rule 3 of the plans rule): "cho ý kiến về Kế hoạch
/// …; Chương trình …; Quy chế …; cùng Đề án …" (jq-074), "thông qua các dự thảo: báo cáo …; Nghị quyết …; Chương trình …"
/// (jp-019). A list that the sentence carries out keeps its items.
/// </summary>
public sealed class DraftedListTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    [InlineData("Trong nửa ngày làm việc, Ban Thường vụ T.Ư Đoàn tập trung cho ý kiến về Kế hoạch kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026); Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026; Quy chế Thi đua – khen thưởng (sửa đổi, bổ sung); cùng Đề án phân bổ đại biểu dự Đại hội Đoàn toàn quốc lần thứ XIII, nhiệm kỳ 2026 – 2031.")]
    [InlineData("Hội nghị thông qua các dự thảo: báo cáo tổng kết tình hình các mặt công tác năm 2023; Nghị quyết về phương hướng, nhiệm vụ năm 2024 của Huyện ủy; Chương trình công tác Huyện ủy, Ban Thường vụ Huyện ủy năm 2024.")]
    public void Every_item_of_a_drafted_list_is_a_draft(string text)
    {
        Assert.Empty(Parser.Parse(text).Citations);
    }

    [Fact]
    public void A_list_the_sentence_carries_out_keeps_its_items()
    {
        var cited = Parser.Parse("Ban Thường vụ Tỉnh đoàn đã quán triệt Kế hoạch số 12-KH/TĐTN ngày 05/01/2026; Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026 đến toàn thể cán bộ.").Citations;
        Assert.Contains(cited, c => c.Type == "Chương trình" && c.Number is null);
    }

    // iw-033 (Ủy ban MTTQ Việt Nam, news of 2025): a list joined by a comma whose first item, a document named in title
    // case, follows the drafting verb; the item after the comma is a draft too.
    [Fact]
    public void The_item_after_a_drafted_document_and_a_comma_is_a_draft()
    {
        const string text = "Tại hội nghị, các đại biểu đã thảo luận, góp ý vào dự thảo Báo cáo kết quả công tác Mặt trận năm 2025, Chương trình phối hợp và thống nhất hành động năm 2026 của Ủy ban Trung ương MTTQ Việt Nam.";
        Assert.Empty(Parser.Parse(text).Citations);
    }

    // The near misses: nw-053, whose item before the comma is no document named (a sentence opened by "xây dựng kế
    // hoạch"), and a comma before another verb that carries the programme out.
    [Theory]
    [InlineData("Theo đó, việc xây dựng kế hoạch phải được thực hiện trên cơ sở đánh giá đúng tình hình và kết quả thực hiện kế hoạch 5 năm (2011-2015), Nghị quyết Đại hội Đảng bộ huyện lần thứ XIX; từ đó xác định mục tiêu, định hướng phát triển của kế hoạch 5 năm (2016-2020).",
        "Nghị quyết")]
    [InlineData("Tại hội nghị, các đại biểu đã thảo luận Báo cáo kết quả công tác Mặt trận năm 2025, triển khai Chương trình phối hợp và thống nhất hành động năm 2026 của Ủy ban Trung ương MTTQ Việt Nam.",
        "Chương trình")]
    public void A_comma_after_no_drafted_document_keeps_the_next_one(string text, string type)
    {
        Assert.Contains(Parser.Parse(text).Citations, c => c.Type == type && c.Number is null);
    }

    // mg-020 (a commune's People's Committee meeting, 2026): the drafting verb's object, "gồm" and a colon open the list
    // of what it discusses (listLeads).
    [Fact]
    public void A_list_led_by_gom_after_a_drafting_verb_holds_drafts()
    {
        const string text = "Tại hội nghị, các đại biểu đã nghe và cho ý kiến vào nhiều nội dung quan trọng, gồm: Báo cáo tình hình phát triển kinh tế – xã hội, quốc phòng – an ninh tháng 1 và phương hướng nhiệm vụ tháng 2 năm 2026; Chương trình công tác quý I và tháng 2 năm 2026 của UBND xã.";
        Assert.Empty(Parser.Parse(text).Citations);
    }

    // The near miss: the same list led by a verb that carries it out.
    [Fact]
    public void A_list_led_by_gom_after_a_verb_that_carries_it_out_keeps_its_items()
    {
        const string text = "Tại hội nghị, các đại biểu đã quán triệt nhiều nội dung quan trọng, gồm: Báo cáo tình hình phát triển kinh tế – xã hội tháng 1 năm 2026; Chương trình công tác quý I và tháng 2 năm 2026 của UBND xã.";
        Assert.Contains(Parser.Parse(text).Citations, c => c.Type == "Chương trình");
    }

    // ie-041 (Ban Thường vụ Trung ương Đoàn, 2022): a word or two that qualify the drafting verb before its "về".
    [Fact]
    public void A_drafting_verb_qualified_before_its_about_still_drafts()
    {
        const string text = "Ngày 22-4, Hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 14, khóa IX đã thảo luận cho ý kiến bước đầu về Kế hoạch tổ chức Đại hội Đoàn các cấp tiến tới Đại hội Đoàn toàn quốc lần thứ X.";
        Assert.DoesNotContain(Parser.Parse(text).Citations, c => c.Type == "Kế hoạch");
    }

    // The near miss: a verb that carries the plan out, qualified the same way.
    [Fact]
    public void A_carrying_out_verb_qualified_before_its_about_keeps_the_plan()
    {
        const string text = "Ngày 22-4, Ban Thường vụ Trung ương Đoàn đã quán triệt sâu rộng về Kế hoạch tổ chức Đại hội Đoàn các cấp tiến tới Đại hội Đoàn toàn quốc lần thứ X.";
        Assert.Contains(Parser.Parse(text).Citations, c => c.Type == "Kế hoạch");
    }
}

