using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Header;
using Ingest.Indexer.Parsing.Recipients;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Scanned police and ministry letters as Tesseract reads them (tests/corpus, the `iq-` batch: OCR of signed PDFs in
/// https://github.com/vpubnd49/VBAI, text kept as the OCR wrote it): the signature column flattened beside "Nơi nhận:",
/// an officer's rank before the name, an annex heading after the block, a damaged deputy's line, a subject running
/// past a damaged place-date or into an incoming stamp, a number printed only in the attachment's heading, a
/// handwritten number read as other digits. Expectations read from the text by hand (corpus README rules).
/// </summary>
public sealed class OcrLetterLayoutTests
{
    private static readonly PlanParser Parser = new();

    // iq-cat-lam-dong-ttr-pc04-2025-ocr: "GIÁM ĐÓC" beside the heading, "Thiếu tướng" before the name.
    private const string PoliceReport =
        "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TỈNH LÂM ĐÒNG Độc lập - Tự do - Hạnh phúc\n" +
        "Số: /TTr-CAT(PC04) Lâm Đồng, ngày24 tháng 10 năm 2025\nTỜ TRÌNH\n" +
        "V/v xin chủ trương triển khai thực hiện công tác cai nghiện ma tủy tự nguyện\n" +
        "Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng.\n\nKính báo cáo đồng chí Chủ tịch UBND tỉnh chỉ đạo./. SIÊA\n—\n" +
        "Nơi nhận: GIÁM ĐÓC\n\n- Như trên;\n- Lưu VT, PC04 (Đội ]).\n\nThiếu tướng Trương Minh Đương\n";

    [Fact]
    public void A_position_beside_the_recipients_heading_and_a_ranked_name_are_the_block()
    {
        var r = Parser.Parse(PoliceReport);
        Assert.Equal("GIÁM ĐÓC", r.Signer?.Title);
        Assert.Equal("Trương Minh Đương", r.Signer?.Name);
    }

    // iq-bca-5689-BCA-C04-2025-ocr: the office line lost under "KT. BỘ TRƯỜNG", the annex's "DANH SÁCH" after the name.
    [Fact]
    public void A_capacity_line_then_a_ranked_name_keeps_the_name_without_a_title()
    {
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BCA-C04 Hà Nội, ngày 16 tháng 12 năm 2025\n" +
            "V/v dự kiến mục tiêu, nhiệm vụ\n\nBộ Công an trân trọng cảm ơn sự phối hợp của Quý cơ quan./. lữ ~\n\n" +
            "Nơi nhận: KT. BỘ TRƯỜNG\n- Như trên;\n\n- Đ/c Bộ trưởng (để b/cáo);\n- Lưu: VT, C04(P6).\n\n" +
            "Thượng tướng Nguyễn Văn Long\nDANH SÁCH\n\nDanh sách các đơn vị nhận công văn\n");
        Assert.Equal("Nguyễn Văn Long", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    // iq-bca-4552-BCA-C04-2025-ocr: "THỨ TRƯỞNG" damaged beside the list's first item, no name, an annex after.
    [Fact]
    public void A_damaged_deputy_line_under_KT_is_the_deputy_and_an_annex_heading_is_no_name()
    {
        var r = Parser.Parse("BỘ CÔNG AN CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\nSố: 15/BCA-C04 Hà Nội, ngày 7 tháng 10 năm 2025\n" +
            "V/v rà soát, đánh giá mức độ trọng điểm\n\nBộ Công an trân trọng cảm ơn sự quan tâm phối hợp./. #\n\n" +
            "Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; =. Ứ TRUƯ ỞNG\n- Đ/c Bộ trưởng (đê báo cáo); ' LT®\n\n- Lưu: VT, C04 (P6).\n\n" +
            "PHỤ LỤC\n\nĐÁNH GIÁ ĐÓI VỚI ĐỊA BÀN CÁP TÍNH\n");
        Assert.Equal("THỨ TRƯỞNG", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
        Assert.Equal(["KT. BỘ TRƯỞNG"], r.Signer?.Authority);
    }

    // iq-c04-cv-3980-2025-ocr: the incoming stamp run onto the subject's lines, a cell bar on the third, the position
    // beside the heading and no name anywhere.
    private const string DepartmentLetter =
        "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC CẢNH SÁT ĐIÊU TRA Độc lập - Tự do - Hạnh phúc\nTỌI PHẠM VE MA TUY\n" +
        "Số: 3 39/C04-P6 Hà Nội, ngày #Š rán Ÿ năm 2025\nV/v chuẩn bị tổ chức triển khai U8ND TỈNH LÂM ĐỒ\n" +
        "Chương trình MTQG phòng, chống ma tuý ÏJ_\". : HLÀM ĐỒNG\nđến năm 2030 | 'PP) Số⁄4Qđ,..............\nN sày02/4 ,Ú,...\n\n" +
        "Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lã:huĐồng BI xxsss\nTrong thời gian qua, công tác phòng, chống ma tuý tại địa bàn tỉnh.\n" +
        "sự quan tâm chỉ đạo của Đông chí./. # —\n\nNơi nhận: CỤC TRƯƠNG\n- Như kính gửi;\n\n- TKI (để b/c đ/c Bộ trưởng);\n\n- Lưu: VT, P6.\n";

    [Fact]
    public void An_incoming_stamp_beside_the_subject_is_no_part_of_it()
    {
        var r = Parser.Parse(DepartmentLetter);
        Assert.Equal("chuẩn bị tổ chức triển khai Chương trình MTQG phòng, chống ma tuý đến năm 2030", r.Title);
        Assert.Equal("CỤC TRƯƠNG", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
    }

    // iq-bca-5689-BCA-C04-2025-ocr: the place-date with a handwritten day lost beside the subject's first line; the
    // attachment's heading gives the number and the whole date.
    [Fact]
    public void A_subject_goes_on_under_a_damaged_place_date_and_the_attachment_dates_the_letter()
    {
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố:96ÿđ /BCA-C04\n" +
            "V/v dự kiến mục tiêu, nhiệm vụ, kế hoạch Hà Nội, ngày | tháng 12 năm 2025\nđầu tư công trung hạn và năm 2026 vôn\n" +
            "NSTW thực hiện CTMTQG PCMT\n-_ đến năm 2030\n\nKính gửi: ..................................-«cŸẰ. .\n\n" +
            "Bộ Công an trân trọng cảm ơn sự phối hợp của Quý cơ quan./. lữ ~\n\nNơi nhận: KT. BỘ TRƯỜNG\n- Như trên;\n- Lưu: VT, C04(P6).\n\n" +
            "Thượng tướng Nguyễn Văn Long\nDANH SÁCH\n\nDanh sách các đơn vị nhận công văn\n" +
            "(Kèm theo Công văn sô: 5689/BCA-C04 ngày 16 tháng 12 năm 2025)\n\n1. UBND tỉnh Tuyên Quang 1. Bộ Tài Chính\n");
        Assert.Equal("dự kiến mục tiêu, nhiệm vụ, kế hoạch đầu tư công trung hạn và năm 2026 vôn NSTW thực hiện CTMTQG PCMT đến năm 2030", r.Title);
        Assert.Equal("5689/BCA-C04", r.Number);
        Assert.Equal("2025-12-16", r.IssueDate);
    }

    // iq-bca-5240-BCA-V01-2025-ocr: "Số:52ø/BCA-V01", "ngày 23 tháng 1] năm 2025"; the outline sent with the letter.
    [Fact]
    public void An_outline_sent_with_the_letter_gives_its_number_and_date()
    {
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
            "Số:52ø/BCA-V01 Hà Nội, ngày 23 tháng 1] năm 2025\nV/v tổng kết công tác PCMT năm 2025\ncủa Ủy ban Quốc gia.\nKính gửi:\n\n" +
            "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\nTrân trọng cảm ơn sự quan tâm, phối hợp của các đồng chí /y-\n\n" +
            "Nơi nhận:\n- Như trên; :\n- Đ/c Bộ trưởng (đê b/cáo); :\n- Lưu: VT, V01(P3).\n\n" +
            "ĐÈ CƯƠNG\nBáo cáo tổng kết công tác phòng, chống ma túy năm 2025\n" +
            "(Gửi kèm Công văn số: 5240/BCA-V01 ngày 23/11/2025 của Bộ Công an)\n\nPhần thứ nhất\n");
        Assert.Equal("5240/BCA-V01", r.Number);
        Assert.Equal("2025-11-23", r.IssueDate);
        Assert.DoesNotContain(r.Citations, c => c.Number == "5240/BCA-V01");
    }

    // iq-hdnd-ha-noi-nq-ql1a-2026-ocr: "(BT), đoạn từ …" opens the title's last line.
    [Fact]
    public void A_short_bracket_opening_a_title_line_goes_on_with_the_title()
    {
        var r = Parser.Parse("HỘI ĐÒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÀNH PHÓ HÀ NỘI Độc lập - Tự do - Hạnh phúc\n" +
            "Số: #Ÿ ` /NQ-HĐND Hà Nội, ngày AÁ_ tháng 5 năm 2026\nNGHỊ QUYÉT\n\nvà việc › quyết định chủ trương đầu tư\n" +
            "Dự án trục không gian Quốc lộ 1A gắn với chỉnh trang và tái thiết đô thị theo\n" +
            "phương thức đối tác công tư (PPP), loại hợp đồng xây dựng - chuyền giao\n" +
            "(BT), đoạn từ đường Vành đai 1 đến nút giao Cầu Giẽ.\n\nHỘI ĐỎNG NHÂN DÂN. THÀNH PHÓ HÀ NỘI\nKHÓA XVII, KỲ HỌP THỨ 02\n\n" +
            "Căn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;\n");
        Assert.EndsWith("loại hợp đồng xây dựng - chuyền giao (BT), đoạn từ đường Vành đai 1 đến nút giao Cầu Giẽ", r.Title);
    }

    // iq-ttg-qd-932-2025-ocr: a handwritten 932 read as 332, the decision citing 929/QĐ-TTg of the same day.
    private const string PrimeMinisterDecision =
        "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n—— Độc lập - Tự do - Hạnh phúc\n\n" +
        "Số: 332/QĐ-TTg Hà Nội, ngày 15 tháng 5 năm 2025\n\nQUYÉT ĐỊNH\nVề việc phê duyệt danh sách thành viên và chức năng, nhiệm vụ\n" +
        "của Tổ Công tác cải cách hành chính\n\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025,\n\n" +
        "Căn cứ Quyết định số 929/QĐ-TTg ngày 15 tháng 5 năm 2025 của Thủ tướng\nChính phủ về thành lập Ban Chỉ đạo của Chính phủ;\n" +
        "QUYÉT ĐỊNH:\n";

    [Fact]
    public void A_number_its_own_series_contradicts_is_not_kept_and_the_header_is_reviewed()
    {
        var r = Parser.Parse(PrimeMinisterDecision);
        Assert.Null(r.Number);
        Assert.True(r.NeedsReview);
        Assert.Contains(r.Diagnostics, d => d.Code == "number-against-series");
    }

    [Fact]
    public void A_higher_number_of_another_issuer_with_the_same_code_contradicts_nothing()
    {
        // co-ldld-yen-dinh-kh-2021-34: a district union's 34/KH-LĐLĐ carries out the province union's 168/KH-LĐLĐ.
        var r = Parser.Parse(PrimeMinisterDecision.Replace("929/QĐ-TTg ngày 15 tháng 5 năm 2025 của Thủ tướng\nChính phủ",
            "929/QĐ-TTg ngày 15 tháng 5 năm 2025 của Bộ Công an"));
        Assert.Equal("332/QĐ-TTg", r.Number);
    }

    [Theory]
    [InlineData("Thiếu tướng Trương Minh Đương", "Trương Minh Đương")]
    [InlineData("Thượng tướng Nguyễn Văn Long", "Nguyễn Văn Long")]
    [InlineData("Đại tá Nguyễn Văn An", "Nguyễn Văn An")]
    // Near misses: a rank with no name after it, a name that opens otherwise.
    [InlineData("Đại tá", "Đại tá")]
    [InlineData("Trung tâm Y tế huyện", "Trung tâm Y tế huyện")]
    [InlineData("Trần Thị Mai Lan", "Trần Thị Mai Lan")]
    public void An_officers_rank_before_a_name_is_no_part_of_it(string cell, string name) =>
        Assert.Equal(name, new ServiceRank(Ingest.Indexer.Parsing.Tables.DomainTables.Default.Phrases.ServiceRanks!).Without(cell));

    [Theory]
    [InlineData("V/v chuẩn bị tổ chức triển khai U8ND TỈNH LÂM ĐỒ", "V/v chuẩn bị tổ chức triển khai")]
    [InlineData("Chương trình MTQG phòng, chống ma tuý ÏJ_\". : HLÀM ĐỒNG", "Chương trình MTQG phòng, chống ma tuý")]
    // Near misses: a subject's own abbreviations, one or two at a time; a heading all in capitals.
    [InlineData("NSTW thực hiện CTMTQG PCMT", "NSTW thực hiện CTMTQG PCMT")]
    [InlineData("ĐẠI HỘI ĐẠI BIỂU ĐOÀN TNCS", "ĐẠI HỘI ĐẠI BIỂU ĐOÀN TNCS")]
    public void An_incoming_stamps_capitals_closing_a_subject_line_are_cut(string line, string kept) =>
        Assert.Equal(kept, StampCut.Before(line));
}

/// <summary>
/// Header lines a school portal glued together (tests/corpus, the `ir-` batch, stored web pages): a head word glued to
/// its school's abbreviation, the issuer block's last word glued to the place-date's first.
/// </summary>
public sealed class GluedHeaderLineTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_head_word_glued_to_a_schools_abbreviation_is_two_words()
    {
        // ir-mn-mai-vang-kh-16-2021-portal
        var r = Parser.Parse("PHÒNG GD-ĐT CAM LÂM        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n" +
            "  TRƯỜNGMN MAI VÀNG                     Độc lập- Tự do - Hạnh phúc\n\n" +
            "         Số: 16 /KH-MNMV                Cam Hải Đông,  ngày  01 tháng 02 năm 2021\n\n" +
            "                                                           KẾ HOẠCH\n\nCông tác phòng, chống dịch Covid-19 (SARS-CoV-2)\n");
        Assert.Equal("Trường Mầm non Mai Vàng", r.Issuer.Name, ignoreCase: true);
        Assert.Equal("commune", r.Issuer.Level);
    }

    [Fact]
    public void The_issuers_last_word_glued_to_the_place_belongs_to_the_issuer()
    {
        // ir-lien-doi-th-giang-bien-kh-duoi-nuoc-2024-portal
        var r = Parser.Parse("LIÊN ĐỘI TRƯỜNG TIỂU HỌC GIANG BIÊNGiang Biên, ngày  tháng 1 năm 2024\n\n                         ***\n\n" +
            "Số:    KH/LĐ\n\n \n\nKẾ HOẠCH\n\nTăng cường các giải pháp phòng, chống đuối nước,\n\ntai nạn thương tích cho trẻ em, học sinh năm 2024\n");
        Assert.Equal("Giang Biên", r.Place);
        Assert.Equal("Liên đội Trường Tiểu học Giang Biên", r.Issuer.Name, ignoreCase: true);
    }

    [Theory]
    [InlineData("TRƯỜNGMN", 6)]
    [InlineData("TRƯỜNGTHCS", 6)]
    // Near misses: a word that is one syllable, an agency's code without marks, a code with a vowel.
    [InlineData("TRƯỜNG", -1)]
    [InlineData("UBND", -1)]
    [InlineData("HĐND", -1)]
    public void A_marked_syllable_then_a_vowelless_abbreviation_splits(string word, int at) =>
        Assert.Equal(at, Ingest.Indexer.Text.GluedSyllableNormalizer.SyllableThenAbbreviation(word));
}

/// <summary>
/// Nơi nhận lists of OCR'd letters with the signature column beside them (tests/corpus, the `iq-` batch): the position
/// broken by specks after an item's ";", the signer's name ending an item's line before the item goes on in capitals.
/// </summary>
public sealed class OcrRecipientColumnTests
{
    private static readonly PlanParser Parser = new();

    private static IEnumerable<string> Recipients(string tail) =>
        Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/BCA-C04 Hà Nội, ngày 7 tháng 10 năm 2025\n" +
            "V/v rà soát, đánh giá mức độ trọng điểm\nĐề nghị các địa phương thực hiện./.\n" + tail).Recipients.Select(r => r.Text);

    [Fact]
    public void A_position_broken_by_specks_after_an_items_semicolon_is_no_item()
    {
        // iq-bca-4552-BCA-C04-2025-ocr
        var found = Recipients("Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; =. Ứ TRUƯ ỞNG\n- Đ/c Bộ trưởng (đê báo cáo); ' LT®\n\n" +
            "- C04, V01, H01 (để thực hiện), _\n- Lưu: VT, C04 (P6).\n");
        Assert.Equal("Như trên", found.First());
    }

    [Fact]
    public void A_signers_name_ending_an_items_line_beside_the_list_is_cut_and_the_item_goes_on()
    {
        // iq-hdnd-ha-noi-nq-ql1a-2026-ocr: "CHỦ TỊCH" beside the heading, the name beside an item, capitals after it.
        var found = Recipients("Nơi nhận: CHỦ TỊCH\n- Đại biểu HĐND Thành phố; =a\n- Các Văn phòng: Thành ủy, Đoàn ĐBQH và Phùng Thị Hồng Hà\n" +
            "HĐND TP, UBND TP; l\n- Các Sở, ban, ngành thành phố Hà Nội;\n- Lưu: VT.\n").ToList();
        Assert.Equal(["Đại biểu HĐND Thành phố", "Các Văn phòng: Thành ủy, Đoàn ĐBQH và HĐND TP, UBND TP", "Các Sở, ban, ngành thành phố Hà Nội"], found);
    }

    [Fact]
    public void The_name_beside_an_item_is_the_signers_under_a_position_beside_the_heading()
    {
        // iq-hdnd-ha-noi-nq-ql1a-2026-ocr
        var r = Parser.Parse("HỘI ĐÒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÀNH PHÓ HÀ NỘI Độc lập - Tự do - Hạnh phúc\n" +
            "Số: #Ÿ ` /NQ-HĐND Hà Nội, ngày AÁ_ tháng 5 năm 2026\nNGHỊ QUYÉT\n\nvà việc › quyết định chủ trương đầu tư\n" +
            "ngày K52\nNơi nhận: CHỦ TỊCH\n- Ủy ban Thường vụ Quốc hội; '\n- Đại biểu HĐND Thành phố; =a\n" +
            "- Các Văn phòng: Thành ủy, Đoàn ĐBQH và Phùng Thị Hồng Hà\nHĐND TP, UBND TP; l\n- Các Sở, ban, ngành thành phố Hà Nội;\n- Lưu: VT.\n");
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Phùng Thị Hồng Hà", r.Signer?.Name);
    }

    [Fact]
    public void A_place_date_whose_day_and_month_word_the_ocr_lost_still_gives_the_place()
    {
        // iq-c04-cv-3980-2025-ocr: "ngày #Š rán Ÿ năm 2025", a handwritten day over "tháng".
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC CẢNH SÁT ĐIÊU TRA Độc lập - Tự do - Hạnh phúc\n" +
            "TỌI PHẠM VE MA TUY\nSố: 3 39/C04-P6 Hà Nội, ngày #Š rán Ÿ năm 2025\nV/v chuẩn bị tổ chức triển khai\n\nKính gửi: Đồng chí Chủ tịch UBND tỉnh\n");
        Assert.Equal("Hà Nội", r.Place);
        Assert.Null(r.IssueDate);
        Assert.Equal("2025", r.IssueDatePartial);
    }
}
