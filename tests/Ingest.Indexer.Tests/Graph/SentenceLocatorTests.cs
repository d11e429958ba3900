using Ingest.Indexer.Graph;

namespace Ingest.Indexer.Tests.Graph;

/// <summary>The sentence shown beside a citation: cut at ";" and full stops, and at the lines a page sets apart.</summary>
public sealed class SentenceLocatorTests
{
    private static string Around(string text, string cited)
    {
        var at = text.IndexOf(cited, StringComparison.Ordinal);
        return SentenceLocator.Around(text, at, at + cited.Length);
    }

    [Fact]
    public void The_first_basis_under_a_flattened_header_is_not_the_headers_lines()
    {
        // ik-ubnd-ben-tre-7822-KH-UBND-2021-htpl: a legal mirror's two-column header, each row ending in "|".
        var text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 7822/KH-UBND | Bến Tre, ngày 26 tháng 11 năm 2021 |\n"
            + "Căn cứ Quyết định số 1662/QĐ-TTg ngày 04 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt “Đề án bảo vệ\nvà phát triển rừng”;\n"
            + "Căn cứ Kế hoạch số 7308/KH-BNN-TCLN ngày 04 tháng 11 năm 2021;";
        Assert.Equal("Căn cứ Quyết định số 1662/QĐ-TTg ngày 04 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt “Đề án bảo vệ và phát triển rừng”;",
            Around(text, "Quyết định số 1662/QĐ-TTg"));
    }

    [Fact]
    public void A_list_item_is_its_own_sentence_and_a_wrapped_line_is_not_cut()
    {
        var text = "Các văn bản sau đây:\n- Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về tăng cường\ncông tác phòng chống dịch\n- Kế hoạch số 12/KH-UBND";
        Assert.Equal("- Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về tăng cường công tác phòng chống dịch",
            Around(text, "Chỉ thị số 19/CT-TTg"));
    }

    [Fact]
    public void A_sentence_wrapped_over_lines_without_marks_is_read_whole()
    {
        var text = "Trong năm qua, thực hiện\nQuyết định số 5/QĐ-UBND của UBND huyện, các xã đã\nhoàn thành kế hoạch. Năm nay tiếp tục.";
        Assert.Equal("Trong năm qua, thực hiện Quyết định số 5/QĐ-UBND của UBND huyện, các xã đã hoàn thành kế hoạch.",
            Around(text, "Quyết định số 5/QĐ-UBND"));
    }

    [Fact]
    public void A_blank_line_inside_a_wrapped_sentence_and_a_range_wrapped_before_its_hyphen_keep_it_whole()
    {
        // co-bo-tai-chinh-tt-2013-160-vbpl-cao-bang: a copy that sets a blank line between wrapped lines.
        var text = "Hướng dẫn thi hành Nghị định số 94/2012/NĐ-CP về việc in,\n\nphát hành, quản lý và sử dụng hóa đơn.\n\nĐiều 2. Khác.";
        Assert.Equal("Hướng dẫn thi hành Nghị định số 94/2012/NĐ-CP về việc in, phát hành, quản lý và sử dụng hóa đơn.",
            Around(text, "Nghị định số 94/2012/NĐ-CP"));
        // jo-vpcp-tb-2025-631-md: a period's range wrapped before its hyphen.
        var range = "chuyển nguồn của Chương trình mục tiêu quốc gia theo Quyết định số 90/QĐ-TTg giai đoạn 2021\n- 2025 sang thực hiện năm 2026.";
        Assert.Equal("chuyển nguồn của Chương trình mục tiêu quốc gia theo Quyết định số 90/QĐ-TTg giai đoạn 2021 - 2025 sang thực hiện năm 2026.",
            Around(range, "Quyết định số 90/QĐ-TTg"));
    }

    [Fact]
    public void A_markdown_copys_emphasis_marks_around_the_sentence_are_left_out()
    {
        // mw-ubnd-tp-hcm-qd-2025-2848 (a Markdown record): each basis in italics.
        var text = "*Căn cứ Luật Tổ chức Chính quyền địa phương ngày\n16 tháng 6 năm 2025;*\n*Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng\n"
            + "6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số\n92/2017/NĐ-CP ngày 07 tháng 8 năm 2017";
        Assert.Equal("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;",
            Around(text, "Nghị định số 63/2010/NĐ-CP"));
    }
}
