using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Forms of a deadline that end a period of work or stand in a flattened table, and their look-alikes that only date
/// an event or a recurring report; each excerpt is verbatim from the corpus document named beside it.
/// </summary>
public class DeadlineFormTests
{
    private static readonly PlanParser Parser = new();

    private static IEnumerable<string?> Deadlines(string header, string body) =>
        Parser.Parse(header + "\n" + body + "\n").Deadlines.Select(d => d.Date);

    private const string SytHeader = "SỞ Y TẾ\nSố: 53/KH-SYT\nThành phố Hồ Chí Minh, ngày 03 tháng 02 năm 2021\nKẾ HOẠCH\n"
        + "Công tác kiểm tra, rà soát, xử lý văn bản quy phạm pháp luật trong lĩnh vực y tế";

    // ld-syt-tp-hcm-kh-2021-ra-soat-vbqppl-ocr
    [Fact]
    public void Two_whole_dates_after_one_trigger_are_two_deadlines()
    {
        Assert.Equal(["2021-05-20", "2021-11-20"], Deadlines(SytHeader,
            "soát, cung, câp các văn bản cân thiết đề làm cơ sở tiên hành kiêm tra. Thực hiện\n"
            + "báo cáo kêt quả thực hiện định kỳ trước ngày 20/5/2021 và 20/11/2021 hoặc theo\nđê nghị của Văn phòng Sở."));
    }

    private const string DhdlHeader = "TRƯỜNG ĐẠI HỌC ĐIỆN LỰC\nSố: 534/TB-ĐHĐL\nHà Nội, ngày 15 tháng 6 năm 2021\nTHÔNG BÁO\n"
        + "Về việc tổ chức đăng ký môn học học kỳ I năm học 2021-2022";

    // jw-dh-dien-luc-tb-2021-dkmh-ocr
    [Fact]
    public void The_end_of_a_period_that_a_limit_word_opens_is_a_deadline()
    {
        Assert.Equal(["2021-07-11"], Deadlines(DhdlHeader,
            "theo mức quy định của nhà trường, nộp học phí trước khi môn học bắt đầu. Hạn nộp đơn\n"
            + "từ ngày 30/6/2021 đến hết ngày 11/7/2021. Nhà trường sẽ căn cứ nhu cầu thực tế và số"));
    }

    private const string TayDoHeader = "TRƯỜNG ĐẠI HỌC TÂY ĐÔ\nSố: 561/TB-ĐHTĐ\nCần Thơ, ngày 30 tháng 5 năm 2025\nTHÔNG BÁO\n"
        + "Về việc dịch tài liệu sang tiếng Anh";

    // mj-dh-tay-do-tb-2025-561-ocr: the label before the colon names the time to finish.
    [Fact]
    public void The_end_of_a_period_under_a_label_for_the_time_to_finish_is_a_deadline()
    {
        Assert.Equal(["2025-06-09"], Deadlines(TayDoHeader,
            "tâm ĐBCLGD cung cấp;\n\n4. Thời gian hoàn thành: đến hết ngày 09/6/2025.\n\nĐề nghị lãnh đạo các đơn vị có liên quan nghiêm túc triển khai, hoàn thành"));
    }

    // mq-dh-tay-do-tb-2025-1145-ocr: no "từ ngày" opens a period; a duty ("gửi") comes before, a bracketed aside between.
    [Fact]
    public void The_last_day_to_send_after_a_bracketed_aside_is_a_deadline()
    {
        Assert.Equal(["2025-11-07"], Deadlines(TayDoHeader,
            "- Các đơn vị tổng hợp đăng ký báo cáo seminar theo mẫu (ruy cập mục Biểu mẫu -\n"
            + "Văn bản tại trang web hfips://sid. tdu.edu.vn/) và gửi bằng văn bản có chữ ký của lãnh\n"
            + "đạo đơn vị về Phòng Quản lý Khoa học & Hợp tác quốc tế (Cô Nguyễn Ngọc Quỳnh Anh,\n"
            + "email: nnganh@tdu.edu.vn) đến hết ngày 07/11/2025."));
    }

    // A rule's time ends with no duty before it (corpus README, deadlines).
    [Fact]
    public void The_end_of_a_rules_time_with_no_duty_is_no_deadline()
    {
        Assert.Empty(Deadlines(TayDoHeader, "Thời hạn áp dụng của Nghị định này đến hết ngày 30 tháng 6 năm 2026."));
    }

    // ld-/jp- corpus: "Thời gian treo cờ Tổ quốc: Từ ngày 23/7/2025 đến hết ngày 27/7/2025." labels the days of an event.
    [Fact]
    public void The_end_of_a_period_under_a_label_for_an_event_is_no_deadline()
    {
        Assert.Empty(Deadlines(TayDoHeader, "Thời gian treo cờ Tổ quốc: Từ ngày 23/7/2025 đến hết ngày 27/7/2025."));
    }

    // jp-ubnd-xa-nhon-my-tb-2026-tet-headerless
    [Fact]
    public void The_end_of_the_days_of_an_event_is_no_deadline()
    {
        Assert.Empty(Deadlines("ỦY BAN NHÂN DÂN XÃ NHƠN MỸ\nSố: 12/TB-UBND\nNhơn Mỹ, ngày 05 tháng 02 năm 2026\nTHÔNG BÁO\nNghỉ Tết",
            "Các cơ quan, đơn vị, doanh nghiệp và hộ dân treo Quốc kỳ từ ngày 16/02/2026 đến hết ngày 20/02/2026."));
    }

    // lp-thu-tuong-qd-2023-09-pdf: "hàng năm" stands before the list of bodies, whose capitals open no new clause here.
    [Fact]
    public void A_day_without_a_year_in_a_sentence_that_recurs_each_year_is_no_deadline()
    {
        Assert.Empty(Deadlines("THỦ TƯỚNG CHÍNH PHỦ\nSố: 09/2023/QĐ-TTg\nHà Nội, ngày 12 tháng 4 năm 2023\nQUYẾT ĐỊNH\nVề việc sử dụng thẻ ABTC",
            "    5. Các cơ quan, tổ chức, doanh nghiệp, cá nhân được sử dụng thẻ ABTC định\n"
            + "kỳ hàng năm báo cáo về tình hình sử dụng thẻ ABTC thuộc đơn vị mình, gửi về\n"
            + "cơ quan chuyên môn của bộ ngành, Ủy ban nhân dân tỉnh, thành phố trực thuộc\n"
            + "Trung ương trước ngày 31 tháng 12. Trong quá trình sử dụng thẻ ABTC, nếu có"));
    }

    // iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr: the schedule's "Thời gian" cell and its date on the row's next line.
    [Fact]
    public void A_lone_before_cell_of_a_flattened_table_takes_the_date_on_the_next_line()
    {
        Assert.Equal(["2026-06-27", "2026-06-30"], Deadlines(
            "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG\nSố: 5/KH-DCT\nThành phố Hồ Chí Minh, ngày 15 tháng 6 năm 2026\nKẾ HOẠCH\nKhảo sát sinh viên",
            "6. Tiến độ thực hiện\n\n"
            + "Ị Ban hành kê hoạch; rà soát danh sách | Trước ngày | Phòng Đào tạo; Trung\n\n"
            + "sinh viên thuộc 05 khoa được chọn 27/6/2026 | tâm QLCL\n\n"
            + "2 | Chọn mẫu ngẫu nhiên, chuẩn bị tài | Trước ngày | Trung tâm QLCL; các\n\n"
            + "khoản/đường dẫn và hướng dẫn khảo sát | 30/6/2026 | khoa\n"
            + "Trung tâm QLCL; các\n"));
    }

    private const string BtcHeader = "BỘ TÀI CHÍNH\nSố: 110/2025/TT-BTC\nHà Nội, ngày 19 tháng 11 năm 2025\nTHÔNG TƯ\n"
        + "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường";

    // mu-bo-tai-chinh-tt-2025-110 (held out): cases that arose before the date keep the old circular's fee.
    [Fact]
    public void A_date_before_which_cases_arose_is_no_deadline()
    {
        Assert.Empty(Deadlines(BtcHeader,
            "3. Đối với các hồ sơ đề nghị cấp, điều chỉnh Giấy phép\n"
            + "đủ điều kiện kinh doanh dịch vụ karaoke hoặc dịch vụ vũ trường phát sinh trước\n"
            + "ngày 01/01/2026 thì việc thu, nộp, quản lý và sử dụng phí thực hiện theo quy\n"
            + "định tại Thông tư số 01/2021/TT-BTC."));
    }
}
