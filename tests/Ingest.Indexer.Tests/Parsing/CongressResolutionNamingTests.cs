using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A congress resolution named by its congress: the text's own committee or mass organisation where the sentence goes
/// on, a merged place's "(nay là …)" note inside the body's name, and the first naming right after another citation's
/// subject, which counts as a law's does (tests/corpus/README.md, the by-name rule's kind 2).
/// </summary>
public sealed class CongressResolutionNamingTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Texts(string text) => Parser.Parse(text).Citations.Select(c => c.Text).ToList();

    // kl-034 (news of phường Long An) and kl-021 (Hội LHPN xã Thanh Phong): the congress of the committee or mass
    // organisation the news is about, with the sentence going on after it.
    [Theory]
    [InlineData("Trong nhiệm kỳ qua, phường Long An đã thực hiện đạt và vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ đề ra.", "Nghị quyết Đại hội Đảng bộ")]
    [InlineData("8/9 chỉ tiêu thực hiện Nghị quyết Đại hội đại biểu phụ nữ xã đạt và vượt kế hoạch đề ra.", "Nghị quyết Đại hội đại biểu phụ nữ xã")]
    public void The_own_bodys_congress_where_the_sentence_goes_on_is_cited(string text, string cited)
    {
        Assert.Equal([cited], Texts(text));
    }

    [Theory]
    [InlineData("Các chi bộ tổ chức học tập Nghị quyết Đại hội Đảng bộ các cấp.")]
    [InlineData("Tập trung thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, huyện và xã.")]
    public void Many_committees_congresses_cite_nothing(string text)
    {
        Assert.Empty(Texts(text));
    }

    // kl-065 (news of đặc khu Côn Đảo, 2025).
    [Fact]
    public void A_merged_places_note_stays_inside_the_congress_name()
    {
        const string text = "hầu hết các chỉ tiêu mà Nghị quyết Đại hội Đảng bộ huyện Côn Đảo (nay là đặc khu Côn Đảo) lần thứ X, nhiệm kỳ 2020 - 2025 đề ra đều đã đạt.";
        Assert.Equal(["Nghị quyết Đại hội Đảng bộ huyện Côn Đảo (nay là đặc khu Côn Đảo) lần thứ X, nhiệm kỳ 2020 - 2025"], Texts(text));
    }

    // kk-003 (Tỉnh ủy Ninh Bình's resolution on the private economy, 2025).
    [Fact]
    public void A_congress_resolution_after_another_citations_subject_is_cited()
    {
        const string text = "Trên cơ sở quán triệt sâu sắc Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; Ban Thường vụ Tỉnh ủy ban hành các giải pháp.";
        Assert.Contains("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030", Texts(text));
    }

    // la-006 (news of Quy định 22-QĐ/TW, 2021): what the subject does with the resolution, making it concrete, is carrying
    // it out, so the resolution is cited the first time as one disseminated is.
    [Fact]
    public void A_congress_resolution_a_subject_makes_concrete_is_cited()
    {
        const string text = "Ban Chấp hành Trung ương Đảng đã ban hành Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng, trong đó, bổ sung nhiều nội dung quan trọng để cụ thể hóa Nghị quyết Đại hội XIII của Đảng và phù hợp với thực tiễn hiện nay.";
        Assert.Contains("Nghị quyết Đại hội XIII của Đảng", Texts(text));
    }

    // kz-034 (a district's school network plan): the Central Committee abbreviated inside the plenum's full name.
    [Fact]
    public void A_plenum_of_the_central_committee_written_TW_is_cited()
    {
        const string text = "Số liệu chưa thể hiện số trường phải sáp nhập theo tinh thần Nghị quyết hội nghị lần thứ 6 Ban chấp hành TW khóa XII.";
        Assert.Equal(["Nghị quyết hội nghị lần thứ 6 Ban chấp hành TW khóa XII"], Texts(text));
    }
}
