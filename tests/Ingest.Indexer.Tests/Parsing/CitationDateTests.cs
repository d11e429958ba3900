using Ingest.Indexer.Model;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where a cited document's date is written away from its number: the date that opens the clause in which a body
/// issues it, with the words reports put around that date. Sentences written for the test, with near misses.
/// </summary>
public sealed class CitationDateTests
{
    private static readonly PlanParser Parser = new();

    private static Citation Only(string text) => Assert.Single(Parser.Parse(text).Citations);

    [Theory]
    [InlineData("Vì vậy ngày 12/3/2019, Sở Y tế đã ban hành Công văn số 455/SYT-NV về phòng dịch.", "2019-03-12")]
    [InlineData("Để chuẩn bị, ngay từ ngày 05/01/2021, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 12-CT/TU.", "2021-01-05")]
    [InlineData("Ngày 14/9/2023 vừa qua, UBND huyện đã ban hành Kế hoạch số 210/KH-UBND về chuyển đổi số.", "2023-09-14")]
    [InlineData("Sau đó, ngày 02/6/2016, UBND tỉnh ký ban hành Quyết định số 1432/QĐ-UBND.", "2016-06-02")]
    [InlineData("Ngày 3-2-1999, Ban Bí thư ra Chỉ thị số 40-CT/TW về giáo dục.", "1999-02-03")]
    [InlineData("Ngày 10/12/2020, tại kỳ họp thứ 19, HĐND tỉnh đã thông qua Nghị quyết số 45/NQ-HĐND về ngân sách.", "2020-12-10")]
    // A news story's first sentence after its dateline's bracket.
    [InlineData("Lào Cai (TTXVN 12/4) Ngày 10/4/2024, UBND tỉnh Lào Cai ban hành Kế hoạch số 155/KH-UBND về phòng cháy rừng.", "2024-04-10")]
    // kl-070 (Báo Cà Mau): a news agency's tag in brackets opens the line, and the clause after it is led in by "vào".
    [InlineData("(CMO) vào ngày 20/2/2022, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 27 về phát triển hệ thống đô thị tỉnh Cà Mau.", "2022-02-20")]
    // A line's start opens the clause under a headline that has no stop.
    [InlineData("Tin hoạt động của Sở Y tế\nNgày 12/3/2019, Sở Y tế đã ban hành Công văn số 455/SYT-NV về phòng dịch.", "2019-03-12")]
    // A quotation opens its clause (in- batch, 2005).
    [InlineData("\"Ngày 20 tháng 7 năm 2005, Bộ Chính trị (khoá IX) đã ra Nghị quyết 51/NQ-TW\".", "2005-07-20")]
    // is-010 (a company history): "và" joins a second clause of the same shape.
    [InlineData("Bộ Quốc phòng ký Quyết định điều chuyển Tổng công ty và ngày 18 tháng 10 năm 2012 Quân ủy Trung ương ký Quyết định số 606-QĐ/ĐU sáp nhập Đảng bộ.", "2012-10-18")]
    public void The_date_opening_an_issuing_clause_is_the_documents(string text, string date)
    {
        Assert.Equal(date, Only(text).Date);
    }

    // jy-003: a count of the decisions stands between the verb and the type word, and the verb issues every number of the
    // bracketed list; near miss: a list after a verb with no clause-opening date stays undated.
    [Theory]
    [InlineData("Ngày 10/2/2022, Ủy ban nhân dân huyện Hàm Yên vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND, 310/QĐ-UBND) công nhận các thôn đạt chuẩn.",
        "2022-02-10")]
    [InlineData("Ủy ban nhân dân huyện Hàm Yên vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND, 310/QĐ-UBND) công nhận các thôn đạt chuẩn.",
        null)]
    public void A_count_of_listed_documents_issued_in_a_dated_clause_dates_each(string text, string? date)
    {
        var citations = Parser.Parse(text).Citations;
        Assert.Equal(["308/QĐ-UBND", "309/QĐ-UBND", "310/QĐ-UBND"], citations.Select(c => c.Number));
        Assert.All(citations, c => Assert.Equal(date, c.Date));
    }

    // jq-003: the day the National Assembly passed the code, written after its number with the verb.
    [Fact]
    public void The_date_after_the_passing_verb_dates_the_law()
    {
        Assert.Equal("2015-11-27", Only("Nguồn: Bộ luật Tố tụng Hình sự số 101/2015/QH13 thông qua ngày 27/11/2015, có hiệu lực ngày 01/07/2016").Date);
    }

    // jq-085: the number in brackets restates the law the sentence names, so the clause's date dates both.
    [Fact]
    public void A_number_in_brackets_after_a_laws_name_takes_the_names_date()
    {
        var cited = Parser.Parse("Ngày 16/6/2025, Quốc hội thông qua Luật Tổ chức chính quyền địa phương 2025 (Luật số 72/2025/QH15 ).").Citations;
        Assert.Equal(("72/2025/QH15", "2025-06-16"), (cited[^1].Number, cited[^1].Date));
    }

    [Theory]
    // kl-070's near miss: a bracket inside the sentence ("(khóa XII)") is no dateline, and "vào ngày" after it opens no clause.
    [InlineData("Hội nghị Trung ương (khóa XII) vào ngày 20/2/2022, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 27 về đô thị.")]
    // A date of something else done with the document.
    [InlineData("Vì vậy ngày 12/3/2019, Sở Y tế đã triển khai Công văn số 455/SYT-NV về phòng dịch.")]
    // A session that is not where the body adopts it.
    [InlineData("Ngày 10/12/2020, tại kỳ họp thứ 19, đại biểu đã thảo luận Nghị quyết số 45/NQ-HĐND về ngân sách.")]
    // "Đến ngày …" says by when, not on which day.
    [InlineData("Đến ngày 30/6/2020, UBND huyện đã ban hành Quyết định số 88/QĐ-UBND về việc này.")]
    // A lead word inside the sentence, not opening a clause.
    [InlineData("Hội nghị diễn ra vào ngày 12/3/2019 và Sở Y tế đã ban hành Công văn số 455/SYT-NV.")]
    // Near miss: a date ending a line that another line continues opens nothing.
    [InlineData("Hội nghị diễn ra vào\nngày 12/3/2019 và Sở Y tế đã ban hành Công văn số 455/SYT-NV.")]
    // Near miss: a quote that closes a name before "ngày" opens no clause; the date is the named plan's.
    [InlineData("Sau lễ phát động \"Tuổi trẻ\" ngày 20/7/2005, Bộ Chính trị đã ra Nghị quyết 51/NQ-TW.")]
    [InlineData("Sau lễ phát động \"Tuổi trẻ\"ngày 20/7/2005, Bộ Chính trị đã ra Nghị quyết 51/NQ-TW.")]
    public void Other_dates_are_not_the_documents(string text)
    {
        Assert.Null(Only(text).Date);
    }

    [Theory]
    // A list item opens its clause as a line's start does.
    [InlineData("Các mốc chính:\n• Ngày 14/4/1990, Ủy ban Trung ương MTTQ Việt Nam ra Quyết định số 51-QĐ/MTTQ.", "1990-04-14")]
    [InlineData("Các mốc chính:\n+ Ngày 14/4/1990, Ủy ban Trung ương MTTQ Việt Nam ra Quyết định số 51-QĐ/MTTQ.", "1990-04-14")]
    // A chronology's dated line puts a colon after its date.
    [InlineData("Tiến độ dự án:\n- Ngày 11/5/2026: HĐND Thành phố ban hành Nghị quyết 19/NQ-HĐND phê duyệt chủ trương đầu tư.", "2026-05-11")]
    // The body's term or abbreviation in brackets is part of its name.
    [InlineData("Ngày 25/01/2026, Ban Chấp hành Đảng bộ Thành phố khóa XVIII (nhiệm kỳ 2025-2030) có Nghị quyết số 06-NQ/TU.", "2026-01-25")]
    [InlineData("Ngày 14/4/1990, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (MTTQVN) ra Quyết định số 51-QĐ/MTTQ.", "1990-04-14")]
    public void A_clause_opening_date_is_read_through_list_marks_colons_and_a_bracketed_aside(string text, string date)
    {
        Assert.Equal(date, Only(text).Date);
    }

    [Theory]
    // A "+" inside a sentence opens nothing.
    [InlineData("Kết quả 5 + Ngày 14/4/1990, UBND tỉnh ra Quyết định số 51-QĐ/UBND.")]
    // A bracket holding a stop is no aside of a name.
    [InlineData("Ngày 25/01/2026, Ban Chấp hành (xem mục 2. dưới đây) có Nghị quyết số 06-NQ/TU.")]
    public void A_mark_inside_a_sentence_or_a_long_bracket_leaves_the_date_unread(string text)
    {
        Assert.Null(Only(text).Date);
    }

    [Fact]
    public void A_number_restated_in_brackets_takes_the_date_opening_the_clause_that_names_it()
    {
        var cite = Only("Trên cơ sở đó, ngày 13/5/2016, Bộ Giáo dục và Đào tạo đã có Công văn gửi các địa phương về việc tổ chức thi "
            + "thăng hạng năm 2016 (Công văn số 2102/BGDĐT-NGCBQLCSGD).");
        Assert.Equal(("2102/BGDĐT-NGCBQLCSGD", "2016-05-13"), (cite.Number, cite.Date));
    }

    [Fact]
    public void A_number_in_brackets_after_another_type_of_document_takes_no_opening_date()
    {
        var cites = Parser.Parse("Trên cơ sở đó, ngày 13/5/2016, Bộ Giáo dục và Đào tạo đã có Kế hoạch gửi các địa phương về việc tổ chức "
            + "thi thăng hạng năm 2016 (Công văn số 2102/BGDĐT-NGCBQLCSGD).").Citations;
        Assert.Null(Assert.Single(cites, c => c.Number is not null).Date);
    }

    [Theory]
    // "tháng" typed again for "năm" before the year, "ngày" typed twice: slips that leave the date certain.
    [InlineData("Căn cứ Thông tư số 36/2006/TT-BVHTT ngày 20 tháng 3 tháng 2006 của Bộ Văn hóa - Thông tin;", "2006-03-20")]
    [InlineData("Ngày 3 tháng 1 tháng 1981, Hội đồng Chính phủ ban hành Quyết định số 3-CP về tên gọi.", "1981-01-03")]
    [InlineData("Thông tư 28/2020/TT-BGDĐT ngày ngày 04 tháng 9 năm 2020 về việc ban hành điều lệ;", "2020-09-04")]
    // The year of issue after the number, then a whole date of that year.
    [InlineData("Phường được thành lập theo Nghị quyết số 19/NQ-HĐND năm 2025, ngày 29/4/2025 của HĐND thành phố Hà Nội.", "2025-04-29")]
    public void A_date_written_with_a_slip_or_after_the_year_of_issue_is_read(string text, string date)
    {
        Assert.Equal(date, Only(text).Date);
    }

    [Fact]
    public void A_date_of_another_year_after_the_year_of_issue_is_not_read()
    {
        Assert.Null(Only("Phường được thành lập theo Nghị quyết số 19/NQ-HĐND năm 2024, ngày 29/4/2025 đã họp.").Date);
    }

    [Fact]
    public void A_date_after_an_issuer_whose_last_syllable_is_lower_case_is_read()
    {
        var cite = Only("Căn cứ Thông tư số 12/2019/TT-BGTVT của Bộ Giao thông Vận tải ngày 15/4/2019 về đăng kiểm;");
        Assert.Equal(("2019-04-15", "Bộ Giao thông Vận tải"), (cite.Date, cite.Issuer));
    }

    [Theory]
    [InlineData("Theo Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Nam ký ngày 05/3/2020 về quy hoạch.", "UBND tỉnh Quảng Nam")]
    [InlineData("Theo Kế hoạch số 5/KH-UBND của UBND huyện Điện Biên triển khai ngày 05/3/2020.", "UBND huyện Điện Biên")]
    public void A_verb_before_a_date_is_not_part_of_the_issuer(string text, string issuer)
    {
        Assert.Equal(issuer, Only(text).Issuer);
    }

    [Fact]
    public void A_whole_date_in_parentheses_after_the_symbol_is_its_date()
    {
        var cite = Only("Quán triệt Kết luận 21-KL/TW (25/10/2021) của Ban Chấp hành Trung ương về xây dựng Đảng.");
        Assert.Equal(("2021-10-25", "Ban Chấp hành Trung ương"), (cite.Date, cite.Issuer));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND (2021) của UBND tỉnh.")]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND (25/10) của UBND tỉnh.")]
    public void A_year_or_a_day_and_month_in_parentheses_is_no_date(string text)
    {
        Assert.Null(Only(text).Date);
    }

    [Theory]
    // A year that lost a digit: one year fits.
    [InlineData("Căn cứ Kế hoạch số 412/KH-UBND ngày 15/3/219 của UBND huyện;", "2019-03-15")]
    // A year that gained a digit: the symbol's year chooses among those that fit.
    [InlineData("Căn cứ Nghị định số 45/2016/NĐ-CP ngày 26/5/20216 của Chính phủ;", "2016-05-26")]
    public void A_date_whose_year_lost_or_gained_a_digit_is_read_back(string text, string date) =>
        Assert.Equal(date, Only(text).Date);

    [Fact]
    public void A_damaged_year_that_several_years_fit_is_left_unread() =>
        Assert.Null(Only("Căn cứ Kế hoạch số 412/KH-UBND ngày 15/3/20216 của UBND huyện;").Date);

    [Fact]
    public void The_place_before_a_date_written_after_the_number_belongs_to_the_date() =>
        Assert.Equal("2021-10-04", Only("Sở Nội vụ có Công văn số 845/SNV-TCBC Bắc Kạn, ngày 04 tháng 10 năm 2021 về tinh giản biên chế.").Date);

    // A hospital software firm's Markdown (ip-047, ip-048): the link's target between the symbol and its date.
    [Theory]
    [InlineData("Ghi mã đơn vị hành chính cấp huyện theo [Quyết định số 124/2004/QĐ-TTg](https://vanban.chinhphu.vn/default.aspx?pageid=27160&docid=14081) ngày 08/7/2004 của Thủ tướng Chính phủ ban hành danh mục mã đơn vị hành chính.", "2004-07-08")]
    [InlineData("Việc ghi mã bệnh thực hiện theo quy định tại [Thông tư số 46/2016/TT-BYT](https://chinhphu.vn/default.aspx?pageid=27160&docid=189279) ngày 30 tháng 12 năm 2016 của Bộ trưởng Bộ Y tế ban hành danh mục bệnh dài ngày;", "2016-12-30")]
    public void A_markdown_links_target_does_not_part_a_symbol_from_its_date(string text, string date)
    {
        var citation = Only(text);
        Assert.Equal(date, citation.Date);
        Assert.Contains("](https://", citation.Text);
    }

    // A teachers' handbook (ip-026): the date after the first citation opens the clause that issues the second.
    [Fact]
    public void A_date_opening_the_next_issuing_clause_leaves_the_citation_before_it()
    {
        var citations = Parser.Parse("Để thực hiện Nghị quyết 29 của Trung ương, ngày 28/11/2014, Quốc hội đã ban hành Nghị quyết số 88/2014/QH13 về đổi mới chương trình, sách giáo khoa Giáo dục phổ thông.")
            .Citations;
        Assert.Equal([null, "2014-11-28"], citations.Select(c => c.Date));
        Assert.Equal("Nghị quyết 29 của Trung ương", citations[0].Text);
    }

    [Fact]
    public void A_second_clause_led_by_va_den_ngay_takes_its_own_date()
    {
        // jl-069: "và đến ngày 22/8/2025, Bộ Chính trị đã ban hành Nghị quyết 71-NQ/TW", after a first clause's date.
        var cite = Parser.Parse("Ngày 18/4/2025, Tổng Bí thư làm việc với Đảng ủy Chính phủ về xây dựng Nghị quyết và đến ngày 22/8/2025, Bộ Chính trị đã ban hành Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo.")
            .Citations[0];
        Assert.Equal(("71-NQ/TW", "2025-08-22"), (cite.Number, cite.Date));
    }

    // jt-028 (jt-sgddt-tp-hcm-cv-2025-4728-pdf): the page number a page break left between "năm" and the year.
    [Fact]
    public void A_page_number_between_the_year_word_and_the_year_is_passed_over()
    {
        var cited = Parser.Parse("Kế hoạch triển khai thực hiện Kết luận số 132-KL/TW ngày 18 tháng 3 năm 2 2025 của Bộ Chính trị về phòng, chống ma túy.").Citations;
        Assert.Equal(("132-KL/TW", "2025-03-18"), (cited[^1].Number, cited[^1].Date));
    }

    // ju-012 (Lạng Sơn's portal): three numbers listed with commas, the one date after the last dates them all; a pair
    // joined by "và" (iw-008) or numbers each with its own type word (ju-044) keep the date on the last.
    [Fact]
    public void Numbers_listed_with_commas_share_the_date_after_the_last()
    {
        var cited = Parser.Parse("UBND tỉnh công nhận các xã đạt chuẩn (lần lượt tại các Quyết định số: 99/QĐ-UBND, 103/QĐ-UBND, 105/QĐ-UBND, ngày 26/01/2023).").Citations;
        Assert.Equal(["2023-01-26", "2023-01-26", "2023-01-26"], cited.Select(c => c.Date));
    }

    [Theory]
    [InlineData("Bổ sung một số điểm tại công văn số 1654/BTTTT-ƯDCNTT và 1655/BTTTT-ƯDCNTT ngày 27/5/2008 của Bộ Thông tin và Truyền thông.")]
    [InlineData("Quán triệt Chỉ thị số 35-CT/TW, Thông tri số 10-TT/TU và Kế hoạch số 168-KH/HU ngày 5-8-2024 của Ban Chấp hành Đảng bộ huyện.")]
    public void Numbers_joined_by_and_or_typed_apart_keep_the_date_on_the_last(string text)
    {
        var cited = Parser.Parse(text).Citations;
        Assert.Null(cited[0].Date);
    }
}
