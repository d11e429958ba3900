using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A portal that prints the signature block between the own number and the heading: the signer is found by the second
/// search, from the line under the number, which reads again the last lines the first search (from the body) cut into
/// cells and shares those cells with it (SignerParser.ParseUnderHeader). Verbatim text of the corpus document
/// ib-bo-vhttdl-4360-BVHTTDL-VP-2009-cinet (cinet.vn), up to the portal's comment form.
/// </summary>
public sealed class SignatureUnderNumberTests
{
    private static readonly PlanParser Parser = new();

    private const string Portal = "4360/BVHTTDL-VP\n\nTL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Tô Văn Động Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\nCÔNG VĂN Về việc Tuyên truyền, giáo dục các ngày lễ lớn năm 2010\n\nKính gửi: Các cơ quan báo chí thuộc Bộ\n\n \n\nBộ Văn hóa, Thể thao và Du lịch nhận được Hướng dẫn số 91-HD/BTGTW về việc Tuyên truyền, giáo dục các Ngày lễ lớn năm 2010 (có kèm theo sau). Để đảm bản công tác tuyên truyền thiết thực, hiệu quả, Bộ Văn hóa, Thể thao và Du lịch đề nghị:\n\nCác cơ quan báo chí thuộc Bộ chủ động xây dựng kế hoạch, nội dung tuyên truyền; mở các chuyên trang, chuyên mục, thông tin kịp thời các hoạt động kỷ niệm trong năm 2010 đến các tầng lớp nhân dân, góp phần phục vụ các nhiệm vụ chính trị của Ngành và của đất nước theo Hướng dẫn của Ban Tuyên giáo Trung ương ngày 04 tháng 12 năm 2009./.\n\n \n\nNơi nhận:\n\n-Như trên;\n\n-Lãnh đạo Bộ (để b/c)\n\n-Lưu: VT, THTT, KA (20)\n";

    [Fact]
    public void The_block_printed_under_the_number_is_read_when_none_closes_the_body()
    {
        var r = Parser.Parse(Portal);
        Assert.Equal("Tô Văn Động", r.Signer?.Name);
        Assert.Equal("CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }

    [Fact]
    public void Each_text_reads_its_own_cells()
    {
        // The cells one text's two searches share are not kept for the next text.
        const string closed = "UBND HUYỆN AN LÃO\nSố: 15/UBND\nAn Lão, ngày 2 tháng 3 năm 2024\nV/v nghiệm thu công trình\nKính gửi: Các xã\nĐề nghị các xã phối hợp thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Mai Lan\n";
        var first = Parser.Parse(Portal);
        var second = Parser.Parse(closed);
        var again = Parser.Parse(Portal);
        Assert.Equal("Trần Thị Mai Lan", second.Signer?.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", second.Signer?.Title);
        Assert.Equal((first.Signer?.Title, first.Signer?.Name), (again.Signer?.Title, again.Signer?.Name));
    }
}
