using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A programme named in quotes that the sentence organises (tổ chức) is an event, not a document (rule 5 of the plans
/// rule); a plan the sentence carries out ("tổ chức triển khai Kế hoạch “…”") is cited.
/// </summary>
public sealed class OrganisedEventTests
{
    private static readonly PlanParser Parser = new();

    private static List<string> Types(string text) => Parser.Parse(text).Citations.Select(c => c.Type).ToList();

    [Theory]
    // ma-017, tamlongvang.laodong.com.vn (LĐLĐ TP Cần Thơ, 2017): an item of the month's activities the unions organise.
    [InlineData("Theo LĐLĐ TP.Cần Thơ, “Tháng Công nhân” năm 2017 các cấp CĐ tập trung triển khai tổ chức một số nội dung: Các hoạt động tuyên truyền, giáo dục; các hoạt động để NLĐ có “Quyền lợi đảm bảo, phúc lợi tốt hơn”; Chương trình “Tự hào trí tuệ LĐ Việt Nam”; các hoạt động hưởng ứng “Tháng hành động về ATVSLĐ”.")]
    // A news item of the Đoàn Thanh niên Bộ Văn hóa, Thể thao và Du lịch (2025), kept in a public repository's news data.
    [InlineData("Đoàn Thanh niên Bộ Văn hóa, Thể thao và Du lịch phối hợp với các đơn vị Đoàn Thanh niên Chính phủ đã tổ chức Chương trình “Sinh hoạt chính trị, giáo dục lý tưởng cách mạng cho đoàn viên, thanh niên” thông qua phim truyện điện ảnh “Mưa Đỏ”.")]
    public void A_quoted_programme_the_sentence_organises_is_no_citation(string text)
    {
        Assert.Empty(Types(text));
    }

    // je-010, mttq.bentre.gov.vn (Ủy ban MTTQ xã Mỹ Thạnh, 2022): "tổ chức triển khai" carries the plan out.
    [Fact]
    public void A_quoted_plan_the_sentence_carries_out_is_cited()
    {
        Assert.Equal(["Kế hoạch"], Types("Chiều ngày 25 tháng 10 năm 2022, Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh tổ chức triển khai Kế hoạch “Ngày hội Đại đoàn kết toàn dân tộc” ở khu dân cư."));
    }
}
