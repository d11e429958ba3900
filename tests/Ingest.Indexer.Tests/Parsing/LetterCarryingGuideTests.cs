using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A letter whose body opens with the heading of what it carries (ml-tandtc-cv-2020-36, hieuluat's copy of Công văn
/// 36/TANDTC-KHTC of the Tòa án nhân dân tối cao): the number has no type part and a "V/v" stands under it, both a
/// letter's by Nghị định 30/2020/NĐ-CP, so the text is a Công văn and its title the subject, whatever the heading under
/// the header says. Rows cut from that document; a Tờ trình whose "V/v" stands under its own heading keeps its type.
/// </summary>
public sealed class LetterCarryingGuideTests
{
    private static readonly PlanParser Parser = new();

    private const string Header = "  • TÒA ÁN NHÂN DÂN TỐI CAO\n    -------\n\n    Số: 36/TANDTC-KHTC\n"
        + "    V/v: Hướng dẫn quản lý, sử dụng ngân sách chi thường xuyên năm 2020\n\n"
        + "    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    Độc lập - Tự do - Hạnh phúc\n\n    ---------------\n\n"
        + "    Hà Nội, ngày 24 tháng 2 năm 2020\n\n     \n\n";

    private const string Body = "    HƯỚNG DẪN QUẢN LÝ, SỬ DỤNG NGÂN SÁCH CHI THƯỜNG XUYÊN NĂM 2020 THUỘC HỆ THỐNG TÒA ÁN NHÂN DÂN\n\n     \n\n"
        + "    Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;\n\n"
        + "    Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;\n";

    [Fact]
    public void A_heading_under_a_letters_header_does_not_make_the_letter_a_guide()
    {
        var r = Parser.Parse(Header + Body);
        Assert.Equal("Công văn", r.DocType);
        Assert.Equal("36/TANDTC-KHTC", r.Number);
        Assert.Equal("Hướng dẫn quản lý, sử dụng ngân sách chi thường xuyên năm 2020", r.Title);
    }

    // jc-so-noi-vu-binh-thuan-tt-519-2025-pdf: "Số: 519/SNV-TCCC" has no type part either, but its "Về việc" stands
    // under the heading "TỜ TRÌNH": the heading's subject, not a letter's.
    [Fact]
    public void A_subject_under_the_heading_leaves_the_headings_type()
    {
        var r = Parser.Parse(
            "     UBND TỈNH BÌNH THUẬN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "          SỞ NỘI VỤ                                      Độc lập – Tự do – Hạnh phúc\n" +
            "          Số: 519/SNV-TCCC                        Bình Thuận, ngày 24 tháng 02 năm 2025\n" +
            "\n" +
            "                                       TỜ TRÌNH\n" +
            "               Về việc tổ chức đại hội nhiệm kỳ Hội Nữ Doanh nhân tỉnh\n" +
            "\n" +
            "\n" +
            "                           Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh\n" +
            "\n" +
            "      Sở Nội vụ nhận được Công văn số 101/CV-HNDN ngày 12/02/2025 của\n" +
            "Hội Nữ Doanh nhân tỉnh về việc xin phép tổ chức Đại hội lần thứ II, nhiệm kỳ\n" +
            "(2025 – 2030).\n");
        Assert.Equal("Tờ trình", r.DocType);
    }
}
