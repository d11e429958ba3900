using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A scanned document's trích yếu that OCR ran on past its end: the body's first line (full width, going on into the
/// next), a seal's or signature's strokes read as non-words, an arrival stamp pressed over it. Verbatim excerpts of the
/// corpus documents named in each test.
/// </summary>
public sealed class ScannedTitleRunOnTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_full_width_line_going_on_into_the_next_under_a_centred_title_opens_the_body()
    {
        // ld-ubnd-quang-ngai-ct-2024-pctntc-ocr: the title's lines are 60 and 48 signs; the body's first line, 72, goes straight on into lines of 76 to 80.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n" +
            "Số:0+ /CT-UBND Quảng Ngãi, ngày Íð tháng 3 năm 2024\n" +
            "CHỈ THỊ\n" +
            "Vềviệc tăng cường công tác phòng, chống tham nhũng, tiêu cực\n" +
            "trong tình hình mới trên địa bàn tỉnh Quảng Ngãi\n" +
            "Trong thời gian qua, công tác phòng, chống tham nhũng, tiêu cực của tỉnh\n" +
            "(gọi tắt là PCTNTC) đã được Tỉnh ủy, Hội đồng nhân dân, UBND tỉnh đã được\n" +
            "tập trung lãnh đạo, chỉ đạo quyết liệt. Các cấp, các ngành triển khai thực hiện\n" +
            "nghiêm túc, đồng bộ, toàn diện và có sự chuyên biến tích cực, rõ nét; tuy nhiên,\n" +
            "theo kết quả đánh giá của Thanh tra Chính phủ trong năm qua, tỉnh ta đứng thứ\n" +
            "37 trên tông số 63 tỉnh, thành phố cả nước, nguyên nhân của hạn chế là do một\n" +
            "số cơ quan, đơn vị, địa phương tinh thần trách nhiệm và quyết tâm của tập thể\n");

        Assert.Equal("Về việc tăng cường công tác phòng, chống tham nhũng, tiêu cực trong tình hình mới trên địa bàn tỉnh Quảng Ngãi", r.Title);
    }

    [Fact]
    public void A_body_line_in_lower_case_after_a_blank_under_the_title_is_no_part_of_it()
    {
        // lr-ubnd-quang-ngai-ct-2018-07-ocr: the body's first word lost to the OCR; its line runs the page's width, wider than the title's.
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "\n" +
            "TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n" +
            "Số: ý# /CT-UBND Quảng Ngãi, ngày #0 tháng 3 năm 2018\n" +
            "CHỈ THỊ\n" +
            "\n" +
            ". Về việc tăng cường công tác thi hành án hành chính\n" +
            "trên địa bàn tỉnh Quảng Ngãi\n" +
            "\n" +
            "thời gian qua, công tác triển khai thi hành Luật tố tụng hành\n" +
            "chính; việc tổ chức thi hành những bản án, quyết định của Tòa án về vụ án\n" +
            "hành chính; việc theo dõi thi hành án hành chính của các cơ quan THADS đã\n" +
            "đạt những kết quả tích cực. Tuy nhiên, vẫn còn một số trường hợp bản án,\n" +
            "quyết định của Tòa án về vụ án hành chính đã có hiệu lực pháp luật nhưng\n" +
            "chưa được các cơ quan, tổ chức, cá nhân thi hành đầy đủ, kịp thời, nghiêm\n" +
            "túc, dẫn đến vụ việc kéo dài; một số trường hợp người phải thi hành án hành\n");

        // The body's line is what must go. The speck ". " standing apart before "Về việc" is the page edge's and goes too
        // (TitleScanDebris.WithoutEdgeSpecks).
        Assert.Equal("Về việc tăng cường công tác thi hành án hành chính trên địa bàn tỉnh Quảng Ngãi", r.Title);
    }

    [Fact]
    public void A_line_of_non_words_under_the_title_is_a_seals_debris_and_ends_it()
    {
        // ll-so-tttt-ben-tre-tb-chu-ky-2011-ocr: a signature's strokes read as "E5. 24©CZ L hd ppt Apruat", a lone "Ề" after "chữ ký".
        var r = Parser.Parse("UBND TỈNH BÉN TRE CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "\n" +
            "SỞ THÔNG TIN VÀ TRUYÈN THÔNG Độc lập - Tự do - Hạnh phúc\n" +
            "* TH ..T-ẶẶẶ——— š —\n" +
            "Số: 6É//TB-STTTT Bến Tre, ngày⁄{2|. tháng 12 năm 2011\n" +
            "THÔNG BÁO\n" +
            "\n" +
            "Về việc giới thiệu chức danh và chữ ký Ề\n" +
            "Phó Giám đốc Sở Thông tin và Truyên thông tỉnh Bến Tre\n" +
            "E5. 24©CZ L hd ppt Apruat\n" +
            "\n" +
            "Căn cứ Quyết định số 2720/QĐ-UBND ngày l6 tháng I1 năm 2011 của\n" +
            "Chủ tịch Ủy ban nhân dân tỉnh Bến Tre về việc bổ nhiệm ông Trịnh Minh Châu-\n" +
            "Giám đốc Trung tâm tin học Văn phòng Ủy ban nhân dân tỉnh Bến Tre giữ chức „\n" +
            "vụ Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Bến Tre.\n" +
            "\n");

        Assert.Equal("Về việc giới thiệu chức danh và chữ ký Phó Giám đốc Sở Thông tin và Truyên thông tỉnh Bến Tre", r.Title);
    }

    [Fact]
    public void A_rules_dash_before_a_title_line_and_debris_under_it_are_no_part_of_the_title()
    {
        // iw-so-tttt-ben-tre-tb-chu-ky-2011-ocr: "— Phó Giám đốc …" and "SĐT 4Ý Sõ c0 21 DVD.(ibDLRM" under it.
        var r = Parser.Parse("UBND TỈNH BÉN TRE CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "SƠ THÔNG TIN VÀ TRUYÈN THÔNG Độc lập - Tự do - Hạnh phúc\n" +
            "£ ———rr--—————. « ¬=\n" +
            "Số: 6ÉÉ/TB-STTTT Bến Tre, ngày/{4. tháng 12 năm 2011\n" +
            "THÔNG BÁO\n" +
            "Về việc giới thiệu chức danh và chữ ký :\n" +
            "— Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Bến Tre\n" +
            "SĐT 4Ý Sõ c0 21 DVD.(ibDLRM\n" +
            "Căn cứ Quyết định số 2729 /QĐ-UBND ngày 16 tháng I1 năm 2011 của\n" +
            "Chủ tịch Ủy ban nhân dân tỉnh Bên Tre về việc bổ nhiệm ông Trịnh Minh Châu-\n" +
            "Giám đốc Trung tâm tin học Văn phòng Ủy ban nhân dân tỉnh Bến Tre giữ chức „\n" +
            "vụ Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Bến Tre. -\n" +
            "\n");

        Assert.Equal("Về việc giới thiệu chức danh và chữ ký : Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Bến Tre", r.Title);
    }

    [Fact]
    public void An_arrival_stamps_words_before_a_title_lines_own_are_no_part_of_the_title()
    {
        // jb-cong-an-lam-dong-ttr-2025-233-ocr: "UBND TỈNH LÂM ĐỒNG", the receiving office's stamp, opens the title's second line; "sẽ:⁄4+04,6…", a register mark, follows.
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "\n" +
            "CÔNG AN TỈNH LÂM ĐÒNG Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 233 /TTr-CAT-PC06 Lâm Đông, ngày99 tháng 10 năm 2025\n" +
            "TỜ TRÌNH\n" +
            "Đề nghị ban hành Báo cáo kết quá triển khai Đề án 06 tháng 10/2025\n" +
            "\n" +
            "UBND TỈNH LÂM ĐỒNG và nhiệm vụ thực hiện thời gian tới\n" +
            "\n" +
            "sẽ:⁄4+04,6.......\n" +
            "ĐỀN ạ Ngày: 2 3.=10-. 2055... Kính gửi: Lãnh đạo UBND tỉnh Lâm Đồng.\n" +
            "Chuyển:. P XI, À ` NCT\n" +
            "Số vả kỷ hiệu H:......... vê\n" +
            "\n" +
            "Thực' hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng\n" +
            "Chính phủ phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và\n");

        Assert.Equal("Đề nghị ban hành Báo cáo kết quá triển khai Đề án 06 tháng 10/2025 và nhiệm vụ thực hiện thời gian tới", r.Title);
    }

    [Fact]
    public void A_rules_stroke_read_as_negation_signs_after_a_subject_is_no_part_of_it()
    {
        // lg-vp-tw-dang-vu-to-chuc-can-bo-ttr-2017-391-ocr: "đi công tác tại Lào ¬¬".
        var r = Parser.Parse("l VĂN PHÒNG TRUNG ƯỢNG ĐẢNG ĐÁNG CỘNG SẢN VIỆT NAM\n" +
            "VỤ TỎ CHỨC - CÁN BỘ |\n" +
            "_ * Hà Nội, ngày 28 tháng 11 năm 2017\n" +
            "Số 391-TTr/VTCCB-TH. _\n" +
            "— ĐẾN. Kính gửi Đồng chí Hoàng Công Hoàn,\n" +
            "Phó Chánh Văn phòng Thường trực,\n" +
            "Chuyểh: Xé bạc 0o: lei _ \"\n" +
            "—“=“—— TỜ TRÌNH :\n" +
            "_ | V/v cử cán bộ tham gia Đoàn Nhà xuất bản Chính trị quốc gia :\n" +
            "đi công tác tại Lào ¬¬\n" +
            "Nhà xuất bản Chính trị quốc gia Sự thật đề nghị Văn phòng Trung\n" +
            "__ ương Đảng cử 01 đồng chí đại diện lãnh đạo Cục Tài chính và Quản lý đầu\n" +
            "tư và 02 đồng chí đại diện lãnh đạo Công ty In Tiến Bộ tham gia Đoàn liên\n" +
            "cơ quan do Nhà xuất bản Chính trị quốc gia tổ chức đi thăm, bàn giao các\n");

        Assert.Equal("cử cán bộ tham gia Đoàn Nhà xuất bản Chính trị quốc gia : đi công tác tại Lào", r.Title);
    }
}
