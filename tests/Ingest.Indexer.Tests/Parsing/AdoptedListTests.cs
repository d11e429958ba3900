using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Resolutions a council adopts, listed after its adopting verb and named by "về" and their subject with no number
/// (tests/corpus/README.md, resolutions and regulations a council adopts): the verb governs every item of its list in the
/// sentence, whatever the first item is, and a comma before the next "Nghị quyết" ends the subject of the one before.
/// </summary>
public sealed class AdoptedListTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Citation> Resolutions(string text) =>
        Parser.Parse(text).Citations.Where(c => c.Type == "Nghị quyết").ToList();

    [Fact]
    public void Resolutions_listed_after_a_regulation_the_session_adopted_are_each_cited()
    {
        // jp-007, verbatim (its first sentence).
        var cites = Resolutions("Kỳ họp đã quyết nghị thông qua Quy chế hoạt động của Hội đồng Nhân dân xã khóa XXI, nhiệm kỳ 2021 - 2026; Nghị quyết về Chương trình giám sát của HĐND, Thường trực HĐND xã 6 tháng cuối năm 2025; Nghị quyết về tiếp tục thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh 6 tháng cuối năm 2025 với 20 chỉ tiêu chủ yếu là: Thu nhập bình quân đầu người đạt 72 triệu.");
        Assert.Equal(2, cites.Count);
        Assert.All(cites, c => Assert.Null(c.Number));
        Assert.StartsWith("Nghị quyết về Chương trình giám sát của HĐND", cites[0].Text);
        Assert.StartsWith("Nghị quyết về tiếp tục thực hiện nhiệm vụ phát triển kinh tế - xã hội", cites[1].Text);
    }

    [Fact]
    public void Resolutions_joined_by_a_comma_after_the_verb_used_as_nghi_quyet_are_two()
    {
        // jp-008, verbatim: "đã Nghị quyết thông qua" is the verb, "dự toán …" no document.
        var cites = Resolutions("Tại Kỳ họp cũng đã Nghị quyết thông qua dự toán thu, chi ngân sách năm 2025; Nghị quyết về phân bổ ngân sách địa phương năm 2025, Nghị quyết về giao biên chế cán bộ công chức, lao động hợp đồng xã năm 2025 và một số nội dung quan trọng khác.");
        Assert.Equal(["Nghị quyết về phân bổ ngân sách địa phương năm 2025", "Nghị quyết về giao biên chế cán bộ công chức, lao động hợp đồng xã năm 2025 và một số nội dung quan trọng khác"],
            cites.Select(c => c.Text));
    }

    [Fact]
    public void Drafts_adopted_for_submission_are_no_citations()
    {
        // jp-019, verbatim (a negative): "thông qua các dự thảo: …" lists drafts (rule 3 of the plans rule).
        Assert.Empty(Resolutions("Hội nghị thông qua các dự thảo: báo cáo tổng kết tình hình các mặt công tác năm 2023; Nghị quyết về phương hướng, nhiệm vụ năm 2024 của Huyện ủy; Chương trình công tác Huyện ủy, Ban Thường vụ Huyện ủy năm 2024; báo cáo tổng kết công tác kiểm tra, giám sát năm 2023 và dự thảo Chương trình kiểm tra, giám sát của Huyện ủy năm 2024."));
    }

    [Fact]
    public void Through_in_another_sense_governs_no_list()
    {
        // Near miss: "thông qua" as "by way of", with no council's adopting word before it.
        Assert.Empty(Resolutions("Công tác tuyên truyền được thực hiện thông qua hội nghị, Nghị quyết về công tác dân vận được quán triệt."));
    }
}
