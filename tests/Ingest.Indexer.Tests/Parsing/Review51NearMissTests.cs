using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Near misses the forty-first session's code review wrote against the session's new rules: ordinary sentences of the
/// shapes administrative texts use, each of which a rule read wrongly before its mend (two decisions of one day a
/// look-alike digit apart, a description that ran on past "và căn cứ", a quote two lines up, a scan's "”" used for both
/// quotes, a law's name run on to a circular's number, a year listed as a serial, a committee "cấp cao hơn", a Nơi nhận
/// item ending "TP." above the signer's name).
/// </summary>
public sealed class Review51NearMissTests
{
    private static readonly PlanParser Parser = new();

    private static IReadOnlyList<Ingest.Indexer.Model.Citation> Cites(string text) => Parser.Parse(text).Citations;

    [Fact]
    public void Two_decisions_of_one_day_a_look_alike_digit_apart_with_their_own_subjects_stay_two()
    {
        var cites = Cites("Căn cứ Quyết định số 1235/QĐ-UBND ngày 15/3/2023 của UBND tỉnh về việc phê duyệt danh mục dự án A;\n"
            + "Căn cứ Quyết định số 1238/QĐ-UBND ngày 15/3/2023 của UBND tỉnh về việc phê duyệt kế hoạch B;\n"
            + "Các đơn vị thực hiện theo Quyết định số 1238/QĐ-UBND của UBND tỉnh.");
        Assert.Equal(["1235/QĐ-UBND", "1238/QĐ-UBND", "1238/QĐ-UBND"], cites.Select(c => c.Number));
    }

    [Fact]
    public void A_description_ends_at_a_va_that_opens_the_next_clause()
    {
        var cite = Assert.Single(Cites("Thực hiện Công văn số 1234/SGDĐT-GDTrH ngày 10/9/2023 của Sở Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ "
            + "năm học 2023-2024 và căn cứ tình hình thực tế của nhà trường, Trường THCS Nguyễn Du xây dựng kế hoạch như sau:"));
        Assert.Equal("hướng dẫn thực hiện nhiệm vụ năm học 2023-2024", cite.Subject);
    }

    [Theory]
    [InlineData("Mua 02 ti vi 55\" cho hội trường.\nThực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2023 của UBND huyện về việc trang bị màn hình 65\" cho các phòng học thông minh.",
        "trang bị màn hình 65\" cho các phòng học thông minh")]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2023 của UBND huyện về việc tổ chức Hội thi ”Giáo viên dạy giỏi” cấp huyện năm học 2023-2024.",
        "tổ chức Hội thi ”Giáo viên dạy giỏi” cấp huyện năm học 2023-2024")]
    public void A_quote_opened_on_another_line_or_a_scans_closing_quote_used_to_open_ends_no_subject(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Cites(text)).Subject);

    [Fact]
    public void A_laws_name_does_not_run_over_va_to_a_circulars_number()
    {
        var cites = Cites("Căn cứ Luật Giáo dục, điều lệ trường trung học và thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo;");
        Assert.Equal("Giáo dục", Assert.Single(cites, c => c.Type == "Luật").Name);
        Assert.Contains(cites, c => c.Number == "32/2020/TT-BGDĐT");
    }

    [Fact]
    public void A_year_listed_before_a_numbered_plan_is_no_serial()
    {
        var cite = Assert.Single(Cites("Tiếp tục thực hiện Kế hoạch 2025, Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND huyện về chuyển đổi số."));
        Assert.Equal("45/KH-UBND", cite.Number);
    }

    [Fact]
    public void A_committees_higher_level_is_no_tier_of_its_name()
    {
        var cite = Assert.Single(Cites("Thực hiện Công văn số 123/UBND-VX ngày 10/3/2023 của Ủy ban nhân dân cấp cao hơn về việc báo cáo."));
        Assert.Equal("Ủy ban nhân dân", cite.Issuer);
    }

    [Fact]
    public void An_item_ending_with_a_place_kinds_dot_above_the_signers_name_keeps_the_list()
    {
        var record = Parser.Parse("KẾ HOẠCH\nTổ chức hội thi\n\nNội dung kế hoạch.\n\nNơi nhận:                                   KT. CHỦ TỊCH\n"
            + "- Như trên;                                  PHÓ CHỦ TỊCH\n- UBND các huyện, thị xã, TP.\nNguyễn Văn An\n");
        Assert.Equal(["Như trên", "UBND các huyện, thị xã, TP"], record.Recipients.Select(r => r.Text));
    }
}
