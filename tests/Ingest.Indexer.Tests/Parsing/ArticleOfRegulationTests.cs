using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An article cited in a regulation ("tại Điều 15 Quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV", jd-015, a
/// news page on the civil-service exam of 2025) points into it: the regulation stands as the document the sentence rests
/// on, as after "Căn cứ", and is cited by name with the document that issued it; a Quy định as a Quy chế (kn-065, iw-012).
/// </summary>
public sealed class ArticleOfRegulationTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string Type, string Text)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Type, c.Text)).ToList();

    [Fact]
    public void A_regulation_an_article_points_into_is_cited_by_name()
    {
        Assert.Equal([("Quy chế", "Quy chế thi"), ("Thông tư", "Thông tư 22/2025/TT-BNV")],
            Cited("Cách thức tổ chức thi được quy định tại Điều 15 Quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV, cụ thể như sau:"));
    }

    [Theory]
    // kn-065: a Quy định, as a Quy chế, issued with a circular, an article of it cited.
    [InlineData("Căn cứ tại khoản 2 Điều 5 Quy định Đánh giá học sinh trung học ban hành kèm theo Thông tư 22/2021/TT-BGDĐT quy định như sau:", "Quy định Đánh giá học sinh trung học")]
    // iw-012: a Quy định standing as the basis, with the document that issued it.
    [InlineData("Căn cứ Quy định về công tác tuyển sinh của Trường Đại học Sư phạm ban hành kèm theo Quyết định số 120/QĐ-ĐHSP ngày 10/3/2024;", "Quy định về công tác tuyển sinh của Trường Đại học Sư phạm")]
    public void A_regulation_by_its_name_standing_as_the_basis_is_cited_with_the_document_that_issued_it(string text, string name)
    {
        Assert.Contains(("Quy định", name), Cited(text));
    }

    [Theory]
    // Near misses: the regulation inside the subject of the document that issues it, and a count of articles.
    [InlineData("Thông tư 22/2025/TT-BNV ban hành Quy chế thi, gồm 15 Điều.")]
    [InlineData("Dự thảo gồm 15 điều quy chế thi ban hành kèm theo Thông tư 22/2025/TT-BNV.")]
    public void A_regulation_no_article_points_into_stays_unnamed(string text)
    {
        Assert.Equal(["Thông tư"], Cited(text).Select(c => c.Type));
    }

    [Fact]
    public void A_regulation_an_amending_article_acts_on_is_cited_with_the_decision_that_issued_it()
    {
        // mu-020 (UBND tỉnh Cao Bằng, Quyết định 56/2025/QĐ-UBND, Điều 1)
        var record = Parser.Parse("""
            **Điều
            1. Sửa đổi, bổ sung một số điều của Quy định đơn giá bồi thường thiệt hại về cây
            trồng, vật nuôi, vật nuôi là thuỷ sản khi Nhà nước thu hồi đất trên địa bàn tỉnh
            Cao Bằng ban hành kèm theo Quyết định số 52/2024/QĐ- UBND ngày 30 tháng 10 năm
            2024 của Uỷ ban nhân dân tỉnh Cao Bằng**
            """);
        var regulation = Assert.Single(record.Citations, c => c.Type == "Quy định");
        Assert.StartsWith("đơn giá bồi thường thiệt hại về cây", regulation.Name);
        Assert.Equal("2024-10-30", regulation.Date);
    }

    [Fact]
    public void Amending_words_inside_another_documents_subject_name_no_regulation()
    {
        // The near miss the basis-annex form was written against (NamedCitationReader): "hướng dẫn thực hiện một số điều
        // của Quy chế … ban hành kèm theo …" is the circular's subject; so is a decree's "sửa đổi, bổ sung một số điều của".
        Assert.DoesNotContain("Quy chế", Cited("Thông tư số 12/2016/TT-BCA hướng dẫn thực hiện một số điều của Quy chế quản lý vật liệu nổ ban hành kèm theo Nghị định số 39/2009/NĐ-CP").Select(c => c.Type));
        Assert.DoesNotContain("Quy chế", Cited("Nghị định số 25/2016/NĐ-CP sửa đổi, bổ sung một số điều của Quy chế quản lý vật liệu nổ ban hành kèm theo Nghị định số 39/2009/NĐ-CP").Select(c => c.Type));
    }

    [Fact]
    public void A_regulation_named_in_running_text_with_its_annex_in_brackets_is_cited()
    {
        // mr-029 (Trường Đại học Tây Đô, an OCR'd notice)
        Assert.Contains(("Quy định", "Quy định tổ chức thi kết thúc học phần của Trường Đại\nhọc Tây Đô"), Cited("""
            -. Giảng viên ghi rõ thời gian làm bài thi trên đề thí. Lưu ý, thời gian làm bài thi
            thực hiện theo Khoản 3, Điều 5, Quy định tổ chức thi kết thúc học phần của Trường Đại
            học Tây Đô (ban hành kèm theo Quyết định số 1065/QĐ-ĐHTĐ ngày 28/1 1/2023).
            """));
    }

    [Fact]
    public void The_heading_of_the_regulation_a_decision_issues_is_the_text_itself()
    {
        // iv-025 (a Cần Thơ decision's annex, from a district's document system): the heading with its bracketed annex line.
        Assert.Equal(["Quyết định"], Cited("QUY ĐỊNH Việc tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp thành phố (Ban hành kèm theo Quyết định số 09/2010/QĐ-UBND ngày 21 tháng 01năm 2010 của Ủy ban nhân dân thành phố Cần Thơ)").Select(c => c.Type));
    }

    [Fact]
    public void A_plan_standing_as_the_basis_with_its_annex_in_brackets_is_cited()
    {
        // jb-040 (UBND TP Hồ Chí Minh, Quyết định 122/2006/QĐ-UBND)
        var cited = Parser.Parse("Căn cứ Kế hoạch chỉ đạo, điều hành phát triển kinh tế - xã hội thành phố\nnăm 2006 (ban hành theo Quyết định số 03/2006/QĐ-UBND ngày 10 tháng 01 năm 2006 của Ủy ban nhân dân thành phố Hồ Chí Minh);").Citations;
        Assert.Equal(["Kế hoạch", "Quyết định"], cited.Select(c => c.Type));
        Assert.Equal("2006-01-10", cited[0].Date);
    }

    [Fact]
    public void A_line_wrapped_inside_the_sentence_before_the_name_is_no_heading()
    {
        // mr-029 with its OCR line break moved before the type word (the code review's near miss).
        Assert.Contains("Quy định", Cited("""
            thực hiện theo Khoản 3, Điều 5,
            Quy định tổ chức thi kết thúc học phần của Trường Đại học Tây Đô (ban hành kèm theo Quyết định số 1065/QĐ-ĐHTĐ ngày 28/11/2023).
            """).Select(c => c.Type));
    }
}
