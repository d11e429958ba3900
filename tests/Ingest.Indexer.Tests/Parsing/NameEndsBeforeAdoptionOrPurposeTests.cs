using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A document named without a number whose words run past a name's length ends before the clause about the document: who adopted it ("đã được
/// … thông qua") or what a text is for ("để …"); a short name keeps those words as written.
/// </summary>
public sealed class NameEndsBeforeAdoptionOrPurposeTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Texts(string text) => Parser.Parse(text).Citations.Select(c => c.Text).ToList();

    // kt-046 (Ủy ban MTTQ tỉnh Tuyên Quang's rules, 2025).
    [Fact]
    public void A_charter_ends_before_the_congress_that_adopted_it()
    {
        const string text = "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam đã được Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, nhiệm kỳ 2019 – 2024 thông qua ngày 19/9/2019;";
        Assert.Contains(Texts(text), t => t.StartsWith("Điều lệ Mặt trận Tổ quốc Việt Nam", StringComparison.Ordinal));
    }

    // la-016 (Ủy ban MTTQ tỉnh's question-and-answer booklet).
    [Fact]
    public void A_charter_ends_before_what_the_text_about_it_is_for()
    {
        const string text = "Ban Thường trực biên soạn tài liệu tuyên truyền về Luật Mặt trận Tổ quốc Việt Nam và Điều lệ Mặt trận Tổ quốc Việt Nam dưới dạng hỏi đáp để cán bộ Mặt trận Tổ quốc Việt Nam các cấp có thêm cơ sở tìm hiểu và tổ chức tuyên truyền.";
        Assert.Contains(Texts(text), t => t.StartsWith("Điều lệ Mặt trận Tổ quốc Việt Nam", StringComparison.Ordinal));
    }

    // nw-060 (a publisher's note on the Party charter).
    [Fact]
    public void A_short_name_keeps_its_adoption_as_written()
    {
        const string text = "Căn cứ vào Điều lệ Đảng được thông qua từ Đại hội đại biểu toàn quốc lần thứ XI của Đảng, Nhà xuất bản xuất bản cuốn sách.";
        Assert.Equal(["Điều lệ Đảng được thông qua từ Đại hội đại biểu toàn quốc lần thứ XI của Đảng"], Texts(text));
    }
}
