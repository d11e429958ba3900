using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A signer's name under an OCR'd seal and signature: the scrawl read as letters before it or run on into it, the family
/// name's mark misread, signs glued before it (SignerParser.NameAfter).
/// </summary>
public sealed class SealDamagedNameTests
{
    private static readonly PlanParser Parser = new();

    // kb-mttq-lam-dong-cv-2025-chuc-danh-hoi-ocr, its last lines as tesseract wrote them.
    private const string Letter = "ỦY BAN MTTQ VIỆT NAM _ CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nTINH LAM ĐÓNG Độc lập - Tự do - Hạnh phúc\n"
        + "BAN THƯỜNG TRỰC\nLâm Đông, ngày 25 tháng 9 năm 2025\nSô: 277MTTQ-BTT\nV/v đề nghị công nhận chức danh\n"
        + "Kính gửi: Ủy ban Nhân dân tỉnh Lâm Đồng\nĐề nghị Ủy ban Nhân dân tỉnh quan tâm, sớm ban hành quyết định.\nTrân trọng.\n"
        + "Nơi nhận: TM. BAN THƯỜNG TRỰC\n- Như kính gửi. PHÓ CHỦ TỊCH THƯỜNG TRỰC\n- Ban Tô chức Tỉnh ủy; —\n"
        + "- Ban Thường trực UBMTTQ VN tỉnh; BÀ CUÀ,-\n- Lưu VT, Ban TC-KT. “3 GÀ\n1; là: và\n<. ^ Ấ ` để 6.) ,\n= [lllÌ =8 ((Ì: Ki\n";

    [Fact]
    public void A_name_run_on_after_the_scrawl_is_read_and_its_family_names_mark_repaired()
    {
        var r = Parser.Parse(Letter + "Ä Nhờ P\n2= \\⁄ zÃ\nàŠ*?2auiPhẩm Triều\n2\n");
        Assert.Equal("Phạm Triều", r.Signer?.Name);
    }

    // lj-hiep-hoi-dn-binh-thuan-tt-2025-310-ocr, its first and last lines as the product's OCR wrote them.
    private const string Submission = "UBND TỈNH BÌNH THUẬN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        + "HIỆP HỘI DOANH NGHIỆP Độc lập - Tự do - Hạnh phúc\nSố: 310 /HHDN-K4 Bình Thuận, ngày 14 tháng 5 năm 2025\nTỜ TRÌNH\n\n"
        + "V/v xin phép tổ chức Đại hội Hiệp hội doanh nghiệp tỉnh Bình Thuận\nlân thứ V, nhiệm kỳ (2025-2030)\n"
        + "Kính gửi:\n- Ủy ban Nhân dân tỉnh Bình Thuận;\n- Sở Nội vụ tỉnh Bình Thuận;\n\n"
        + "Hiệp hội kính trình Ủy ban Nhân dân tỉnh xem xét, cho phép tổ chức Đại hội.\nTrân trọng!\n\n"
        + ". TM. BANCHẬP HÀNH\nNơi nhận: PHÓ CHÚ ĐH, HU NG TRỤC\n- Như trên; /N⁄ hề N4\n\n- Lưu VP,\n\n";

    [Fact]
    public void Signs_the_scrawl_left_before_a_name_are_no_part_of_it()
    {
        var r = Parser.Parse(Submission + "\"Lê Văn Lợi\n\n⁄\n\nĐược quét bằng CamScanner\n");
        Assert.Equal("Lê Văn Lợi", r.Signer?.Name);
    }

    // lj-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr, its first and last lines as the product's OCR wrote them.
    private const string PoliceLetter = "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC CẢNH SÁT ĐIÊU TRA Độc lập - Tự do - Hạnh phúc\n"
        + "TỌI PHẠM VẺ MA TÚY\nSố: 23§Z /C04-P6 Hà Nội, ngày A0 tháng 04 năm 2026\n\nV/v tham mưu HĐND cấp tỉnh ban hành\n"
        + "Nghị quyết về nguyên tắc phân bổ vốn\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n\n"
        + "Cục Cảnh sát điều tra tội phạm về ma túy trân trọng cảm ơn sự quan tâm chỉ đạo của Quý cơ quan./. @\n\n"
        + "Nơi nhận: KT.CỤC TRƯỞNG\n- Như trên; co. „=PHÓ CỤC TRƯỞNG\n\n- Đ/c Cục trưởng (để báo cáo);\n- Lưu: VT, Pó.\n\n"
        + "NN\nưN\n\nz2\n4 Z\n\nSG C1 „ #_ xự&w :\nĐại tã Nguyên Văn Cường\n";

    [Fact]
    public void Signs_glued_before_a_position_beside_an_item_leave_it_the_title_over_the_name()
    {
        var r = Parser.Parse(PoliceLetter);
        Assert.Equal(("PHÓ CỤC TRƯỞNG", "Nguyên Văn Cường"), (r.Signer?.Title, r.Signer?.Name));
    }

    [Fact]
    public void Letters_of_the_seal_opening_with_a_lone_letter_are_no_name()
    {
        var r = Parser.Parse(Letter + "Ä Nhờ P\n2= \\⁄ zÃ\n2\n");
        Assert.NotEqual("Ä Nhờ P", r.Signer?.Name);
    }

    // ll-ubnd-cao-bang-qd-1999-157-ocr, its first lines and its signature part as the product's OCR wrote them.
    private const string Decision = "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc\n"
        + "Số: 157/QĐÐ-NĐ-UB Cao Bằng, ngày 22 tháng 2 năm: 1999,\n\nQUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TÌNH\n"
        + "Về việc : Giao quyền sử dụng đất ở dân cư\n\nUỶ BAN NHÂN DÂN TỈNH CAO BẰNG\n\n"
        + "Điều 3: Các ông: Chánh văn phòng UBND tỉnh, Chủ tịch UBND Thị xã chịu trách nhiệm\nthi hành Quyết định này/. ú -\n\n"
        + "Voi nhận: TM UBND TỈNG\n- Như điều 3 “Để thi hành\" ... CHỦ TỊCH\n^¡:. PHỐNCHỦ TỊCH\n\n'\n\n"
        + "- Phòng Địa chính Thị xã\n\n- Lưu VT-NĐ Ì“*“”\n\n@\n";

    // "PHỐNCHỦ TỊCH" under the principal's "CHỦ TỊCH" is the deputy's position, "PHÓ" glued to it (the corpus annotates
    // ll-ubnd-cao-bang-qd-1999-157-ocr's title "PHÓ CHỦ TỊCH").
    [Fact]
    public void Capitals_that_end_as_a_position_ends_are_that_position_not_the_name()
    {
        var r = Parser.Parse(Decision);
        Assert.Equal(("PHÓ CHỦ TỊCH", null), (r.Signer?.Title, r.Signer?.Name));
    }

    [Fact]
    public void Capitals_that_open_with_a_family_name_are_the_name_though_they_end_as_a_position_ends()
    {
        // Near miss: "NGUYỄN CHÁNH AN" ends as "CHÁNH ÁN" ends, and is a person.
        var r = Parser.Parse(Decision.Replace("^¡:. PHỐNCHỦ TỊCH", "NGUYỄN CHÁNH AN", StringComparison.Ordinal));
        Assert.Equal(("CHỦ TỊCH", "NGUYỄN CHÁNH AN"), (r.Signer?.Title, r.Signer?.Name));
    }

    // lu-vp-ubnd-ha-noi-tb-2026-229-ocr, its signature part as the product's OCR wrote it: the name's first letter lost
    // ("õ Tuấn Anh"), and "Phòng Đ" of a recipient item is no name to take instead (no given name is one letter).
    [Fact]
    public void A_name_ending_in_a_lone_letter_is_no_signer()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 229/TB-VP Hà Nội, ngày 24 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Phó Chủ tịch Thường trực UBND Thành phố\n\n"
            + "Văn phòng UBND Thành phố thông báo để các đơn vị liên quan biết, tổ chức thực hiện /.\n\n"
            + "Nơi nhận: “ KT. CHÁNH VĂN PHÒNG\n- Bí thư Thânh ủy; . P‡{Ó CHÁNH VĂN PHÒNG\n\n- Chủ tịch UBND TP: (Đề\n"
            + "- PCT TT UBND TP Dương Đức Tuấn; | bíc)\n- Các đơn vị dự họp:\n\n- VPUBTP: CVP:; PCVP V.T Anh:\n\n"
            + "Phòng ĐTcạz: NNMT;:\n\n- Lưu: VT, ĐT.\n\n§D 1579\n\nõ Tuấn Anh\n");
        Assert.NotEqual("Phòng Đ", r.Signer?.Name);
        Assert.Equal("PHÓ CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }
}
