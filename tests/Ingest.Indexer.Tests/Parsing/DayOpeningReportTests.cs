using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A news clause that opens with the day of the act and no year ("Sáng 12/6, Quốc hội thông qua …") reports the document
/// its body issued or adopted, as a whole date does: a capitalized type word so reported is cited by its subject, with no
/// date (tests/corpus/README.md: a day and month with no year is no date). A lower-case document word so reported is
/// cited by its subject too, with or without "về việc" (the README's twenty-fifth-session rule: the day of issue names
/// one document). Verbatim passages of the corpus.
/// </summary>
public sealed class DayOpeningReportTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_resolution_adopted_on_a_day_with_no_year_is_cited_by_its_subject()
    {
        // kk-021
        var record = Parser.Parse("Sáng 12/6, Quốc hội thông qua Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh năm 2025, giảm số tỉnh, thành phố từ 63 xuống còn 34.");
        var cited = Assert.Single(record.Citations);
        Assert.Equal(("Nghị quyết", null, null), (cited.Type, cited.Number, cited.Date));
        Assert.StartsWith("Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh năm 2025", cited.Text);
    }

    [Fact]
    public void A_lower_case_decision_on_a_day_with_no_year_is_cited_by_its_subject()
    {
        // jl-028 (Báo Đồng Tháp): the decision issued that day, and the directive it applies.
        var record = Parser.Parse("ĐTO - Ngày 31/7, Chủ tịch UBND tỉnh có quyết định tiếp tục áp dụng biện pháp giãn cách xã hội trên phạm vi toàn tỉnh theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ để phòng, chống dịch Covid-19, thời gian thực hiện đến hết ngày 15/8.");
        Assert.Equal([("Quyết định", null), ("Chỉ thị", "16/CT-TTg")], record.Citations.Select(c => (c.Type, c.Number)));
        Assert.Null(record.Citations[0].Date);
        Assert.StartsWith("tiếp tục áp dụng biện pháp giãn cách xã hội", record.Citations[0].Name);
    }

    [Fact]
    public void A_lower_case_notice_on_a_day_with_no_year_is_cited_by_its_subject()
    {
        // ku-051 (cafef.vn)
        var cited = Assert.Single(Parser.Parse("Ngày 10-12, UBND TPHCM có thông báo treo cờ Tổ quốc và nghỉ Tết Dương lịch năm 2026 đến cơ quan hành chính, sự nghiệp, tổ chức chính trị, tổ chức chính trị - xã hội.").Citations);
        Assert.Equal(("Thông báo", null, null), (cited.Type, cited.Number, cited.Date));
        Assert.StartsWith("treo cờ Tổ quốc và nghỉ Tết Dương lịch năm 2026", cited.Name);
    }

    [Fact]
    public void Issuing_named_after_ve_is_the_subject_of_another_document_not_an_act_reported()
    {
        // jl-059 (Báo Nghệ An): "về ban hành quy chế …" is what decision 217 does; the quy chế is not cited beside it.
        var record = Parser.Parse("(Baonghean.vn) - Sáng 27/6, Đảng ủy Khối CCQ tỉnh tổ chức hội nghị quán triệt, triển khai thực hiện quyết định 217 về ban hành quy chế giám sát và phản biện xã hội của MTTQ Việt Nam, các đoàn thể chính trị- xã hội; Quyết định 218-QĐ/TW, ngày 12-12-2013 của Bộ Chính trị về ban hành Quy định việc MTTQ Việt Nam, các đoàn thể chính trị- xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền.");
        Assert.DoesNotContain(record.Citations, c => c.Type == "Quy chế");
        Assert.Equal(["217", "218-QĐ/TW"], record.Citations.Where(c => c.Number is not null).Select(c => c.Number));
    }

    [Theory]
    // Near misses the code review wrote against the day-alone rule (a day opens the clause; nothing is issued).
    [InlineData("Sáng 27/6, Bộ trưởng Bộ Y tế cho biết sẽ có quyết định xử lý các sai phạm trong tuần tới.")]
    [InlineData("Sáng 27/6, UBND tỉnh chưa có quyết định chính thức về việc tạm dừng thu phí tham quan.")]
    [InlineData("Ngày 31/7, Chủ tịch UBND tỉnh không có quyết định tiếp tục áp dụng biện pháp giãn cách xã hội.")]
    [InlineData("Sáng 27/6, Đảng ủy Khối tổ chức hội nghị quán triệt, các đại biểu thống nhất đề nghị cấp trên sớm có quyết định điều chỉnh quy hoạch khu dân cư.")]
    [InlineData("Sáng 27/6, UBND tỉnh làm việc với đoàn công tác, Bộ trưởng đề nghị tỉnh sớm có thông báo kết luận cuộc họp gửi các bộ, ngành.")]
    public void A_document_not_yet_issued_or_only_asked_for_on_the_day_is_no_citation(string text) =>
        Assert.Empty(Parser.Parse(text).Citations);

    [Fact]
    public void A_body_whose_name_ends_in_ve_keeps_the_date_of_its_issuing_clause()
    {
        // The review's near miss of the "về ban hành" rule: "Cảnh vệ" folds to the same " ve" as "về".
        var cited = Assert.Single(Parser.Parse("Ngày 12/3/2024, Cục Cảnh vệ ban hành Quyết định số 123/QĐ-CCV về việc tổ chức tập huấn.").Citations);
        Assert.Equal("2024-03-12", cited.Date);
    }

    [Fact]
    public void A_lower_case_letter_with_its_trich_yeu_on_a_day_with_no_year_is_cited_by_name()
    {
        // kl-037 (a Đà Nẵng paper): "về việc" after the letter issued on the clause's day names it; "23-4" dates nothing.
        var cited = Assert.Single(Parser.Parse("Ngày 23-4, Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng có công văn về việc tiếp tục tuyên truyền, vận động, tổ chức lấy ý kiến Nhân dân về tên gọi đơn vị hành chính cấp xã hình thành sau sắp xếp.").Citations);
        Assert.Equal(("Công văn", null, null), (cited.Type, cited.Number, cited.Date));
        Assert.StartsWith("công văn", cited.Text);
    }
}
