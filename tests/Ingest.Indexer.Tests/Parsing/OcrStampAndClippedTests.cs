using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Scans as Tesseract reads them (tests/corpus, the `jc-` and `jd-` batches): a receiving office's arrival stamp above the
/// header, a signature title whose edge letters the scan clipped beside the Nơi nhận items, the list's heading misread,
/// an illegible serial read as "0", a Đ read three times in a code. Rows copied from the documents' text; expectations
/// read from the text by hand (corpus README rules).
/// </summary>
public sealed class OcrStampAndClippedTests
{
    private static readonly PlanParser Parser = new();

    // jc-hdql-quy-khuyen-hoc-binh-thuan-don-2025-ocr: the stamp of the province's office opens the page; the body cites a
    // decision with "Quyết định số:" opening a line.
    private const string StampedRequest =
        "VP.UBND TINH BÌNH THUẬN 4\nSô:....4701............\nĐẾN ng 14032058,\nChuyểï:.......................----5-<=<- +\n" +
        "Số và ký hiệu HS :..........\nHỘI KHUYÉN HỌC TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
        "HỘI ĐÒNG QL QUỸ_ KHUYÊN HỌC Độc lập —- Tự do —- Hạnh phúc\n\nBình Thuận, ngày 18§ tháng 02 năm 2025\n\n" +
        "¬ _ ĐƠN ĐÈ NGHỊ\nSửa đổi, bồ sung Điêu lệ Quỹ Khuyên học tỉnh Bình Thuận.\n\nKính gửi: Ủy ban nhân dân tỉnh Bình Thuận\n\n" +
        "- Lần thứ nhất:- Điều lệ quỹ Khuyến học tỉnh Bình Thuân được thành lập tại\n" +
        "Quyết định số:153/QĐÐ-KHBT ngày 29/12/2009, do Chú tịch Hội Khuyến học tỉnh ký\nban hành;\n";

    [Fact]
    public void An_arrival_stamp_above_the_header_is_neither_the_issuer_nor_the_number()
    {
        var r = Parser.Parse(StampedRequest);
        Assert.DoesNotContain("Đến", r.Issuer.Name ?? "");
        Assert.DoesNotContain("Vp", r.Issuer.Name ?? "");
        Assert.Null(r.Number);
        Assert.Contains(r.Citations, c => c.Number == "153/QĐ-KHBT");
    }

    // jd-ubnd-quang-ngai-cv-2025-299-ocr: "Nơi nhận" read "Đo nhận", "CHÁNH VĂN PHÒNG" read "NH VAN PHONG" beside an item.
    [Fact]
    public void A_clipped_title_beside_an_item_is_the_whole_title_and_the_misread_heading_opens_the_list()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTINH QUANG NGAI Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 899 /UBND-TTHC Quảng Ngãi, ngày⁄{5 tháng 01 năm 2025\nV/v công bô Danh mục TTHC\n\n" +
            "đặt trụ sở chính hoặc chỉ nhánh trên địa bàn tỉnh).I.\n\nĐo nhận: TL. CHỦ TỊCH\n- Như trên; : x `\n" +
            "-PCT UBND tỉnh; . NH VAN PHONG\n- VPUB: CVP, PCVP; 4S\n- Công TTĐT tỉnh; /2ÿ ý + `\n- Lưu: VT, TTHC(m). l[ 2 l8 n)\n" +
            "\\ .;: 1) Ƒ /\n“ TA xử\nNguyên Quốc Việt\nF4 Pˆ #+¿\n");
        Assert.Equal("CHÁNH VĂN PHÒNG", r.Signer?.Title);
        Assert.Equal(["Như trên", "PCT UBND tỉnh", "VPUB: CVP, PCVP", "Công TTĐT tỉnh"], r.Recipients.Select(x => x.Text));
    }

    // jd-ubnd-quang-ngai-bc-2024-280-ocr: "PHÓ CHỦ TỊCH" clipped at its end beside an item; the serial illegible ("ổ0");
    // "HĐND" read with its Đ three times.
    [Fact]
    public void A_title_clipped_at_its_end_leaves_the_item_and_a_zero_serial_or_a_tripled_D_is_repaired_or_dropped()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n" +
            "Số:ổ0 /BC-UBND Quảng Ngãi, ngày Êˆ@_ tháng 11 năm 2024\nBÁO CÁO\nVề việc điều chỉnh dự toán\n\n" +
            "Thực hiện các văn bản: số 87/HĐÐĐND-KTNS ngày 15/5/2024 về việc điều chỉnh dự toán.\n\n" +
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- Thường trực HĐND tỉnh; PHÓ CHỦ TỊC\n- Sở Tài chính; : ' c, Ì\n" +
            "- Lưu: VT, P.KTTHTien502. ro SP Ác\n");
        Assert.Null(r.Number);
        Assert.DoesNotContain(r.Citations, c => c.Number is { } n && n.StartsWith("0/", StringComparison.Ordinal));
        Assert.Contains(r.Citations, c => c.Number == "87/HĐND-KTNS");
        Assert.Contains("Thường trực HĐND tỉnh", r.Recipients.Select(x => x.Text));
    }

    // jb-tong-cuc-thue-cv-2023-4222-ocr: "TỎNG" with its circumflex lost, the place line's comma read as a full stop.
    [Fact]
    public void A_head_word_that_lost_its_hat_and_a_stop_for_the_place_lines_comma_are_read()
    {
        var r = Parser.Parse("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc\n" +
            "số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023\n\nV/v tăng cường ky cương, kỷ luật\n" +
            "trong việc ban hành công văn\n\nKính gửi:\n- Cục Thuế các tỉnh, thành phố trực thuộc Trung ương;\n\n" +
            "Thực hiện chỉ đạo của Bộ Tài chính tại công văn số 11614/BTC-PC ngày\n24/10/2023 về việc tăng cường kỷ cương.\n");
        Assert.Equal("Tổng cục Thuê", r.Issuer.Name);
        Assert.Equal("Hà Nội", r.Place);
        Assert.Equal("2023-11-09", r.IssueDate);
    }

    // A sentence's "Ngày" after a full stop is no place-date's.
    [Fact]
    public void A_capitalized_date_after_a_sentence_stop_is_not_a_place_line()
    {
        var r = Parser.Parse("Kế hoạch được triển khai trên địa bàn tỉnh Quảng Ngãi. Ngày 15 tháng 3 năm 2024, các đơn vị báo cáo.\n");
        Assert.Null(r.Place);
    }

    // jc-hdql-quy-khuyen-hoc-binh-thuan-nq-01-2025-ocr: the stamp's "Sô:" with no digits after it, the own number with its
    // slash lost, the council's position beside the list's first item under "TM." beside the heading.
    [Fact]
    public void A_lost_slash_before_the_headings_type_code_and_a_position_beside_the_first_item_are_read()
    {
        var r = Parser.Parse("VP.UBND TĨNH BÌNH THUẬN,\n\nSô:....đŸữ1.............\nĐẾN Ngà y 13/03/2025.\n" +
            "Chuyểï:.......................- -- 5< << +\nSố và ký hiệu HS :..........\n\n" +
            "HỘI KHUYÊN HỌC TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI ĐÒNG QL QUỸ KHUYÉN HỌC Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 01NQ-HĐQLQ Bình Thuận, ngày 16 tháng 02 năm 2025\n\nNGHỊ QUYẾT CỦA HỘI ĐÔNG QUẢN LÝ QUỸ\nKHUYÊN HỌC TỈNH BÌNH THUẬN\n" +
            "(Về việc đề nghị xem xét sữa đỗi, bố sung Điều lệ Qũy khuyến học)\n\n" +
            "Điều 2: Hội đồng quản lý Qũy thống nhất 3/4 (75%) đề nghị UBND tỉnh xem\nxét sửa đổi bổ sung các nội dung trên.\n\n" +
            "Nơi nhận: TM. HỘI ĐÒNG QUẢN LÝ QUỸ\n- UBND tỉnh; CHỦ TỊCH\n- Sở Nội vụ; | Ậ l\n\n- Lưu VP Tỉnh Hội.\n");
        Assert.Equal("01/NQ-HĐQLQ", r.Number);
        Assert.Equal("CHỦ TỊCH", r.Signer?.Title);
        Assert.Null(r.Signer?.Name);
        Assert.DoesNotContain("Vp", r.Issuer.Name ?? "");
    }

    // jd-ubnd-quang-ngai-tb-2024-660-ocr: the signature column run into the items; a dash smeared into "___ ~".
    [Fact]
    public void Items_keep_their_words_without_the_seals_code_and_a_smeared_dash_is_a_mark()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 12/TB-UBND Quảng Ngãi, ngày 3 tháng 12 năm 2024\nTHÔNG BÁO\nVề việc xoá nhà tạm\n\n" +
            "các cơ quan, đơn vị, địa phương biết, triển khai thực hiện./.\nNơi nhận: _ TL. CHỦ TỊCH\n" +
            "- Thường trực Tỉnh ủy (b/cáo); = ÁNH VĂN PHÒNG\n___ ~BTT Ủy ban MTTQ VN tỉnh; t⁄4 ớ\n" +
            "- Bộ Chỉ huy: Quân sự tỉnh, Bộ đội BP tỉnh; S4 sr SÀC\n- Tỉnh đoàn;\n- Lưu: VT, KGVXn1014\n");
        var items = r.Recipients.Select(x => x.Text).ToList();
        Assert.Contains("BTT Ủy ban MTTQ VN tỉnh", items);
        Assert.Contains("Bộ Chỉ huy: Quân sự tỉnh, Bộ đội BP tỉnh", items);
        Assert.Contains("Thường trực Tỉnh ủy (b/cáo)", items);
    }

    // The stamp's word is followed by its date or its register number; a title in capitals broken before "ĐẾN NĂM 2030"
    // (a plan's heading above the motto, as a portal may print it) is no stamp, and the lines above it are kept.
    [Fact]
    public void A_title_line_opening_with_den_nam_is_no_arrival_stamp()
    {
        var titled = Ingest.Indexer.Text.TextViewBuilder.Build("UBND TỈNH LÀO CAI\nKẾ HOẠCH PHÁT TRIỂN DU LỊCH\nĐẾN NĂM 2030\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        Assert.Null(Ingest.Indexer.Parsing.Header.ArrivalStamp.Find(titled, titled.Normalized.Length));
        var stamped = Ingest.Indexer.Text.TextViewBuilder.Build(StampedRequest);
        Assert.NotNull(Ingest.Indexer.Parsing.Header.ArrivalStamp.Find(stamped, stamped.Normalized.Length));
    }

    // jd-ubnd-quang-ngai-cv-2025-299-ocr: a speck of the margin before the address is no word of the subject.
    [Fact]
    public void A_speck_before_the_address_does_not_end_the_subject()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTINH QUANG NGAI Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 899 /UBND-TTHC Quảng Ngãi, ngày⁄{5 tháng 01 năm 2025\nV/v công bô Danh mục TTHC\nvà xây dựng quy trình nội bộ\n" +
            "giải quyêt TTHC\nx© Kính gửi:\n«` - Sở Giao thông vận tải,\n\nThực hiện nội dung các Quyết định số: 1743/QĐ-BGTVT.\n");
        Assert.Equal("công bô Danh mục TTHC và xây dựng quy trình nội bộ giải quyêt TTHC", r.Title);
    }

    // iu-hoi-lhpn-lam-dong-cv-btv-2025-ocr: the space before the day read as a hyphen; the place-date still ends the subject.
    [Fact]
    public void A_place_date_with_a_hyphen_before_the_day_ends_the_subject()
    {
        var r = Parser.Parse("HỘI LHPN TỈNH LÂM ĐÔNG _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ Độc lập - Tự do - Hạnh phúc\n\n" +
            "Số: l5 /CV- BTV\n\nV/v giới thiệu lãnh đạo tham gia Ban\nVì sự tiên bộ của phụ nữ và tô\nthư ký, giúp việc\n\n" +
            "Lâm Đông, ngày-14 tháng 9 năm 2025\n\nKính gửi: Lãnh đạo Sở Nội vụ\n\nThực hiện Công văn số 1189/SNV- LĐVL&TN, ngày 29/8/2025.\n");
        Assert.Equal("giới thiệu lãnh đạo tham gia Ban Vì sự tiên bộ của phụ nữ và tô thư ký, giúp việc", r.Title);
    }
}
