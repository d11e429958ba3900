using Ingest.Indexer.Parsing;
using Ingest.Indexer.Parsing.Recipients;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Scans whose signature column the seal garbled: the name alone under the list's file copy ("- Lưu: …") where the
/// position beside the Nơi nhận heading cannot be read and an annex follows, or where an item's piece was read as the name
/// (SignerParser.NameUnderItsFileCopy, NameUnderListEnd); and a trích yếu whose lines the OCR set apart by blank lines
/// (HeaderTitleReader.LinesSetApart). Whole corpus documents, read as the product's OCR wrote them, and cuts of them.
/// </summary>
public sealed class OcrListEndSignerTests
{
    private static readonly PlanParser Parser = new();

    private static string Corpus(string slug) =>
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents", slug + ".txt"));

    // "ơi nhận: ZZốA'CWR.TỊCH" … "| - Lưu: VT, KSTTT\rvA). - Ñ Đa ÁC \ ở," / "`~.^ _—_" / "Á s" / "Lê Thành Đô" / "2" /
    // "DANH ló G: THỦ TỤC …": the annexed list of procedures runs on for two hundred lines after the block.
    [Fact]
    public void The_name_under_the_file_copy_is_the_signers_where_the_position_beside_the_heading_is_garbled_and_an_annex_follows()
    {
        var r = Parser.Parse(Corpus("jj-ubnd-dien-bien-qd-2025-ocr"));
        Assert.Equal("Lê Thành Đô", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    // "Nơi nhận: Ã TìI,BỘTRƯỞNG -" / "- Như trên; VỤ/78V#Ñ“" VỤ GIÁO DỤC PHỎ THÔNG" … "- Lưu: VT, Vụ GGPT. `"..." / "LÚ" / "ụ" /
    // ">=#Thái Văn Tài" / "BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "PHỤ LỤC 1".
    [Fact]
    public void Signs_before_the_name_under_the_file_copy_are_no_part_of_it()
    {
        var r = Parser.Parse(Corpus("ll-bo-gddt-cv-2026-1849-ocr"));
        Assert.Equal("Thái Văn Tài", r.Signer?.Name);
    }

    [Fact]
    public void A_garbled_position_with_no_name_under_the_file_copy_gives_no_signer_from_the_annex()
    {
        var text = Corpus("jj-ubnd-dien-bien-qd-2025-ocr").Replace("\nLê Thành Đô\n", "\n", StringComparison.Ordinal);
        var r = Parser.Parse(text);
        Assert.Null(r.Signer?.Name);
    }

    // "- VPUBTP: CVP:; PCVP V.T Anh:" / "Phòng ĐTcạz: NNMT;:" / "- Lưu: VT, ĐT." / "§D 1579" / "õ Tuấn Anh": the item's piece
    // "Phòng Đ" is no name; the name under the file copy, its capital lost to the seal, is Võ Tuấn Anh.
    [Fact]
    public void An_items_piece_read_as_the_name_gives_way_to_the_name_under_the_file_copy()
    {
        var r = Parser.Parse(Corpus("lu-vp-ubnd-ha-noi-tb-2026-229-ocr"));
        Assert.Equal("Võ Tuấn Anh", r.Signer?.Name);
        Assert.Equal("PHÓ CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }

    [Fact]
    public void An_items_piece_read_as_the_name_with_nothing_under_the_file_copy_leaves_the_name_empty()
    {
        var text = Corpus("lu-vp-ubnd-ha-noi-tb-2026-229-ocr").Replace("\nõ Tuấn Anh", "\n", StringComparison.Ordinal);
        var r = Parser.Parse(text);
        Assert.Null(r.Signer?.Name);
        Assert.Equal("PHÓ CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }

    // "Kết luận của Phó Chủ tịch …" / (blank) / "tại cuộc họp … trục không gian" / (blank) / "Quốc lộ 1A gắn với … đối tác
    // công" / "tư (PPP), … (BT)." / (blank) / "Ngày 18/3/2026, …": every line of the trích yếu set apart by a blank.
    [Fact]
    public void A_title_whose_lines_are_set_apart_by_blanks_reads_on_to_its_full_stop()
    {
        var r = Parser.Parse(Corpus("lu-vp-ubnd-ha-noi-tb-2026-229-ocr"));
        Assert.Equal("Kết luận của Phó Chủ tịch Thường trực UBND Thành phố Dương Đức Tuấn tại cuộc họp nghe báo cáo về triển khai "
            + "thực hiện Dự án đầu tư trục không gian Quốc lộ 1A gắn với chỉnh trang và tái thiết đô thị theo phương thức đối tác "
            + "công tư (PPP), hình thức hợp đồng xây dựng - chuyển giao (BT)", r.Title);
    }

    // The same title's first two lines, then a body paragraph after the blank (its first lines from
    // lj-ubnd-quang-ngai-ct-2024-pctntc-ocr): no full stop closes the capitalised block, so it is the body's.
    [Fact]
    public void A_capitalised_paragraph_after_a_spaced_title_is_the_body_where_no_full_stop_closes_it()
    {
        var text = "ỦY BẠN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÀNH PHÓ HÀ NỘI ộc lập —- Tự do - Hạnh phúc\n"
            + "V ĂN PHÒNG Độc lập _ Tự do — Hạnh phúc\nSố: 229/TB-VP Hà Nội, ngày 2# tháng 3 năm 2026\nTHÔNG BÁO\n\n"
            + "Kết luận của Phó Chủ tịch Thường trực UBND Thành phố Dương Đức Tuấn\n\n"
            + "tại cuộc họp nghe báo cáo về triển khai thực hiện Dự án đầu tư trục không gian\n\n"
            + "Trong thời gian qua, công tác phòng, chống tham nhũng, tiêu cực của tỉnh\n"
            + "(gọi tắt là PCTNTC) đã được Tỉnh ủy, Hội đồng nhân dân, UBND tỉnh đã được\n"
            + "tập trung lãnh đạo, chỉ đạo quyết liệt. Các cấp, các ngành triển khai thực hiện\n";
        var r = Parser.Parse(text);
        Assert.Equal("Kết luận của Phó Chủ tịch Thường trực UBND Thành phố Dương Đức Tuấn tại cuộc họp nghe báo cáo về triển khai "
            + "thực hiện Dự án đầu tư trục không gian", r.Title);
    }
    // "Nơi nhận: T1:-HIỆU TRƯỞNG" / "- Các khoa quản lý SV, CVHT; : “TRƯỞNG PHÒNG CTSV" / … / "Phùng Thị Xuân Bình": the
    // principal's position beside the heading ("TL." garbled), the signer's beside the first item, a quote glued before it.
    [Fact]
    public void A_position_beside_an_item_with_a_speck_glued_before_it_is_the_signers()
    {
        var r = Parser.Parse(Corpus("lr-dh-dien-luc-tb-2025-le-ky-niem-ocr"));
        Assert.Equal("TRƯỞNG PHÒNG CTSV", r.Signer?.Title);
        Assert.Equal("Phùng Thị Xuân Bình", r.Signer?.Name);
    }

    [Fact]
    public void Capitals_beside_an_item_after_a_speck_that_hold_no_position_are_no_title()
    {
        var text = Corpus("lr-dh-dien-luc-tb-2025-le-ky-niem-ocr").Replace("“TRƯỞNG PHÒNG CTSV", "“ĐẠI HỌC ĐIỆN LỰC", StringComparison.Ordinal);
        var r = Parser.Parse(text);
        Assert.Equal("HIỆU TRƯỞNG", r.Signer?.Title);
    }
    // "Nơi nhận: K/T CHÁNH VĂN PHÒNG" / "- Các đồng chí Uỷ viên Trung ương Đảng; PHO CHANH VAN PHONG" … "Ký bởi: VĂN THƯ VĂN" /
    // ": VĂN PHỌNG" … "- Các đơn vị trực thuộc Lê Khánh Toàn" / (blank) / "Văn phòng Trung ương Đảng;": the signing stamp's
    // capitals under the position are no name; the name beside the item, which goes on over the blank, is.
    [Fact]
    public void The_name_beside_an_item_that_goes_on_over_a_blank_line_is_the_signers()
    {
        var r = Parser.Parse(Corpus("ip-vptw-05-HD-VPTW-2026-ocr"));
        Assert.Equal("Lê Khánh Toàn", r.Signer?.Name);
        Assert.Equal("PHO CHANH VAN PHONG", r.Signer?.Title);
    }

    [Fact]
    public void An_item_closed_by_the_next_items_mark_after_the_blank_gives_no_name_from_its_last_words()
    {
        var text = Corpus("ip-vptw-05-HD-VPTW-2026-ocr").Replace("\n\nVăn phòng Trung ương Đảng;", "\n\n- Văn phòng Trung ương Đảng;", StringComparison.Ordinal);
        var r = Parser.Parse(text);
        Assert.Null(r.Signer?.Name);
    }

    [Fact]
    public void Stamp_capitals_under_the_position_with_no_name_beside_an_item_leave_the_name_empty()
    {
        var text = Corpus("ip-vptw-05-HD-VPTW-2026-ocr").Replace(" Lê Khánh Toàn\n", "\n", StringComparison.Ordinal);
        var r = Parser.Parse(text);
        Assert.Null(r.Signer?.Name);
        Assert.Equal("PHO CHANH VAN PHONG", r.Signer?.Title);
    }
    // "N nhữh:/.} KT.CHỦ TỊCH" / "- Như Điêu 3; 'HÓ Ũ" / … / "- Lưu: VT; KSTTNC (MN,07)." / "Huỳnh Hữu Trí": the heading's words
    // garbled, the capacity line beside them whole, the deputy's position under it garbled: one signing "KT." for the
    // principal is the principal's deputy.
    [Fact]
    public void A_capacity_line_beside_a_garbled_heading_gives_the_deputys_position_over_garbled_capitals()
    {
        var r = Parser.Parse(Corpus("lr-ubnd-bac-lieu-qd-2025-duong-bo-ocr"));
        Assert.Equal("Huỳnh Hữu Trí", r.Signer?.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    [Fact]
    public void A_capacity_line_beside_a_garbled_heading_with_nothing_under_it_but_the_item_keeps_no_title()
    {
        var text = Corpus("lr-ubnd-bac-lieu-qd-2025-duong-bo-ocr").Replace("- Như Điêu 3; 'HÓ Ũ", "- Như Điêu 3;", StringComparison.Ordinal);
        var r = Parser.Parse(text);
        Assert.Equal("Huỳnh Hữu Trí", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }
    // "Nơi nhận: | sồi BẺ BỌ TRƯƠN G" / "thư trê THƯ TRƯƠNG" / (blank) / "Thượng tướng Nguyên Văn Long": the position's line read
    // twice, once in small letters cut short; the capitals are the position, the rank no part of the name. The scoreboard
    // folds marks, so the marks the seal took ("THƯ TRƯƠNG", "Nguyên") are compared folded here too.
    [Fact]
    public void A_position_echoed_in_small_letters_before_its_capitals_is_the_block_position()
    {
        var r = Parser.Parse(Corpus("lk-bca-4409-BCA-C04-2025-ocr"));
        Assert.Equal("thu truong", TextFolding.FoldLoose(r.Signer?.Title ?? ""));
        Assert.Equal("nguyen van long", TextFolding.FoldLoose(r.Signer?.Name ?? ""));
    }

    [Fact]
    public void Small_words_before_a_position_that_do_not_echo_it_leave_the_line_no_position()
    {
        var text = Corpus("lk-bca-4409-BCA-C04-2025-ocr").Replace("thư trê THƯ TRƯƠNG", "đề nghị THƯ TRƯƠNG", StringComparison.Ordinal);
        var r = Parser.Parse(text);
        Assert.NotEqual("THƯ TRƯƠNG", r.Signer?.Title);
    }
    // "Nơi nhận: TRƯỞNG KHOA........." / "- > trên; (Ký và ghi rõ họ tên)" / "- Lưu:.........." then the annexed list's table
    // ("| Lớ Chuyên |"): an annexed form's block, its unit a dotted blank; no signature, and no name read from the table.
    [Fact]
    public void An_annexed_forms_position_with_a_dotted_blank_is_no_signature()
    {
        var r = Parser.Parse(Corpus("js-dh-dien-luc-tb-2025-csr-ocr"));
        Assert.Null(r.Signer?.Name);
        Assert.NotEqual("TRƯỞNG KHOA.........", r.Signer?.Title);
    }

    [Fact]
    public void A_position_closed_by_one_full_stop_is_still_a_position()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác năm 2025\n"
            + "Các đơn vị thực hiện nghiêm túc./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH.\nHuỳnh Hữu Trí\n");
        Assert.Equal("Huỳnh Hữu Trí", r.Signer?.Name);
    }
    // "- Lưu: VT, KSTTHC (L-40b).4# ˆy 22 Sp#" / "_ sc:. ⁄t" / "*Frâmhị Thu Hương": "Trần Thị" run together past reading; the
    // position is kept, the name left empty rather than printed wrong.
    [Fact]
    public void A_name_whose_first_word_is_two_marked_syllables_run_together_is_left_empty()
    {
        var r = Parser.Parse(Corpus("iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr"));
        Assert.Null(r.Signer?.Name);
        Assert.Equal("CHÁNH VĂN PHÒNG", r.Signer?.Title);
    }

    [Theory]
    [InlineData("Nguyễn Thị Thu Hương")]
    [InlineData("Êban Y Phu")] // a Tây Nguyên name: one marked run of vowels
    [InlineData("Ksor Phước")]
    public void A_name_opening_with_one_syllable_or_a_name_of_the_Tay_Nguyen_peoples_is_kept(string name)
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác năm 2025\n"
            + "Các đơn vị thực hiện nghiêm túc./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" + name + "\n");
        Assert.Equal(name, r.Signer?.Name);
    }
    // "- Lưu: VT, CTSV, Hồng DTT (01)." / "Z" / "` — Đính ăn Châu" / "PHỤ LỤC 1": the middle name's capital lost to the seal.
    [Fact]
    public void A_middle_name_that_lost_its_capital_under_the_file_copy_is_read_whole()
    {
        var r = Parser.Parse(Corpus("lj-dh-dien-luc-tb-2025-d20-ocr"));
        Assert.Equal("Đinh Văn Châu", r.Signer?.Name);
    }

    [Fact]
    public void A_small_word_that_is_no_middle_names_rest_gives_no_name()
    {
        var r = Parser.Parse(Corpus("lj-dh-dien-luc-tb-2025-d20-ocr").Replace("Đính ăn Châu", "Đính ăm Châu", StringComparison.Ordinal));
        Assert.Null(r.Signer?.Name);
    }

    [Theory]
    [InlineData("Đính ăn Châu", "Đính Văn Châu")]
    [InlineData("Nguyễn hị Thu Hương", "Nguyễn Thị Thu Hương")]
    [InlineData("Hiệp hội Thức ăn Chăn nuôi", "Hiệp hội Thức ăn Chăn nuôi")] // a sentence's words: five, small ones around
    [InlineData("Lê ăn", "Lê ăn")]
    public void Only_van_and_thi_between_capitalised_words_get_their_capital_back(string text, string read) =>
        Assert.Equal(read, SignerNameRepair.WithMiddleNameCapital(text));
}
