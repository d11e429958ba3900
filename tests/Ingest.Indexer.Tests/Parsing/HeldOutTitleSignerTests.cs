using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Titles, signers and recipients in the forms the `iy-`, `iz-`, `ja-` and `jb-` batches met before they joined the
/// corpus: a quoted subject over four lines, a subject of five lines, a period line under a title on the heading line,
/// a lettered section under the title. Each text is cut from the corpus document named beside it; expectations follow
/// tests/corpus/README.md, read by hand.
/// </summary>
public sealed class HeldOutTitleSignerTests
{
    private static readonly PlanParser Parser = new();

    // tests/corpus/documents/iz-bch-doan-huyen-tho-xuan-cv-2018-74-chu-nhat-xanh.txt (its first lines).
    [Fact]
    public void A_quoted_subject_runs_to_its_closing_quote()
    {
        var r = Parser.Parse("TỈNH\nĐOÀN THANH HOÁ\nBCH ĐOÀN HUYỆN THỌ XUÂN\n***\nSố:\n74-CV/ĐTN\n“V/v Triển\nkhai đồng loạt\nNgày Chủ nhật\n" +
            "xanh 22/7/2018”\n|\nĐOÀN\nTNCS HỒ CHÍ MINH\nThọ Xuân,\nngày 17 tháng 7 năm 2018\n|\nKính gửi: Ban Chấp hành Đoàn\ncác xã, thị trấn.\n");
        Assert.Equal("Triển khai đồng loạt Ngày Chủ nhật xanh 22/7/2018", r.Title);
    }

    // tests/corpus/documents/jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr.txt (its first lines).
    [Fact]
    public void A_subject_of_five_lines_is_read_whole_up_to_the_address()
    {
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC CẢNH SÁT ĐIÊU TRA Độc lập - Tự do - Hạnh phúc\nTỘI PHẠM VẺ MA TÚY\n" +
            "Số: 23§Z /C04-P6 Hà Nội, ngày A0 tháng 04 năm 2026\n\nV/v tham mưu HĐND cấp tỉnh ban hành\nNghị quyết về nguyên tắc, tiêu chí, định\n" +
            "mức phân bổ vốn ngân sách nhà nước thực\nhiện Chương trình mục tiêu quốc gia\nphòng, chống ma túy đến năm 2030\n\n" +
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n");
        Assert.Equal("tham mưu HĐND cấp tỉnh ban hành Nghị quyết về nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện " +
            "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030", r.Title);
    }

    // tests/corpus/documents/ja-lien-doi-th-tan-hoa-kh-01-2010.txt (its header).
    [Fact]
    public void A_period_line_under_a_title_on_the_heading_line_closes_it()
    {
        var r = Parser.Parse("ĐỘI TNTP HỒ CHÍ MINH\nTRƯỜNG TH TÂN HOÀ\nSố: 01/ KH.LĐ Tân Hoà, ngày 8 tháng 9 năm 2010\n* * *\n" +
            "KẾ HOẠCH V/v tổ chức hội thi lồng đèn đẹp cấp trường\nNăm học 2010 - 2011\nI/ Mục đích:\n");
        Assert.Equal("V/v tổ chức hội thi lồng đèn đẹp cấp trường Năm học 2010 - 2011", r.Title);
    }

    // tests/corpus/documents/iy-btc-tw-20-HD-BTCTW-2008-lmk.txt (its first lines).
    [Fact]
    public void A_lettered_section_under_the_title_is_no_part_of_it()
    {
        var r = Parser.Parse("BAN TỔ CHỨC TRUNG ƯƠNG\n--------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n----------------\n\nSố: 20-HD/BTCTW\n\n" +
            "Hà Nội, ngày 10 tháng 10 năm 2008\n\nHƯỚNG DẪN\n\nVỀĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN\n\nA -MỤC ĐÍCH, YÊU CẦU\n\n" +
            "- Đánh giá đúng chất lượng tổ chức cơ sở đảng và đảng viên.\n");
        Assert.Equal("VỀ ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN", r.Title);
    }

    // tests/corpus/documents/jb-vpcp-tb-2022-330-ocr.txt (its last lines): the position beside the heading, the name alone.
    [Fact]
    public void A_position_beside_the_heading_is_the_signers_and_no_recipient()
    {
        var r = Parser.Parse("Văn phòng Chính phủ thông báo dé các Bộ, cơ quan biết, thực hiện./.\n\nNoi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM\n" +
            "~ TTgCP, các PTTgCP (đê b/c); =\n\n- Các Bộ, cơ quan: Công an, Tài chính, Kế hoạch va\nĐầu tư, Công Thương, Thông tin và Truyền thông,\n" +
            "Tư pháp, Ngân hàng Nhà nước Việt Nam;\n\n- VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP,\nPTTgCP, các Vụ: KTTH, TH;\n\n- Lưu: VT, KSTT().vra\n\nTrần Văn Sơn\n");
        Assert.Equal("Trần Văn Sơn", r.Signer?.Name);
        Assert.Equal("BỘ TRƯỞNG, CHỦ NHIỆM", r.Signer?.Title);
        Assert.DoesNotContain(r.Recipients, x => x.Text.Contains("BỘ TRƯỞNG", StringComparison.Ordinal));
    }

    // tests/corpus/documents/jb-cong-an-lam-dong-ttr-2025-233-ocr.txt (its last lines): a rank is no part of the name.
    [Fact]
    public void A_name_alone_under_the_list_loses_its_rank()
    {
        var r = Parser.Parse("Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và\nduyệt, ký theo quy định ./. È&.-\nNơi nhận:\n\n" +
            "- Như kính gửi;\n\n- Đ/c Đại tá Nguyễn Tường Vũ - PGĐCA tỉnh;\n- Lưu: VT, PC06 (ĐI).\n\nThiếu tướng Trương Minh Đương\n");
        Assert.Equal("Trương Minh Đương", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    // tests/corpus/documents/ja-ubnd-cao-bang-qd-1994-2025-tnt305.txt (its signature): "H****òa**", an emphasis seam.
    [Fact]
    public void A_name_broken_by_an_emphasis_seam_is_read_whole()
    {
        var r = Parser.Parse("có liên quan chịu trách nhiệm thi hành Quyết định này./.\n|\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, TTPVHCC(Đ).\n|\n" +
            "**CHỦ TỊCH**\n**Lê Hải\nH****òa**\n|\n");
        Assert.Equal("Lê Hải Hòa", r.Signer?.Name);
    }

    // tests/corpus/documents/jb-tong-cuc-thue-cv-2023-4222-ocr.txt and jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr.txt
    // (their lists): the signature's position after an item, seal debris, OCR's "D/e".
    [Fact]
    public void The_signature_column_and_seal_debris_are_no_recipients()
    {
        var r = Parser.Parse("Noi nhận: KT. TONG CỤC TRƯỞNG\n- Như trên; — PHO TONG CUC TRUONG\n- Vụ Pháp ché- BTC,\n\n- D/e TCTrg TCT (dé b/c);\n\n" +
            "- Các đ/c Pho TCTrg TCT;\n\n- Luu: VT, PC(Ib). a\n");
        Assert.DoesNotContain(r.Recipients, x => x.Text.Contains("TRUONG", StringComparison.Ordinal));
        Assert.Contains(r.Recipients, x => x.Text.StartsWith("Đ/c TCTrg TCT", StringComparison.Ordinal));
        var c04 = Parser.Parse("Nơi nhận: KT.CỤC TRƯỞNG\n- Như trên; D:\n\n- Đ/c Cục trưởng (để báo cáo);\n- Lưu: VT, Pó.\n");
        Assert.Contains(c04.Recipients, x => x.Text == "Như trên");
    }

    // tests/corpus/documents/jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr.txt (a footnote): another document's deadline.
    [Fact]
    public void A_deadline_in_a_cited_documents_note_is_not_this_texts()
    {
        var r = Parser.Parse("Ngày 10 tháng 4 năm 2026\n" +
            "đề nghị của Văn phòng Chính phủ tại Báo cáo sô 1776/BC-VPCP ngày 02/3/2026 (trình Thủ tướng Chính phủ\n" +
            "giao dự toán, kế hoạch vốn năm 2026 trước ngày 05/3/2026).\n");
        Assert.DoesNotContain(r.Deadlines, d => d.Date == "2026-03-05");
    }

    // tests/corpus/documents/jc-ubnd-quang-ngai-tb-565-2024-pdf.txt (its header, as pdftotext -layout wrote it): the title's
    // lines open with capitals, and the blank line under them ends it before the body's first sentence.
    [Fact]
    public void A_blank_line_ends_a_title_of_capitalised_lines_before_the_body()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI                   Độc lập - Tự do - Hạnh phúc\n\n" +
            "Số: 565    /TB-UBND             Quảng Ngãi, ngày 15 tháng 11 năm 2024\n\n                             THÔNG BÁO\n" +
            "            Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên\n       tại cuộc họp nghe báo cáo tiến độ triển khai thực hiện 02\n" +
            "    Chương trình MTQG: Phát triển kinh tế - xã hội vùng đồng bào\n          dân tộc thiểu số và miền núi; giảm nghèo bền vững\n\n" +
            "       Ngày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Võ\nPhiên chủ trì cuộc họp nghe báo cáo tiến độ triển khai thực hiện 02 Chương\n" +
            "trình MTQG: Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và\nmiền núi; giảm nghèo bền vững. Tham dự cuộc họp có lãnh đạo Ban Văn hóa\n");
        Assert.Equal("Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo tiến độ triển khai thực hiện 02 Chương trình MTQG: " +
            "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; giảm nghèo bền vững", r.Title);
    }

    // tests/corpus/documents/dc-th-tran-quoc-toan-krong-no-kiem-tra-2012.txt (its heading): "- Căn cứ …" under the title is
    // the body's first listed basis, not the title's next line.
    [Fact]
    public void A_listed_basis_under_the_title_opens_the_body()
    {
        var r = Parser.Parse("PHÒNG GD&ĐT KRÔNG NÔ  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN  Độc lập - Tự do - Hạnh phúc\n" +
            "Số:……/KH-THTQT\n\nTân Thành, Ngày tháng năm 2012\nKẾ HOẠCH\n\n\nKiểm tra nội bộ trường tiểu học Trần Quốc Toản năm học 2012 – 2013\n" +
            "- Căn cứ Hướng dẫn 5937/BGDĐT-GDTH ngày 20/8/2012 của Bộ giáo dục và\nĐào tạo về việc hướng dẫn thực hiện nhiệm vụ năm học 2012 – 2013 đối với giáo dục\n" +
            "tiểu học.\n\n\n- Thực hiện Kế hoạch năm học 2012 – 2013.\n");
        Assert.Equal("Kiểm tra nội bộ trường tiểu học Trần Quốc Toản năm học 2012 – 2013", r.Title);
    }
}
