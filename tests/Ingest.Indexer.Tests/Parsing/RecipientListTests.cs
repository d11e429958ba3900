using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>The Nơi nhận list as copies really lay it out: other marks, no marks, items broken or run together, tables.</summary>
public class RecipientListTests
{
    private static readonly PlanParser Parser = new();

    private static IEnumerable<string> Recipients(string tail) =>
        Parser.Parse("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng chống dịch bệnh\nCác thôn triển khai thực hiện.\n" + tail)
            .Recipients.Select(r => r.Text);

    // im-vpcp-11299: a repository's conversion broke the emphasised heading after its first word.
    [Fact]
    public void A_heading_broken_after_its_first_word_still_opens_the_list()
    {
        Assert.Equal(["Như trên", "Thường trực Huyện ủy (b/c)", "Các phòng, ban"],
            Recipients("*Nơi\nnhận:*\n- Như trên;\n- Thường trực Huyện ủy (b/c);\n- Các phòng, ban;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void An_item_broken_over_lines_is_one_recipient()
    {
        Assert.Equal(["Ban Chỉ đạo phòng chống dịch huyện (b/c)", "Trạm Y tế xã", "Các thôn, khu dân cư"],
            Recipients("Nơi nhận:\n- Ban Chỉ đạo phòng chống dịch\nhuyện (b/c);\n- Trạm Y tế xã;\n- Các thôn,\n\nkhu dân cư;\n- Lưu: VT.\n"));
    }

    [Fact]
    public void En_dashes_tildes_and_a_mark_alone_on_its_line_mark_items()
    {
        Assert.Equal(["Như trên", "Đảng ủy xã", "MTTQ xã"],
            Recipients("Nơi nhận :\n– Như trên;\n-\nĐảng ủy xã;\n~ MTTQ xã;\n~ Lưu VT.\n"));
    }

    [Fact]
    public void Items_run_together_on_the_heading_line_are_split_at_their_marks()
    {
        Assert.Equal(["Huyện ủy (b/c)", "Như Điều 3", "Cổng thông tin điện tử xã"],
            Recipients("Nơi nhận: - Huyện ủy (b/c); - Như Điều 3; - Cổng thông tin điện tử xã; - Lưu VP.\nTM. ỦY BAN NHÂN DÂN\n"));
    }

    [Fact]
    public void A_list_without_marks_has_one_recipient_a_line_and_the_signature_ends_it()
    {
        Assert.Equal(["Trạm Y tế xã (b/c)", "Các thôn (t/h)"],
            Recipients("Nơi nhận:\nTrạm Y tế xã (b/c);\nCác thôn (t/h).\nCHỦ TỊCH\nNguyễn Văn Hùng\n"));
    }

    [Fact]
    public void A_list_in_a_tables_cells_loses_the_borders_and_line_ends()
    {
        Assert.Equal(["Chính phủ", "Ủy ban nhân dân tỉnh Hà Tĩnh"], Recipients("""
            | ***Nơi nhận:\***          | \                |
            | -Chính phủ;\              | \                |
            | -Ủy ban nhân dân tỉnh     | CHỦ TỊCH\        |
            | Hà Tĩnh;\                 | Nguyễn Văn A     |
            | -Lưu: HC.                 |                  |
            +---------------------------+------------------+
            """));
    }

    [Theory]
    [InlineData("Nơi nhận:\n- - Như trên;\n- - Phòng Nội vụ;\n- - Lưu VT.\n")]
    [InlineData("Nơi nhận:\n- Như trên;\n- Phòng Nội vụ;\n- Lưu\n\nTrần Văn Bình\n")]
    [InlineData("Nơi nhận:\n-Như trên;\n-Phòng Nội vụ;\n-Lâu.\n")]
    public void The_file_copy_alone_doubled_marks_or_misread_is_no_recipient(string tail) =>
        Assert.Equal(["Như trên", "Phòng Nội vụ"], Recipients(tail));

    [Fact]
    public void The_file_copy_inside_the_last_item_is_no_recipient()
    {
        Assert.Equal(["Các phòng chuyên môn", "Phòng PC-NC"], Recipients("Nơi nhận:\n- Các phòng chuyên môn;\n- Phòng PC-NC; Lưu: VT, (PC-Tg).\n"));
    }

    [Fact]
    public void An_annex_after_an_empty_heading_is_no_list()
    {
        Assert.Empty(Recipients("Nơi nhận:\nPHƯƠNG ÁN PHÒNG CHỐNG LỤT BÃO\n1. Mục đích yêu cầu của phương án phòng chống lụt bão năm nay\n"));
    }
}
