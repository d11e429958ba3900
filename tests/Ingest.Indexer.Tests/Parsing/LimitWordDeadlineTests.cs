using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>A date is a deadline when a limit word names it, even where no "trước ngày" stands before it.</summary>
public class LimitWordDeadlineTests
{
    private static readonly PlanParser Parser = new();

    private static IEnumerable<string?> Deadlines(string body) =>
        Parser.Parse($"SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 4644/KH-SGDĐT\nThành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2025\nKẾ HOẠCH\nTổ chức cuộc thi\n{body}\n")
            .Deadlines.Select(d => d.Date);

    // kd-sgddt-tp-hcm-kh-2025-4644-pdf
    [Fact]
    public void A_limit_said_to_be_a_day_is_a_deadline()
    {
        Assert.Equal(["2025-12-15"], Deadlines("      - Thời hạn cuối cùng Ban tổ chức có trách nhiệm trao thưởng cho người\n"
            + "thắng giải là ngày 15/12/2025. Các khiếu nại liên quan đến quà tặng phát sinh sau ngày 15/12/2025 sẽ không được giải quyết."));
    }

    [Fact]
    public void The_day_of_an_event_said_to_be_a_day_is_no_deadline()
    {
        Assert.Empty(Deadlines("- Lễ tổng kết và trao giải là ngày 20/12/2025 tại Nhà Văn hóa Thanh niên."));
    }

    // kd-thpt-phuoc-buu-kh-2025-230-pdf: the school's schedule, each day after a PDF's private-use bullet.
    [Fact]
    public void A_schedule_day_whose_line_names_a_limit_is_a_deadline_and_the_others_are_days_of_the_calendar()
    {
        Assert.Equal(["2025-11-25"], Deadlines("V. LỊCH CHI TIẾT TỔ CHỨC (15/11 → 10/12/2025)\n"
            + "      \uF0B7 22/11: Thành lập Câu lạc bộ Khởi nghiệp (15 HS nòng cốt + 3 GV).\n"
            + "      \uF0B7 25/11: Hạn đăng ký nhóm (mỗi khối ≥01 nhóm); hướng dẫn Business Model\n       Canvas.\n"
            + "      \uF0B7 28/11: Workshop ý tưởng (mỗi nhóm thảo luận, GVHD hỗ trợ)."));
    }
}
