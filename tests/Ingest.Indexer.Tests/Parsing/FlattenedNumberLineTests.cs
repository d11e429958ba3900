using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A header whose two columns the OCR flattened into one line, its "Số:" label and hand-filled serial damaged so that the
/// header reads no number: the symbol that opens the place-date's line is the document's own number row, never one of
/// its citations (corpus README, hand-filled numbers). Near miss: a citation in a sentence on a line where a place-date
/// was read (jg-001).
/// </summary>
public sealed class FlattenedNumberLineTests
{
    private static readonly PlanParser Parser = new();

    [Theory]
    // ld-syt-tp-hcm-kh-2021-ra-soat-vbqppl-ocr, lines 6-13.
    [InlineData("UY BẠN NHÀN DAN CỘNG HOA XÃ HỌI CHU NGHIA VIET NAM\nTHÀNH PHÓ HÒ CHÍ MINH Độc lập - Tự do - Hạnh phúc\nSƠ Y TE\n"
        + "séÄ 53 /KH-SYT Thành phố Hồ Chí Minh, ngàyÚ3 tháng 02 năm 2021\nKẾ HOẠCH\n"
        + "Công tác kiểm tra, rà soát, xử lý văn bản quy phạm pháp luật trong lĩnh vực\ny tế trên địa bàn Thành phố Hồ Chí Minh năm 2021\n"
        + "Thực hiện Kế hoạch số 4963/KH-UBND ngày 22/12/2020 của Ủy ban\nnhân dân Thành phô vê công tác kiêm tra, rà soát, hệ thông hóa văn bản quy\n",
        "53/KH-SYT", "4963/KH-UBND")]
    // lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr, lines 1-6, and a citation of its own for the check.
    [InlineData("'VIỆN KIẾM SÁT NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÓI CAO Độc lập - Tự do - Hạnh phúc\n"
        + "só£66/QĐ-VKSTC Hà Nội, ngày ( tháng “năm 2019\nQUYẾT ĐỊNH -\nBan hành Quy định về quy trình kiểm sát\nviệc giải quyết các vụ án hành chính\n"
        + "Căn cứ Luật Tố tụng hành chính số 93/2015/QH13;\n",
        "66/QĐ-VKSTC", "93/2015/QH13")]
    // ls-ubnd-tay-ninh-qd-2025-kcb-ocr, lines 1-8, and its first "Căn cứ" of a decision.
    [InlineData("ỦY BAN NHÂN ĐÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÍNH TAY NINH Độc lập - Tự do - Hạnh phúc\n"
        + "số; 2Ó /QĐ-UBND Tây Ninh, ngày l§ tháng 02 năm 2025\nQUYÉT ĐỊNH\nCông bồ Danh mục và Quy trình nội bộ giải quyết thủ tục hành chính\n"
        + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;\n",
        "2o/QĐ-UBND", "63/2010/NĐ-CP")]
    public void A_symbol_opening_the_place_date_line_is_the_header_number_not_a_citation(string text, string ownRow, string cited)
    {
        var numbers = Parser.Parse(text).Citations.Select(c => c.Number).ToList();
        Assert.DoesNotContain(ownRow, numbers, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(cited, numbers);
    }

    [Fact]
    public void A_citation_in_a_sentence_that_runs_into_a_date_stays_a_citation()
    {
        // jg-001 (tests/corpus/passages/jg.jsonl): "… của Đảng, ngày 10/9/2020 …" reads as a place-date in running text.
        var text = "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; Thông báo "
            + "Kết luận số 159-TB của Bộ Chính trị về việc thảo luận các văn kiện Đại hội XIII của Đảng tại đại hội đảng bộ các cấp, gửi "
            + "lấy ý kiến nhân dân và tổng hợp các ý kiến đóng góp vào văn kiện Đại hội XIII của Đảng, ngày 10/9/2020 Ban Tuyên giáo "
            + "Trung ương có Hướng dẫn số 151-HD/BTGTW về việc công bố.";
        var numbers = Parser.Parse(text).Citations.Select(c => c.Number).ToList();
        Assert.Contains("35-CT/TW", numbers);
        Assert.Contains("159-TB", numbers);
    }
}
