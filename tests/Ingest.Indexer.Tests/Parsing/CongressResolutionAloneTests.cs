using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// "Nghị quyết Đại hội" written alone with its capitals, in news of a congress (it-027, it-029, it-034: commune Party
/// congresses of 2025), is the resolution of that congress, cited by name even where no congress was cited before it;
/// many congresses' resolutions, a resolution still drafted, or the words in lower case are none.
/// </summary>
public sealed class CongressResolutionAloneTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Types(string text) => Parser.Parse(text).Citations.Select(c => c.Type).ToList();

    [Theory]
    [InlineData("Nhiệm kỳ vừa qua, Đảng bộ xã Tu Vũ đã tập trung lãnh đạo, tất cả các chỉ tiêu đạt và vượt mục tiêu Nghị quyết Đại hội.")]
    [InlineData("Đảng bộ và nhân dân xã đã đoàn kết, nỗ lực, thực hiện quyết liệt, đồng bộ, hiệu quả Nghị quyết Đại hội và đạt được nhiều thành tựu quan trọng.")]
    public void A_congress_resolution_alone_is_cited_by_name(string text)
    {
        Assert.Equal(["Nghị quyết"], Types(text));
    }

    [Theory]
    [InlineData("Các chi bộ tổ chức học tập Nghị quyết Đại hội Đảng các cấp trong tháng 10.")]
    [InlineData("Hội nghị thảo luận xây dựng Nghị quyết Đại hội.")]
    [InlineData("Kết quả thực hiện nghị quyết đại hội.")]
    [InlineData("ĐẢNG BỘ XÃ TU VŨ\nNGHỊ QUYẾT ĐẠI HỘI.\nĐại hội đại biểu Đảng bộ xã lần thứ I đã họp.")]
    public void Many_congresses_a_draft_or_lower_case_words_cite_nothing(string text)
    {
        Assert.Empty(Types(text));
    }

    // je-007 (a commune Party committee's news, 2025): the congress of one Party committee named by its level alone, where
    // the clause ends, is the one that committee last held.
    [Fact]
    public void A_party_committees_congress_named_by_its_level_is_cited_by_name()
    {
        var cited = Assert.Single(Parser.Parse("Hội nghị triển khai các nhiệm vụ năm 2025 theo tinh thần Nghị quyết Đại hội Đảng bộ tỉnh.").Citations);
        Assert.Equal(("Nghị quyết", "Nghị quyết Đại hội Đảng bộ tỉnh"), (cited.Type, cited.Text));
    }

    // lz-009, phuxuyen.hanoi.gov.vn (Huyện ủy Phú Xuyên, 2024): a comma that goes on to the sentence's next phrase.
    [Fact]
    public void A_party_committees_congress_named_by_its_level_before_a_comma_is_cited_by_name()
    {
        const string text = "Đồng chí Bí thư Huyện uỷ đã ghi nhận sự cố gắng của các thành viên đã bám sát sự chỉ đạo, hướng dẫn của Thành ủy; Nghị quyết Đại hội Đảng bộ huyện, tích cực nghiên cứu, học hỏi, tham khảo cách làm hay.";
        var cited = Assert.Single(Parser.Parse(text).Citations);
        Assert.Equal(("Nghị quyết", "Nghị quyết Đại hội Đảng bộ huyện"), (cited.Type, cited.Text));
    }

    // kf-075 (a phường Party committee's tasks) and kt-045 (Ủy ban MTTQ Việt Nam tỉnh Bình Thuận, 2019): after the level,
    // a lower-case word that goes on with the sentence, an adverb or a verb, ends the one committee's congress; a mass
    // organisation's congress (congressBodies) is named so as well as a Party committee's.
    [Theory]
    [InlineData("Tổ chức quán triệt, triển khai thực hiện Nghị quyết Đại hội Đảng bộ phường nghiêm túc, khoa học, hiệu quả và đồng bộ; tiếp tục phát huy tinh thần đoàn kết thống nhất trong toàn đảng bộ.",
        "Nghị quyết Đại hội Đảng bộ phường")]
    [InlineData("Nhằm thực hiện thắng lợi Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh đã đề ra, Ủy ban Ban MTTQ Việt Nam tỉnh xây dựng Chương trình công tác toàn khóa, nhiệm kỳ 2019 - 2024.",
        "Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh")]
    public void A_committees_congress_named_by_its_level_before_the_sentence_goes_on_is_cited_by_name(string text, string cited)
    {
        Assert.Contains(Parser.Parse(text).Citations, c => c.Type == "Nghị quyết" && c.Text == cited);
    }

    // The near miss: words that go on with the congress's own name ("qua các nhiệm kỳ") name many congresses.
    [Theory]
    [InlineData("Tổ chức quán triệt, triển khai thực hiện Nghị quyết Đại hội Đảng bộ phường qua các nhiệm kỳ.")]
    [InlineData("Nhằm thực hiện thắng lợi Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh các nhiệm kỳ trước.")]
    public void A_committees_congresses_over_its_terms_cite_nothing(string text)
    {
        Assert.Empty(Types(text));
    }

    // jz-025 (Tổ Công tác of a provincial Party committee before the congresses of 2025): with no congress cited, a repeat
    // of the resolution a drafting verb named before it in its clause is that draft.
    [Fact]
    public void A_repeat_of_a_drafted_resolution_is_a_draft()
    {
        const string text = "Tại các buổi làm việc, các Tổ Công tác đã nghe và cho ý kiến vào dự thảo văn kiện chủ yếu trình Đại hội các Đảng bộ nhiệm kỳ 2025-2030, gồm Báo cáo chính trị, Đề án nhân sự cấp ủy nhiệm kỳ 2025-2030; dự thảo Nghị quyết Đại hội và Chương trình hành động thực hiện Nghị quyết Đại hội./.";
        Assert.Empty(Types(text));
    }

    // The near miss: a drafted programme carries out a resolution named nowhere before it as a draft.
    [Fact]
    public void A_resolution_a_drafted_programme_carries_out_is_cited()
    {
        Assert.Equal(["Nghị quyết"], Types("Các tổ chức đảng xây dựng Chương trình hành động thực hiện Nghị quyết Đại hội, bảo đảm sát thực tế."));
    }

    [Theory]
    [InlineData("Tập trung thực hiện Nghị quyết Đại hội Đảng bộ xã, thị trấn trong nhiệm kỳ.")]
    [InlineData("Nhiệm kỳ qua, các địa phương đã thực hiện Nghị quyết Đại hội Đảng bộ cấp huyện vào cuộc sống.")]
    [InlineData("Các chi bộ tổ chức học tập Nghị quyết Đại hội Đảng bộ các cấp.")]
    [InlineData("Tập trung thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, huyện và xã.")]
    public void Congresses_of_many_committees_or_a_level_in_a_list_cite_nothing(string text)
    {
        Assert.Empty(Types(text));
    }
}
