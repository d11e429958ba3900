using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A signature block whose Nơi nhận heading the OCR damaged past reading, the list's file-copy item ("- Lưu: VT, …")
/// surviving: the name under that item is the signer's (SignerParser.NameUnderFileCopy).
/// </summary>
public sealed class SignerUnderFileCopyTests
{
    private static readonly PlanParser Parser = new();

    // lq-cong-an-lam-dong-ttr-2025-233-ocr, its first and last lines as the product's OCR wrote them: the heading read
    // "RA nuối ZZ20s„GIÁM ĐÓC", an officer's rank before the name.
    private const string Submission = "BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        + "CÔNG AN TỈNH LÂM ĐÔNG Độc lập - Tự do - Hạnh phúc\nSố: 23⁄3 /TTr-CAT-PC06 Lâm Đông, ngày9© tháng 10 năm 2025\nTỜ TRÌNH\n\n"
        + "_h nghị ban hành Báo cáo kết quả triển khai Đề án 06 tháng 10/2025\n: và nhiệm vụ thực hiện thời gian tới\n\n"
        + "\"3 -10-. 10/5... Kính gửi: Lãnh đạo UBND tỉnh Lâm Đồng.\nựA N. —\n\n"
        + "Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và\nduyệt, ký theo quy định./. ĐX..«\n\n"
        + "RA nuối ZZ20s„GIÁM ĐÓC\n~ Như kính gửi; 7Á02= (Q\\\n\n- Đ/c Đại tá Nguyễn Tường Vũ - PGĐCA tỉnh;\n"
        + "- Lưu: VT, PC06 (ĐI).\n\n";

    [Fact]
    public void The_name_alone_under_the_file_copy_of_a_list_whose_heading_was_lost_is_the_signers_without_the_rank()
    {
        var r = Parser.Parse(Submission + "Thiếu tướng Trương Minh Đương\n");
        Assert.Equal("Trương Minh Đương", r.Signer?.Name);
    }

    [Fact]
    public void A_list_closed_by_its_file_copy_with_no_name_under_it_has_no_signer_read_from_it()
    {
        var r = Parser.Parse(Submission + "Thiếu tướng\n");
        Assert.Null(r.Signer?.Name);
    }

    // lr-ubnd-bac-lieu-qd-2025-duong-bo-ocr, its first and last lines as the product's OCR wrote them: the heading read
    // "N nhữh:/.}", the annexed list of procedures after the name.
    private const string Decision = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        + "TỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc\nSố: 02/QĐ-UBND Bạc Liêu, ngày 18 tháng 0% năm 2025\nQUYÉT ĐỊNH\n\n"
        + "Về việc công bố Danh mục thủ tục hành chính mới ban hành\nthuộc thâm quyền giải quyết của Sở Giao thông vận tải;\n"
        + "Sở Xây dựng; Ủy ban nhân dân cấp huyện;\n\nỦy ban nhân dân cấp xã trên địa bàn tỉnh Bạc Liêu\n(Lĩnh vực: Đường bộ)\n\n"
        + "CHỦ TỊCH ỦY BAN NHÂN DẦN TỈNH\n\n"
        + "Chủ tịch UBND cắp huyện; Chủ tịch UBND cấp xã và các tổ chức, cá nhân có liên\nquan chịu trách nhiệm thi hành Quyết định này./.\n\n"
        + "N nhữh:/.} KT.CHỦ TỊCH\n- Như Điêu 3; 'HÓ Ũ\n\n- Cục KSTTHC, VPCP (để b⁄‹); Ủy: X TH\n- CT, các PCT UBND tỉnh; `\n"
        + "- Các P.CVP UBND tỉnh;\n\n- Sở Thông tin và Truyền thông (đông bộ);\n- Bưu điện tỉnh;\n\n- Phòng KSTTHC (7?, các CW);\n\n"
        + "- Cổng TT điện tử tỉnh;\n\n- Lưu: VT; KSTTNC (MN,07).\n\nHuỳnh Hữu Trí\n\n"
        + "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH THUỘC THẤM QUYÈN GIẢI QUYẾT CÚA\nSỞ. GIAO THÔNG VẬN TẢI; SỞ XÂY DỰNG; UBND CẬP HUYỆN;\n"
        + "là UBND CÁP XÃ TRÊN ĐỊA BÀN TỈNH BẠC LIÊU\n\n(Lĩnh vực: Đường bộ)\n"
        + "(Ban hành Xêm theo Quyết định Số: ‹)00 /QĐÐ-UBND ngày A49$ tháng02_ năm 2025\ncủa Chủ tịch Ủy ban nhân dân tỉnh Bạc Liễu)\n\n"
        + "Địa điểm thực hiện:\n- Trung tâm Phục vụ hành chính công tỉnh (Đường Nguyễn Văn Linh, Phường 1, thành phố Bạc Liêu, tỉnh Bạc Liêu);\n";

    [Fact]
    public void The_name_under_the_file_copy_above_an_annex_is_the_signers_where_the_heading_was_lost()
    {
        var r = Parser.Parse(Decision);
        Assert.Equal("Huỳnh Hữu Trí", r.Signer?.Name);
    }
}

/// <summary>
/// A name under a "KT." line whose office line the seal garbled past reading: the deputy's position the mark implies
/// where capitals stand in the office line's place; none where nothing does (SignerParser.DeputyOverDebris).
/// </summary>
public sealed class DeputyOverGarbledOfficeTests
{
    private static readonly PlanParser Parser = new();

    // lk-ubnd-can-tho-qd-2025-383-ocr, its first and last lines as the product's OCR wrote them.
    private const string Head = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHÓ CÀN THƠ Độc lập - Tự do - Hạnh phúc\n"
        + "Số:383_ /QĐÐ-UBND Cân Thơ, ngày 18 tháng 02 năm 2025\nQUYÉT ĐỊNH\n\n"
        + "Về việc công bố Danh mục thủ tục hành chính thuộc\nthấm quyền giải quyết của Sở Tư pháp\n\n"
        + "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHÓ CÀN THƠ\n\n"
        + "Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Tư\n"
        + "pháp và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định\nnày./. l2\n\nNơi nhận: KT. CHỦ TỊCH\n";

    private const string Tail = "- Cục KSTTHC, VPCP; : THOCHỤ Tê\n\n- UBND TP (IC);\n\n- VP UBND TP (2,3BG);\n"
        + "- Sở Thông tin và Truyền thông;\n- Cổng TTĐT thành phố;\n\n- Lưu: VT.PM.Íf„\n\nNguyễn Ngọc Hè\n"
        + "/⁄ĐÁÄI LÑIỤC THỦ TỤC HÀNH CHÍNH THUỘC THÁM QUYỀN\n\nGIẢI QUYẾT CỦA SỞ TƯ PHÁP\n";

    [Fact]
    public void Capitals_beside_the_first_item_under_a_KT_mark_are_the_deputys_office_garbled()
    {
        var r = Parser.Parse(Head + "- Như Điều 3; Ộ Ũ\n" + Tail);
        Assert.Equal("Nguyễn Ngọc Hè", r.Signer?.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    [Fact]
    public void A_KT_mark_with_nothing_in_the_office_lines_place_keeps_no_title()
    {
        var r = Parser.Parse(Head + "- Như Điều 3;\n" + Tail);
        Assert.Equal("Nguyễn Ngọc Hè", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }
}
