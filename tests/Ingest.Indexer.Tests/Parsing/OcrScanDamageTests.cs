using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Scans' damage to a header and a signature block (the OCR'd corpus texts named at each excerpt, as the product's OCR
/// wrote them): the motto beside the issuer with its first letter lost, the seal's rim read as the block's last line, the
/// rule under the trích yếu with specks beside it, an arrival stamp before and inside the trích yếu, a day beside a '#',
/// a title before the signer's name closed by a misread stop, a family name that lost its capital, a hand-filled month
/// read as a letter beside a serial no more legible.
/// </summary>
public sealed class OcrScanDamageTests
{
    private static readonly PlanParser Parser = new();

    // lu-vp-ubnd-ha-noi-tb-2026-229-ocr, lines 1-17: "ộc lập —- Tự do" beside the committee's line, "V ĂN PHÒNG" under it.
    private const string OfficeNotice = "ỦY BẠN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "\n"
        + "THÀNH PHÓ HÀ NỘI ộc lập —- Tự do - Hạnh phúc\n"
        + "V ĂN PHÒNG Độc lập _ Tự do — Hạnh phúc\n"
        + "Số: 229/TB-VP Hà Nội, ngày 2# tháng 3 năm 2026\n"
        + "THÔNG BÁO\n"
        + "\n"
        + "Kết luận của Phó Chủ tịch Thường trực UBND Thành phố Dương Đức Tuấn\n"
        + "\n"
        + "tại cuộc họp nghe báo cáo về triển khai thực hiện Dự án đầu tư trục không gian\n"
        + "\n"
        + "Quốc lộ 1A gắn với chỉnh trang và tái thiết đô thị theo phương thức đối tác công\n"
        + "tư (PPP), hình thức hợp đồng xây dựng - chuyển giao (BT).\n"
        + "\n"
        + "Ngày 18/3/2026, tại trụ sở UBND Thành phố, Phó Chủ tịch Th trực\n"
        + "UBND Thành phố Dương Đức Tuấn đã chủ trì cuộc họp nghe báo cáo về triển\n"
        + "khai thực hiện Dự án đầu tư trục không gian Quốc lộ 1A gắn với chỉnh trang và\n";

    [Fact]
    public void The_motto_that_lost_its_first_letter_is_masked_and_the_office_under_the_committee_issues()
    {
        var r = Parser.Parse(OfficeNotice);
        Assert.StartsWith("Văn phòng Ủy b", r.Issuer.Name);
    }

    [Fact]
    public void A_day_read_beside_a_hash_sign_is_doubted()
    {
        var r = Parser.Parse(OfficeNotice);
        Assert.True(r.NeedsReview);
        Assert.Contains(r.Diagnostics, d => d.Code == "issue-day-beside-sign");
    }

    // mq-dh-tay-do-tb-2025-1145-ocr, lines 1-16: the seal's rim "CỬNG ĐẠI HỌC TÂY" under the school's line, the rule under
    // the trích yếu read with specks "——————_ n UA,".
    private const string SeminarNotice = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n"
        + "TRƯỜNG ĐẠI HỌC TÂY ĐÔ\n"
        + "CỬNG ĐẠI HỌC TÂY\n"
        + "Số:l445)TB-ĐHTĐ\n"
        + "\n"
        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập — Tự do — Hạnh phúc\n"
        + "~€ lập - tự do - Hạnh phúc\n"
        + "Cần Thơ, ngày-2Štháng 10 năm 2025\n"
        + "\n"
        + "THÔNG BẢO\n"
        + "\n"
        + "Về việc đăng ký kế hoạch báo cáo seminar cấp Khoa/Bộ môn trực thuộc Trường\n"
        + "——————_ n UA,\n"
        + "\n"
        + "Căn cứ vào Quyết định số 49/QĐÐ-ĐHTĐ ngày 25 tháng 01 năm 2022 của Trường\n";

    [Fact]
    public void The_seals_rim_read_under_the_issuer_is_no_part_of_its_name()
    {
        var r = Parser.Parse(SeminarNotice);
        Assert.Equal("Trường Đại học Tây đô", r.Issuer.Name);
    }

    [Fact]
    public void The_rule_under_the_title_closes_it_with_the_specks_beside_it()
    {
        var r = Parser.Parse(SeminarNotice);
        Assert.Equal("Về việc đăng ký kế hoạch báo cáo seminar cấp Khoa/Bộ môn trực thuộc Trường", r.Title);
    }

    // jh-ubnd-quang-ngai-ct-2018-07-ocr, lines 1-18: the Trung tâm Công báo's arrival stamp read before "Về việc" and its
    // register mark "CV T752 —]" before the title's second line.
    private const string Directive = "Trung tâm Công báo và Tìn học\n"
        + "Đ%CA 5t 0t\n"
        + "Ặ ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "TĨNH QUANG NGAI Độc lập - Tự do - Hạnh phúc\n"
        + "Số: # /CT-UBND Quảng Ngãi, ngày 80 tháng 3 năm 2018\n"
        + "CHỈ THỊ\n"
        + "\n"
        + "“TRÙNG TÀM-CÔNG BẢO & Ti HỌC O..NGÃI Về việc tăng cường công tác thỉ hành án hành chính\n"
        + "\n"
        + "CV T752 —] trên địa bàn tỉnh Quảng Ngãi\n"
        + "\n"
        + "lu : Ngày:@4...4..I.,4Ä........ 1n. 16\n"
        + "\n"
        + "ĐEA | Chuyên:............⁄4Broe thời gian qua, công tác triển khai thi hành Luật tố tụng hành\n"
        + "\n"
        + "chính; việc tổ chức thi hành những bản án, quyết định của Tòa án về vụ án\n"
        + "hành chính; việc theo dõi thi hành án hành chính của các cơ quan THADS đã\n"
        + "đạt những kết quả tích cực. Tuy nhiên, vẫn còn một số trường hợp bản án,\n";

    [Fact]
    public void An_arrival_stamp_before_and_inside_the_title_is_left_out()
    {
        var r = Parser.Parse(Directive);
        Assert.Equal("Về việc tăng cường công tác thỉ hành án hành chính trên địa bàn tỉnh Quảng Ngãi", r.Title);
    }

    // mq-dh-tay-do-qd-2025-62-bo-nhiem-ocr, lines 1-14 and 43-59: "TS-LS; Nguyễn Tiến Dũng" for "TS. LS. …".
    private const string Appointment = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n"
        + "TRƯỜNG ĐẠI HỌC TÂY ĐÔ\n"
        + "Số: 6# /QĐ-CTHĐT-ĐHTĐ\n"
        + "\n"
        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập - Tự do - Hạnh phúc\n"
        + "Cân Thơ, ngày.*3tháng năm 2025\n"
        + "\n"
        + "QUYÉT ĐỊNH\n"
        + "\n"
        + "Về việc bỗ nhiệm chức vụ Phó Giám đốc Trung tâm Khảo thí &\n"
        + "Đảm bảo chất lượng giáo dục\n"
        + "\n"
        + "CHỦ TỊCH HỘI ĐÒNG TRƯỜNG TRƯỜNG ĐẠI HỌC TÂY ĐÔ\n"
        + "phòng Tổ chức — Hành chính, Giám đốc Trung tâm Khảo thí & Đảm bảo chất lượng giáo\n"
        + "dục, Trưởng các đơn vị liên quan thuộc Trường Đại học Tây Đô và TS. Lương Lễ Nhân chịu\n"
        + "trách nhiệm thi hành quyết định này./.\n"
        + "\n"
        + "/ố siêh gọi ĐỒNG T ường/Z\n"
        + "Nơi nhận: TRƯƠNG 'Gif¿\n"
        + "( ĐALHOCTt IÍ (\n"
        + "(na), ———\n"
        + "\n"
        + "- Như điêu 3;\n"
        + "\n"
        + "- HĐT;\n"
        + "\n"
        + "- Lưu VT, TC-HC.\n"
        + "TS-LS; Nguyễn Tiến Dũng\n"
        + "\n"
        + "\n";

    [Fact]
    public void Academic_titles_whose_stops_the_scan_misread_are_no_part_of_the_name()
    {
        var r = Parser.Parse(Appointment);
        Assert.Equal("Nguyễn Tiến Dũng", r.Signer?.Name);
    }

    // il-ubnd-phuong-tuong-mai-tb-632-2026-ocr, lines 1-9 and 96-117: "ào Thị Thu Hằng", the capital Đ lost to the seal.
    private const string WardNotice = "ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "\n"
        + "PHƯỜNG TƯƠNG MAI Độc lập - Tự do - Hạnh phúc\n"
        + "Số: 632 /TB-UBND Tương Mai, ngày 72tháng 5 năm 2026\n"
        + "THÔNG BÁO\n"
        + "\n"
        + "Về việc thu thập thông tin, tài liệu và đo đạc thửa đất đối với các\n"
        + "tô chức, hộ gia đình, cá nhân có đât năm trong chỉ giới đầu tư xây dựng\n"
        + "Quốc lộ 1A trên địa bàn phường Tương Mai, thành phô Hà Nội\n"
        + "\n"
        + "\n"
        + "Trân trọng Ì\n"
        + "\n"
        + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n"
        + "- TT Đảng ủy-TT HĐND phường; (Đề ð/⁄€) z ` [\n"
        + "- Các đ/c PCT UBND phường;\n"
        + "- Phòng KTHTĐT phường;\n"
        + "\n"
        + "- Công an phường;\n"
        + "\n"
        + "- Phòng VHXH phường;\n"
        + "\n"
        + "- Ban QLDA ĐTXD phường; (Để phối hợp\n"
        + "- Các Ông(bà) BTCB, Ban CT MT, | hực hiện)\n"
        + "Tổ trưởng, Tô phó tổ dân phố;\n"
        + "- Đơn vị đo đạc;\n"
        + "\n"
        + "- Các tổ chức, cá nhân sử dụng đất; (Để phối hợp)\n"
        + "- Lưu: VT, KTHTĐT.\n"
        + "\n"
        + "ào Thị Thu Hằng\n"
        + "\n";

    [Fact]
    public void A_family_name_that_lost_its_capital_is_read_whole_where_one_family_name_ends_so()
    {
        var r = Parser.Parse(WardNotice);
        Assert.Equal("Đào Thị Thu Hằng", r.Signer?.Name);
    }

    // Near miss: "ương" is what is left of Dương and of Lương; no family name is read into it.
    [Fact]
    public void A_family_name_rest_two_family_names_share_is_not_read_as_either()
    {
        var r = Parser.Parse(WardNotice.Replace("ào Thị Thu Hằng", "ương Thị Thu Hằng"));
        Assert.False(r.Signer?.Name?.StartsWith("Dương") == true || r.Signer?.Name?.StartsWith("Lương") == true);
    }

    // mr-dh-tay-do-bc-2025-635-ocr, lines 1-12: the hand's month read as "Š", the serial beside it as "6Š".
    private const string HandDatedReport = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n"
        + "TRƯỜNG ĐẠI HỌC TÂY ĐÔ\n"
        + "Số: 6Š /BC-ĐHTĐ\n"
        + "\n"
        + "CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập - Tự do - Hạnh phúc\n"
        + "Cân Thơ, ngày J7 tháng Š năm 2025\n"
        + "\n"
        + "BÁO CÁO\n"
        + "V/v khảo sát người học năm cuối về dịch vụ chăm sóc, hỗ trợ đời sống,\n"
        + "\n"
        + "nghiên cứu khoa học, kết nối phục vụ cộng đồng, tham vấn tâm lý học đường,\n";

    [Fact]
    public void A_serial_beside_a_month_the_hand_wrote_and_the_scan_read_as_a_letter_is_illegible()
    {
        var r = Parser.Parse(HandDatedReport);
        Assert.Null(r.Number);
        Assert.Contains(r.Diagnostics, d => d.Code == "number-illegible");
    }

    // Near miss: a month written in words is no damage, and the number beside it stands.
    [Fact]
    public void A_month_in_words_keeps_the_serial_beside_it()
    {
        var r = Parser.Parse(HandDatedReport.Replace("6Š /BC", "635/BC").Replace("tháng Š năm", "tháng Giêng năm"));
        Assert.Equal("635/BC-ĐHTĐ", r.Number);
    }
}
