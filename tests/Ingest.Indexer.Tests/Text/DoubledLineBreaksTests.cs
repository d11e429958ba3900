using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// A page or a Word file that puts a blank line after every line: the doubling is undone, one character for one, where
/// it says nothing (after a short line that closes no clause); a paragraph's own break after a long line or a closed
/// clause stays, and a text laid out otherwise comes back as it is.
/// </summary>
public sealed class DoubledLineBreaksTests
{
    private static readonly PlanParser Parser = new();

    // sg-tt-huong-son-ttr-2014-67 (a commune's Tờ trình), verbatim up to its recipients; the title runs over three lines.
    private const string Submission = """
        Trang 1UỶ BAN NHÂN DÂN
        THỊ TRẤN HƯƠNG SƠN
        Số: 67 /TTr - UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hương Sơn, ngày 26 tháng 9 năm 2014
        TỜ TRÌNH
        Về việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn
        Phổ cập giáo dục tiểu học và Phổ cập giáo dục tiểu học
        đúng độ tuổi mức độ 2 năm 2014
        Kính gửi: - Uỷ ban nhân dân huyện Phú Bình
        - Phòng Gáo dục và Đào tạo huyện Phú Bình Căn cứ Luật giáo dục năm 2005;
        Căn cứ Thông tư số 36/2009/TT-BGD&ĐT ngày 04 tháng 12 năm 2009 của
        Bộ Giáo dục và Đào tạo về việc Ban hành quy định kiểm tra, công nhận Phổ cập giáo dục tiểu học và Phổ cập giáo dục tiểu học đúng độ tuổi;
        """;

    [Fact]
    public void A_title_over_doubled_lines_is_read_whole()
    {
        var doubled = Submission.Replace("\n", "\n\n", StringComparison.Ordinal);

        var record = Parser.Parse(doubled);

        Assert.Equal("Về việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn Phổ cập giáo dục tiểu học và Phổ cập giáo dục tiểu học đúng độ tuổi mức độ 2 năm 2014", record.Title);
        Assert.Equal(Parser.Parse(Submission).Title, record.Title);
        Assert.Equal("67/TTr-UBND", record.Number);
    }

    [Fact]
    public void Undoing_keeps_every_offset_and_turns_the_dropped_breaks_into_spaces()
    {
        var doubled = Submission.Replace("\n", "\n\n", StringComparison.Ordinal);

        var undone = DoubledLineBreaks.Undo(doubled);

        Assert.Equal(doubled.Length, undone.Length);
        Assert.StartsWith("Trang 1UỶ BAN NHÂN DÂN \nTHỊ TRẤN HƯƠNG SƠN \nSố: 67 /TTr - UBND \n", undone, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_break_after_a_long_line_or_a_closed_clause_stays()
    {
        // kb-thanh-uy-tp-hcm-cv-2007-175-headerless: a portal's headline, then the body, every paragraph a blank line apart.
        var text = string.Join("\n\n",
            "Văn bản chỉ đạoVÀ hướng dẫn", "Quay lại",
            "Công văn số 175-CV/TU ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức kỷ niệm 77 năm ngày thành lập Đảng và phát động cuộc vận động \"Học tập và làm theo tấm gương đạo đức Hồ Chí Minh\"",
            "Thực hiện chỉ đạo của Ban Bí thư Trung ương Đảng về tổ chức kỷ niệm 77 năm ngày thành lập Đảng, Ban Thường vụ Thành ủy yêu cầu :",
            "1/ Ban Cán sự Đảng Ủy ban Nhân dân Thành phố chỉ đạo.", "2/ Các quận - huyện ủy tổ chức kỷ niệm.",
            "3/ Ban Tuyên giáo Thành ủy hướng dẫn.", "4/ Ban Dân vận Thành ủy phối hợp.", "5/ Thành đoàn tổ chức.",
            "6/ Các cơ quan báo chí tuyên truyền.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn Đua");

        var undone = DoubledLineBreaks.Undo(text);

        Assert.Contains("Quay lại \nCông văn số 175-CV/TU", undone, StringComparison.Ordinal);
        Assert.Contains("Hồ Chí Minh\"\n\nThực hiện", undone, StringComparison.Ordinal);
        Assert.Contains("yêu cầu :\n\n1/ Ban", undone, StringComparison.Ordinal);
        Assert.Contains("T/M BAN THƯỜNG VỤ \nPHÓ BÍ THƯ THƯỜNG TRỰC \nNguyễn Văn Đua", undone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 12/KH-UBND\nTân Phú, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nTổ chức ngày hội\nI. MỤC ĐÍCH\n1. Mục đích\n2. Yêu cầu\nII. NỘI DUNG")]
    [InlineData("KẾ HOẠCH\n\nTổ chức ngày hội\n\nI. MỤC ĐÍCH")]
    public void A_text_not_doubled_throughout_is_returned_as_it_is(string text) =>
        Assert.Same(text, DoubledLineBreaks.Undo(text));
}
