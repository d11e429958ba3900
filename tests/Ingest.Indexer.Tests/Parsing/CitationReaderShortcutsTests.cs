using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// The citation readers skip their patterns where the characters every branch opens with are not there, and read each
/// distinct issuer's province and level once per text (issue 12, parser speed). These rows are the shapes the shortcuts
/// border on, taken from the texts the patterns were written for: each must still read as it did, and a near miss on the
/// other side of a shortcut must still read as a single document.
/// </summary>
public sealed class CitationReaderShortcutsTests
{
    private static readonly PlanParser Parser = new();

    private static List<(string? Number, string? Date, string? Issuer, string Key)> Cited(string text) =>
        Parser.Parse(text).Citations.Select(c => (c.Number, c.Date, c.Issuer, c.Key)).ToList();

    [Theory]
    // Serials listed before the codes they share: a comma, or "và", right after the first serial.
    [InlineData("Căn cứ Quyết định 217, 218 – QĐ/TW của Bộ Chính trị về ban hành quy chế giám sát.", "217-QĐ/TW", "218-QĐ/TW")]
    [InlineData("Thực hiện Chỉ thị số 05 và 06/CT-UBND của UBND tỉnh về phòng chống dịch.", "05/CT-UBND", "06/CT-UBND")]
    // Serials without codes after "số", closed by the issuer or the plenum.
    [InlineData("Thực hiện quyết định số 217 và 218 của Bộ Chính trị về giám sát, phản biện xã hội.", "217", "218")]
    [InlineData("Quán triệt các Nghị quyết số 18, 19 Hội nghị Trung ương 6 khóa XII về sắp xếp tổ chức bộ máy.", "18", "19")]
    public void A_list_of_serials_after_one_type_word_cites_each(string text, string first, string second)
    {
        Assert.Equal([first, second], Cited(text).Select(c => c.Number));
    }

    [Fact]
    public void A_single_serial_after_a_type_word_is_one_document_not_a_list()
    {
        Assert.Equal(["217-QĐ/TW"], Cited("Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.").Select(c => c.Number));
    }

    [Theory]
    // The number word's lead: "(số", none at all, and a qualifier whose "sơ" folds to the number word.
    [InlineData("Căn cứ Nghị quyết (số 12/NQ-HĐND) về phát triển kinh tế.", "12/NQ-HĐND", null)]
    [InlineData("Thực hiện Chỉ thị 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về công tác tuyển sinh.", "34-CT/TW", "2014-04-07")]
    [InlineData("Theo Bản án sơ thẩm số 05/2020/HS-ST ngày 12/3/2020 của Tòa án nhân dân huyện.", "05/2020/HS-ST", "2020-03-12")]
    public void The_number_is_read_after_any_lead_of_the_number_word(string text, string number, string? date)
    {
        var cited = Assert.Single(Cited(text));
        Assert.Equal((number, date), (cited.Number, cited.Date));
    }

    [Theory]
    // What follows the symbol: a unit's jurisdiction, a bracketed date, the signing verb, "của" glued to the date.
    [InlineData("Căn cứ Quyết định số 5 /QĐ-UBND huyện Thái Thụy, ngày 28 tháng 4 năm 2011 về việc giao chỉ tiêu.", "2011-04-28", "UBND huyện Thái Thụy")]
    [InlineData("Căn cứ Công văn số 1234/QĐ-UBND (ngày 9/5/2024) về thi đua.", "2024-05-09", null)]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND được ký ban hành ngày 12/3/2021 về thi đua.", "2021-03-12", null)]
    [InlineData("Thực hiện Kế hoạch số 12/KH-UBND ngày 20/01/2022của UBND tỉnh Lạng Sơn về thi đua.", "2022-01-20", "UBND tỉnh Lạng Sơn")]
    public void The_date_and_issuer_after_the_symbol_are_read(string text, string date, string? issuer)
    {
        var cited = Assert.Single(Cited(text));
        Assert.Equal((date, issuer), (cited.Date, cited.Issuer));
    }

    [Fact]
    public void A_code_that_lost_a_letter_is_restored_by_the_issuer_written_after_it()
    {
        var cited = Assert.Single(Cited("Thực hiện Hướng dẫn 115-HD/BTGW ngày 10/3/2020 của Ban Tuyên giáo Trung ương về tuyên truyền."));
        Assert.Equal("115-HD/BTGTW", cited.Number);
    }

    // The district's issuer names no province: its key takes the plan's, read from the text, with the district below it.
    [Fact]
    public void Citations_of_one_issuer_and_of_another_keep_each_their_own_province()
    {
        var cited = Cited("Thực hiện Kế hoạch số 12/KH-UBND ngày 1/2/2021 của UBND tỉnh Lạng Sơn, Kế hoạch số 13/KH-UBND ngày 2/2/2021 "
            + "của UBND tỉnh Lạng Sơn và Quyết định số 5/QĐ-UBND ngày 28/4/2011 của UBND huyện Thái Thụy về thi đua.");
        Assert.Equal(["12/KH-UBND|2021|lang-son", "13/KH-UBND|2021|lang-son", "5/QĐ-UBND|2011|lang-son/huyen-thai-thuy"], cited.Select(c => c.Key));
    }

    [Fact]
    public void A_glued_abbreviation_after_a_citing_word_is_found_past_the_words_before_it()
    {
        Assert.Equal(["932"], Cited("- Các Thành viên TCT CCHC theo QĐ932;").Select(c => c.Number));
    }

    [Fact]
    public void Bare_symbols_after_other_numbers_are_each_read_from_their_own_serial()
    {
        // A year before the list, a serial that is itself a year's digits: the sweep steps over runs of digits, never into one.
        Assert.Equal(["123/KH-UBND", "45/QĐ-UBND", "2022/KH-SGDĐT"],
            Cited("Năm 2021, đơn vị đã triển khai 123/KH-UBND, 45/QĐ-UBND và 2022/KH-SGDĐT trên toàn tỉnh.").Select(c => c.Number));
    }

    [Fact]
    public void A_registers_date_after_the_symbol_is_its_date()
    {
        var cited = Assert.Single(Cited("10/2015/TTLT-BYT-BNV 27/05/2015 Bộ Y tế hướng dẫn chức danh."));
        Assert.Equal(("10/2015/TTLT-BYT-BNV", "2015-05-27"), (cited.Number, cited.Date));
    }

    [Fact]
    public void Deadline_triggers_are_found_before_the_dates_they_lead_and_other_words_before_numbers_are_passed_over()
    {
        var deadlines = Parser.Parse("Năm 2021, các đơn vị gửi báo cáo số 12 trước ngày 15/12/2021 và chậm nhất là ngày 20/12/2021 về Sở.").Deadlines;
        Assert.Equal(["2021-12-15", "2021-12-20"], deadlines.Select(d => d.Date));
    }

    [Theory]
    // A bare number after the type word, "số" before it or a year after it; near miss: a period of five years.
    [InlineData("Thực hiện Chỉ thị số 34 của Bộ Chính trị về công tác tuyển sinh.", "34")]
    [InlineData("Theo Công văn 5580 năm 2016 về thi đua.", "5580")]
    [InlineData("Xây dựng Kế hoạch 5 năm 2021-2025 của đơn vị.", null)]
    public void A_bare_number_after_a_type_word_is_read_where_the_words_around_it_make_one_document(string text, string? number)
    {
        Assert.Equal(number is null ? [] : [number], Cited(text).Select(c => c.Number));
    }

    [Fact]
    public void A_serial_written_once_takes_the_one_printed_again_and_again_among_other_serials_of_its_series()
    {
        // kx-bo-quoc-phong-vbhn-2026-tang-le-ocr's shape: 66/2016 once, dated as 86/2016, which the text prints four times;
        // 12/2016 and 13/2016 are other documents of the series, each written once.
        var cited = Cited("Căn cứ Thông tư số 12/2016/TT-BQP ngày 1 tháng 2 năm 2016; Thông tư số 86/2016/TT-BQP ngày 20 tháng 6 năm 2016; "
            + "Thông tư số 13/2016/TT-BQP ngày 3 tháng 2 năm 2016; Thông tư số 66/2016/TT-BQP ngày 20 tháng 6 năm 2016. Theo Thông tư số "
            + "86/2016/TT-BQP, mục 2 Thông tư số 86/2016/TT-BQP và Thông tư số 86/2016/TT-BQP quy định.");
        Assert.Equal(["12/2016/TT-BQP", "86/2016/TT-BQP", "13/2016/TT-BQP", "86/2016/TT-BQP", "86/2016/TT-BQP", "86/2016/TT-BQP", "86/2016/TT-BQP"],
            cited.Select(c => c.Number));
    }

    [Theory]
    // The issuer's lower-case words ("nhân dân", "huyện", "và" of a sector's name) belong to it; a verb ends it.
    [InlineData("Thực hiện Kế hoạch số 12/KH-UBND ngày 1/2/2021 của Ủy ban nhân dân huyện Thái Thụy về thi đua.", "Ủy ban nhân dân huyện Thái Thụy")]
    [InlineData("Thực hiện Công văn số 45/SGDĐT-VP ngày 3/3/2021 của Sở Giáo dục và Đào tạo về thi đua.", "Sở Giáo dục và Đào tạo")]
    [InlineData("Thực hiện Quyết định số 7/QĐ-UBND ngày 5/5/2021 của UBND huyện ban hành quy chế thi đua.", "UBND huyện")]
    public void The_issuer_after_the_date_keeps_its_lower_case_words_and_stops_at_a_verb(string text, string issuer)
    {
        Assert.Equal(issuer, Assert.Single(Cited(text)).Issuer);
    }

    [Theory]
    [InlineData(2021, 3, 9, "2021-03-09")]
    [InlineData(1946, 12, 31, "1946-12-31")]
    public void A_complete_date_is_written_year_month_day_with_leading_zeros(int year, int month, int day, string iso)
    {
        Assert.Equal(iso, Ingest.Indexer.Parsing.Dates.DateValue.Create(year, month, day)!.Value.Iso);
    }
}
