using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Document fields in the forms the `is-` batch met before it joined the corpus (an annex printed without its letter,
/// a document-sharing page's download size, a mirror's sentence-case signature, a Nơi nhận above a long annex), and
/// header layouts a copy gives a real document: each text is cut from the corpus document named beside it, and a row
/// marked "derived" lays that document's own lines out as another extraction does (rows of a two-column table run
/// together, parent and child bodies on one line). Expectations follow tests/corpus/README.md, read by hand.
/// </summary>
public sealed class HeldOutFieldLayoutTests
{
    private static readonly PlanParser Parser = new();

    // tests/corpus/documents/is-cuc-thong-ke-phu-luc-1027-2025-repo.txt (its first lines).
    private const string AnnexWithoutLetter =
        "## **Phụ lục I DANH MỤC VÀ MÃ SỐ CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ**\n\n" +
        "_(Ban hành kèm theo Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê)_\n\n" +
        "| Stt | Mã số | Tên đơn vị hành chính             | Tỉnh (thành phố) |\n| --- | ----- | --------------------------------- | ---------------- |\n" +
        "|     |       | THÀNH PHỐ HÀ NỘI                  |                  |\n| 1   | 00070 | Phường Hoàn Kiếm                  | Thành phố Hà Nội |\n" +
        "| 2   | 00082 | Phường Cửa Nam                    | Thành phố Hà Nội |\n| 3   | 00004 | Phường Ba Đình                    | Thành phố Hà Nội |\n";

    [Fact]
    public void An_annex_printed_alone_bears_its_letters_number_and_body()
    {
        var r = Parser.Parse(AnnexWithoutLetter);
        Assert.Equal("Phụ lục", r.DocType);
        Assert.Equal("DANH MỤC VÀ MÃ SỐ CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ", r.Title);
        Assert.Equal("1027/CTK-CSCL", r.Number);
        Assert.Equal("2025-06-25", r.IssueDate);
        Assert.Equal("Cục Thống kê", r.Issuer.Name);
        Assert.Equal("central", r.Issuer.Level);
        Assert.Null(r.Issuer.Province);
        Assert.DoesNotContain(r.Citations, c => c.Number == "1027/CTK-CSCL");
    }

    // tests/corpus/passages: cp-124, a passage that is an annex's heading alone, with no title above it.
    [Fact]
    public void An_annex_heading_quoted_alone_still_cites_the_document()
    {
        var r = Parser.Parse("(Ban hành kèm theo Thông tư số:22 /2023/TT-BYT, ngày 17 tháng 11 năm 2023 của Bộ Y tế)");
        Assert.Contains(r.Citations, c => c.Number == "22/2023/TT-BYT");
        Assert.Null(r.Number);
    }

    // tests/corpus/documents/dc-xa-xuan-phu-quy-che-2021.txt: the heading broken after "(Ban hành".
    [Fact]
    public void An_annex_heading_broken_after_its_first_words_gives_the_number()
    {
        var r = Parser.Parse("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n" +
            "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\n" +
            "Ngày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH\nCHUNG\n");
        Assert.Equal("59/QĐ-UBND", r.Number);
        Assert.Equal("Quy chế", r.DocType);
        Assert.DoesNotContain(r.Citations, c => c.Number == "59/QĐ-UBND");
    }

    // tests/corpus/documents/is-hoi-lhtn-tw-bc-12-2009-hocday.txt (its first lines).
    [Fact]
    public void A_download_size_glued_to_a_headline_is_no_part_of_the_title()
    {
        var r = Parser.Parse("Báo cáo Kết quả công tác Hội và phong trào thanh niên năm 2008, Chương trình công tác Hội và phong trào thanh niên năm 2009tải về 143.48 Kb.\n" +
            "Chuyển đổi dữ liệu24.07.2016\nKích143.48 Kb.\n#3529\n\n\nHội Liên hiệp Thanh niên Việt Nam\n\nUỷ ban Trung ương\n\n*** Hà Nội, ngày 30 tháng 01 năm 2009\n\n" +
            "Số: 12 BC/TWH\n\n\nbáo cáo\n\nKết quả công tác Hội và phong trào thanh niên năm 2008,\n\n");
        Assert.Equal("Kết quả công tác Hội và phong trào thanh niên năm 2008, Chương trình công tác Hội và phong trào thanh niên năm 2009", r.Title);
    }

    // tests/corpus/documents/is-hdnd-thanh-hoa-nq-1995-khong-so-vbpl.txt (its closing lines).
    [Fact]
    public void A_sentence_case_position_over_the_signing_mark_is_the_signers_title()
    {
        var r = Parser.Parse("HĐND TỈNH THANH HÓA\n\nNGHỊ QUYẾT\n\nVề việc chuyển đổi xã Quảng Tường thành phường Trung Sơn\n\nQUYẾT NGHỊ:\n\n" +
            "1 - Tán thành việc đổi tên xã Quảng Tường thành phường Trung Sơn trực thuộc thị xã Sầm Sơn.\n\n" +
            "Nghị quyết này đã được UBND tỉnh khoá XIII, kỳ họp thứ 3 thông qua ngày 20/07/1995./.\n\nChủ tịch\n\n(Đã ký)\n\n \n\nTrịnh Trọng Quyền\n\nTải file đính kèm\n");
        Assert.Equal("Trịnh Trọng Quyền", r.Signer?.Name);
        Assert.Equal("Chủ tịch", r.Signer?.Title);
    }

    [Fact]
    public void A_sentence_case_line_with_no_signing_mark_under_it_is_no_title()
    {
        var r = Parser.Parse("Nghị quyết này có hiệu lực từ ngày ký./.\n\nChủ tịch\n\nTrịnh Trọng Quyền\n");
        Assert.NotEqual("Chủ tịch", r.Signer?.Title);
    }

    // tests/corpus/documents/is-ubnd-lam-dong-qd-2284-2025-repo.txt: the list, the block, then the annexed table of
    // communes flattened one cell a line (its 600 lines stood for by the repeated rows of its own layout).
    [Fact]
    public void Reads_the_recipients_above_a_long_annexed_table()
    {
        var table = string.Concat(Enumerable.Range(1, 120).Select(k => $"|\n{k}\n|\nXã Đam Rông {k}\n|\n"));
        var r = Parser.Parse("trách nhiệm thi hành Quyết định này./.\n|\nNơi nhận:\n- Bộ Dân tộc và Tôn giáo;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n" +
            "- Như Điều 4;\n- Lưu: VT, NC, KGVX (DCV).\n|\n**TM. ỦY BAN NHÂN\nDÂN**\nCHỦ TỊCH\nHồ Văn Mười\n|\n** **\n**DANH\n" +
            "SÁCH XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG**\n* (Ban hành\nkèm theo Quyết định số 2284/QĐ-UBND ngày 25/11/2025 của UBND tỉnh Lâm Đồng)*\n" +
            "|\n**Stt**\n|\n**Tên xã, phường**\n|\n**Ghi chú**\n|\n" + table);
        Assert.Equal(["Bộ Dân tộc và Tôn giáo", "TT Tỉnh ủy, TT HĐND tỉnh", "Như Điều 4"], r.Recipients.Select(x => x.Text));
    }

    // Derived from tests/corpus/documents/if-an-giang-1994-QD-UBND-2021-tvpl.txt: its header cells ("ỦY BAN NHÂN DÂN" /
    // "TỈNH AN GIANG" beside "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM") run together row by row, as a PDF's text gives them.
    [Theory]
    [InlineData("          ")]
    [InlineData(" | ")]
    public void A_motto_split_over_two_rows_is_no_part_of_the_issuer(string gap)
    {
        var r = Parser.Parse($"ỦY BAN NHÂN DÂN{gap}CỘNG HÒA XÃ HỘI\nTỈNH AN GIANG{gap}CHỦ NGHĨA VIỆT NAM\n{gap}Độc lập - Tự do - Hạnh phúc\n" +
            $"Số: 1994/QĐ-UBND{gap}An Giang, ngày 26 tháng 8 năm 2021\n\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG TỪ ĐẤT TRỒNG\n" +
            "LÚA KÉM HIỆU QUẢ SANG RAU, MÀU VÀ CÂY ĂN TRÁI GIAI ĐOẠN 2021 - 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG\n" +
            "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;\n");
        Assert.Equal("Ủy ban nhân dân tỉnh An Giang", r.Issuer.Name);
        Assert.Equal("province", r.Issuer.Level);
        Assert.Equal("2021-08-26", r.IssueDate);
    }

    // Derived from tests/corpus/documents/id-btg-hu-tam-duong-38-HD-BTGHU-2017-portal.txt and
    // cp-ban-tuyen-giao-tw-hd-2017-30.txt: the Party header's lines run together on one line.
    [Theory]
    [InlineData("HUYỆN ỦY TAM ĐƯỜNG BAN TUYÊN GIÁO * Số 38- HD/BTGHU ĐẢNG CỘNG SẢN VIỆT NAM Tam Đường, ngày 26 tháng 6 năm 2017",
        "Ban Tuyên giáo Huyện ủy Tam Đường", "district")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO * Số 30 - HD/BTGTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 13 tháng 4 năm 2017",
        "Ban Tuyên giáo Trung ương", "central")]
    public void A_party_committee_and_its_ban_on_one_line_are_two_bodies(string header, string issuer, string level)
    {
        var r = Parser.Parse(header + "\n\nHƯỚNG DẪN\nTuyên truyền kỷ niệm các ngày lễ lớn năm 2017\n\nThực hiện chương trình công tác năm 2017.\n");
        Assert.Equal(issuer, r.Issuer.Name);
        Assert.Equal(level, r.Issuer.Level);
    }

    // tests/corpus/documents/id-pgd-thanh-oai-78-KH-PGD-2016-123docz.txt: the whole header on one line, the place-date
    // closed by a stop, the title in sentence case up to the body's "Thực hiện".
    [Fact]
    public void Reads_a_sentence_case_title_after_a_place_date_closed_by_a_stop()
    {
        var r = Parser.Parse("UBND HUYỆN THANH OAI PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc " +
            "Thanh Oai, ngày 02 tháng 02 năm 2016. KẾ HOẠCH Hoạt động chương trình Phòng chống tai nạn thương tích 5 năm Giai đoạn 2016 – 2020 " +
            "Thực hiện Kế hoạch số 323/KH-SGD&ĐT ngày 21/1/2016 của Sở Giáo dục và Đào tạo");
        Assert.Equal("Kế hoạch", r.DocType);
        // The title is read from the normalized text, where the en dash is a hyphen (the scoreboard folds dashes too).
        Assert.Equal("Hoạt động chương trình Phòng chống tai nạn thương tích 5 năm Giai đoạn 2016 - 2020", r.Title?.Replace('–', '-'));
    }

    // tests/corpus/documents/nw-doan-tncs-dieu-le-2017.txt: a charter with no number or place-date; the congress that
    // adopted it and the day, in brackets under its title.
    [Fact]
    public void A_charters_adoption_note_gives_its_date_and_the_congress()
    {
        var r = Parser.Parse("Tỉnh đoàn Kiên Giang - Diễn đàn của Đoàn TNCS Hồ Chí Minh tỉnh Kiên Giang\nLiên kết website\n\nĐIỀU LỆ\n\n" +
            "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n\n(Đại hội đại biểu toàn quốc lần thứ XI\n\nĐoàn TNCS Hồ Chí Minh thông qua ngày 13/12/2017)\n\n" +
            "NHỮNG VẤN ĐỀ CƠ BẢN\n\nĐoàn Thanh niên Cộng sản Hồ Chí Minh là tổ chức chính trị - xã hội của thanh niên Việt Nam.\n");
        Assert.Equal("Điều lệ", r.DocType);
        Assert.Equal("2017-12-13", r.IssueDate);
        Assert.Equal("Đại hội đại biểu toàn quốc lần thứ XI Đoàn TNCS Hồ Chí Minh", r.Issuer.Name);
        Assert.Equal("central", r.Issuer.Level);
        Assert.Null(r.Issuer.Province);
    }
}
