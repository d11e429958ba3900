using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>A deadline is due after the document that sets it: what a text dates before its own date is something else.</summary>
public class DeadlineDateTests
{
    private static readonly PlanParser Parser = new();

    private static IEnumerable<string?> Deadlines(string date, string body) =>
        Parser.Parse($"ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 45/KH-UBND\nAn Lão, ngày {date}\nKẾ HOẠCH\nRà soát hộ nghèo\n{body}\n")
            .Deadlines.Select(d => d.Date);

    [Fact]
    public void A_date_before_the_documents_own_is_a_condition_not_a_deadline()
    {
        Assert.Equal(["2024-12-31"], Deadlines("05 tháng 6 năm 2024",
            "Hộ gia đình sử dụng đất trước ngày 01/7/2014 được xem xét. Các xã báo cáo kết quả về UBND huyện trước ngày 31/12/2024."));
    }

    [Fact]
    public void A_day_without_a_year_that_has_passed_by_the_documents_date_is_next_years()
    {
        Assert.Equal(["2025-01-15"], Deadlines("20 tháng 12 năm 2024", "Các xã gửi báo cáo về Phòng Nội vụ trước ngày 15/01."));
    }

    [Fact]
    public void Last_years_date_by_a_slip_of_the_year_stays_as_written()
    {
        Assert.Equal(["2023-02-15"], Deadlines("18 tháng 01 năm 2024", "Các xã gửi đăng ký thi đua về Phòng Nội vụ trước ngày 15/02/2023."));
    }

    [Fact]
    public void Without_the_documents_date_every_deadline_stays()
    {
        var record = Parser.Parse("KẾ HOẠCH\nRà soát hộ nghèo\nHộ gia đình sử dụng đất trước ngày 01/7/2014 được xem xét.\n");
        Assert.Equal(["2014-07-01"], record.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void A_date_that_bounds_completed_cases_is_a_condition_not_a_deadline()
    {
        Assert.Equal(["2025-03-31"], Deadlines("10 tháng 01 năm 2025",
            "Hồ sơ đã được tiếp nhận trước ngày 20/02/2025 thì tiếp tục giải quyết theo quy định cũ. "
            + "Các xã đã đăng ký gửi báo cáo về UBND huyện trước ngày 31/3/2025."));
    }

    [Fact]
    public void A_rule_already_written_in_a_cited_decree_makes_no_completed_action()
    {
        // kx-chinh-phu-nq-2026-113-pdf: "đã quy định tại" says where the duty's rule is written, not what was done.
        Assert.Equal(["2026-05-01", "2026-08-01"], Deadlines("25 tháng 4 năm 2026",
            "Đối với chi phí năm 2023, 2024, yêu cầu Bộ Tài chính khẩn trương thực hiện theo đúng thẩm quyền đã quy định tại "
            + "Nghị định số 75/2023/NĐ-CP của Chính phủ xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2023, "
            + "xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024."));
    }

    [Fact]
    public void The_end_of_a_period_of_covered_cases_is_no_deadline()
    {
        Assert.Empty(Deadlines("10 tháng 01 năm 2025", "Áp dụng cho hợp đồng ký từ ngày 01/01/2025 đến trước ngày 01/6/2025."));
    }

    [Fact]
    public void A_date_years_before_the_year_of_the_documents_number_is_no_deadline()
    {
        var record = Parser.Parse("QUỐC HỘI\nLuật số: 12/2025/QH15\nLUẬT\nĐất đai\nThửa đất được đo vẽ trước ngày 01/7/2014 được giữ nguyên. "
            + "Chính phủ ban hành văn bản hướng dẫn chậm nhất đến ngày 01 tháng 7 năm 2026.\n");
        Assert.Equal(["2026-07-01"], record.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void A_time_limit_extended_to_a_date_is_a_deadline()
    {
        Assert.Equal(["2024-07-15"], Deadlines("02 tháng 7 năm 2024",
            "Thời hạn nộp hồ sơ đăng ký xét tuyển được gia hạn đến ngày 15/7/2024. Hội chợ kéo dài đến ngày 20/7/2024."));
    }

    // Công văn 2345/BGDĐT-GDTH (2021): "… trước ngày 31 tháng 8 hàng năm", "… trước ngày 30 tháng 6 hàng năm".
    [Fact]
    public void A_day_that_recurs_each_year_is_no_deadline()
    {
        Assert.Empty(Deadlines("07 tháng 6 năm 2021",
            "Kế hoạch giáo dục của nhà trường được ban hành và báo cáo cấp có thẩm quyền trước ngày 31 tháng 8 hàng năm. "
            + "Báo cáo kết quả thực hiện về Bộ GDĐT trước ngày 30 tháng 6 hằng năm./."));
    }

    // Nghị định 145/2020/NĐ-CP as a tax firm's calendar gives it: "Định kỳ hằng năm (trước ngày 05 tháng 12), doanh
    // nghiệp phải báo cáo …"; a dated deadline in the same kind of clause stays.
    [Fact]
    public void A_day_without_a_year_in_a_recurring_clause_is_no_deadline_but_a_dated_one_is()
    {
        Assert.Equal(["2024-12-20"], Deadlines("05 tháng 6 năm 2024",
            "Định kỳ hằng năm (trước ngày 05 tháng 12), các xã báo cáo tình hình thay đổi lao động. "
            + "Định kỳ 6 tháng, các xã gửi báo cáo năm 2024 về UBND huyện trước ngày 20/12/2024."));
    }

    [Fact]
    public void A_day_without_a_year_with_no_recurring_word_is_still_a_deadline()
    {
        Assert.Equal(["2024-08-31"], Deadlines("07 tháng 6 năm 2024", "Các trường báo cáo kế hoạch năm học về Phòng trước ngày 31 tháng 8."));
    }

    // iu-vpcp-cd-2003-2025-pdf (a VPCP công điện) and a Phòng's letter: the hour written before the day.
    [Theory]
    [InlineData("Tổng hợp danh sách gửi Văn phòng Chính phủ trước 14 giờ ngày 08 tháng 10 năm 2025 để tổng hợp.", "2025-10-08")]
    [InlineData("Xác nhận đại biểu qua hộp thư điện tử trước 14 giờ, ngày 08 tháng 10 năm 2025 để tổng hợp.", "2025-10-08")]
    [InlineData("Các trường gửi danh sách trước 9h00 ngày 23/4/2025 để Phòng tổng hợp.", "2025-04-23")]
    [InlineData("Các xã gửi báo cáo trước 16 giờ 30 phút ngày 15/5 về UBND huyện.", "2025-05-15")]
    // mr-dh-tay-do-tb-2025-731-ocr: the hour led in by "đến".
    [InlineData("3 (đợt 2). năm học 2024 - 2025 đã được duyệt, được niêm phong theo quy định và gửi về\nTrung tâm Khảo thí chậm nhất đến 16 giờ 00 ngày 18/7/2025 để Trung tâm thực hiện", "2025-07-18")]
    public void An_hour_before_the_day_leaves_the_day_as_the_deadline(string body, string expected)
    {
        Assert.Equal([expected], Deadlines("01 tháng 4 năm 2025", body));
    }

    [Fact]
    public void An_hour_alone_dates_no_deadline()
    {
        Assert.Empty(Deadlines("01 tháng 4 năm 2025", "Đại biểu có mặt trước 14 giờ để đón đoàn; hội nghị họp ngày 08/4/2025."));
    }

    // kx-bo-quoc-phong-vbhn-2026-tang-le-ocr (lines 22-24, 421-422, verbatim): a consolidated circular whose date the copy
    // left blank ("ngày 01) tháng $Š năm 2026"), citing the circular of 2026 it consolidates; its list of who is covered
    // holds "trước ngày 01 tháng 01 năm 1945". The closing sentence is the test's own, a real limit after the cited date.
    [Fact]
    public void Without_the_documents_date_a_date_before_what_it_cites_is_no_deadline()
    {
        var record = Parser.Parse("BỘ QUỐC PHÒNG\nTHÔNG TƯ\nQuy định và hướng dẫn tổ chức lễ tang\n"
            + "Thông tư số 18/2026/TT-BQP ngày 10 tháng 3 năm 2026 của Bộ trưởng [\nBộ Quốc phòng sửa đổi, bô sung một số điêu của Thông tư sô 86/2016/TT-BQP\n"
            + "h) Cán bộ hoạt động cách mạng trước ngày 01 tháng 01 năm 1945 (lão\n— thành cách mạng) được tặng thưởng Huân chương Độc lập hạng Nhất trở lên;\n"
            + "Các cơ quan, đơn vị báo cáo về Bộ Quốc phòng trước ngày 30 tháng 6 năm 2026.\n");
        Assert.Equal(["2026-06-30"], record.Deadlines.Select(d => d.Date));
    }
}
