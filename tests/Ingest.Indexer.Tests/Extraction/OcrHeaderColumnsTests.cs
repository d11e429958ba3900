using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// The header's two columns put back apart from Tesseract's word boxes. The words and boxes are those Tesseract
/// (vie, psm 3, 200 dpi) gave for the scan of UBND tỉnh Cao Bằng's Quyết định 157/QĐ-NĐ-UB of 1999 (the corpus's
/// jh-ubnd-cao-bang-qd-1999-157-ocr), which it read row by row: "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// the header, the title and the subject line, as read (slips included), a line of specks left out.
/// </summary>
public sealed class OcrHeaderColumnsTests
{
    private const int CaoBangWidth = 1403, CucCsdtWidth = 1659;

    // (block, paragraph, line, left, top, right, bottom, text), in Tesseract's order.
    private static readonly (int B, int P, int L, int X0, int Y0, int X1, int Y1, string Text)[] CaoBang =
    [
        (1, 1, 1, 271, 160, 311, 190, "UỶ"), (1, 1, 1, 324, 168, 385, 189, "BAN"), (1, 1, 1, 396, 162, 483, 190, "NHÂN"),
        (1, 1, 1, 495, 162, 559, 190, "DÂN"), (1, 1, 1, 626, 161, 714, 194, "CỘNG"), (1, 1, 1, 727, 158, 792, 187, "HOÀ"),
        (1, 1, 1, 805, 160, 845, 186, "XÃ"), (1, 1, 1, 857, 158, 911, 191, "HỘI"), (1, 1, 1, 923, 156, 987, 185, "CHỦ"),
        (1, 1, 1, 998, 158, 1099, 185, "NGHĨA"), (1, 1, 1, 1111, 156, 1182, 189, "VIỆT"), (1, 1, 1, 1192, 150, 1262, 183, "NAM"),
        (1, 1, 2, 290, 201, 364, 230, "TỈNH"), (1, 1, 2, 377, 209, 442, 231, "CAO"), (1, 1, 2, 454, 198, 539, 230, "BẰNG"),
        (1, 1, 2, 758, 201, 807, 227, "Độc"), (1, 1, 2, 818, 201, 855, 228, "lập"), (1, 1, 2, 866, 213, 873, 216, "-"),
        (1, 1, 2, 883, 200, 920, 226, "Tự"), (1, 1, 2, 929, 200, 959, 221, "do"), (1, 1, 2, 969, 212, 976, 215, "-"),
        (1, 1, 2, 988, 199, 1057, 226, "Hạnh"), (1, 1, 2, 1069, 198, 1131, 226, "phúc"),
        (3, 1, 2, 287, 279, 321, 300, "Số:"), (3, 1, 2, 338, 279, 544, 306, "157/QĐ-NĐ-UB"), (3, 1, 2, 711, 275, 759, 296, "Cao"),
        (3, 1, 2, 770, 272, 836, 301, "Bằng,"), (3, 1, 2, 848, 275, 903, 301, "ngày"), (3, 1, 2, 913, 274, 940, 295, "22"),
        (3, 1, 2, 952, 274, 1018, 299, "tháng"), (3, 1, 2, 1028, 273, 1040, 294, "2"), (3, 1, 2, 1051, 275, 1102, 294, "năm"),
        (3, 1, 2, 1115, 272, 1177, 293, "T999."),
        (4, 1, 1, 415, 411, 530, 451, "QUYẾT"), (4, 1, 1, 541, 420, 624, 450, "ĐỊNH"), (4, 1, 1, 636, 411, 704, 443, "CỦA"),
        (4, 1, 1, 718, 409, 761, 441, "UỶ"), (4, 1, 1, 773, 416, 839, 440, "BAN"), (4, 1, 1, 851, 409, 943, 439, "NHÂN"),
        (4, 1, 1, 956, 409, 1023, 439, "DÂN"), (4, 1, 1, 1035, 408, 1116, 439, "TỈNH"),
        (4, 1, 2, 472, 459, 507, 483, "Về"), (4, 1, 2, 519, 460, 571, 488, "việc"), (4, 1, 2, 584, 467, 589, 482, ":"),
        (4, 1, 2, 602, 459, 666, 482, "Giao"), (4, 1, 2, 678, 454, 759, 487, "quyền"), (4, 1, 2, 771, 454, 802, 479, "sử"),
        (4, 1, 2, 812, 456, 879, 485, "dụng"), (4, 1, 2, 891, 454, 933, 478, "đất"), (4, 1, 2, 944, 454, 960, 478, "ở"),
        (4, 1, 2, 970, 455, 1017, 478, "dân"), (4, 1, 2, 1030, 460, 1062, 478, "cư"),
    ];

    // Cục Cảnh sát điều tra tội phạm về ma túy (Bộ Công an), Công văn 228/C04-P6 of 2026 (the corpus's
    // jb-cuc-csdt-ma-tuy-bca-cv-2026-c04-p6-ocr): a subject line five lines long, wider than the agency column, and
    // Kính gửi (its line cut after "thành"). "Số: …" beside the place-date line is followed closely by the subject
    // line, so it goes with it, after the motto column (the order Tesseract's own text has them in).
    private static readonly (int B, int P, int L, int X0, int Y0, int X1, int Y1, string Text)[] CucCsdt =
    [
        (1, 1, 1, 374, 140, 422, 179, "BỘ"), (1, 1, 1, 434, 140, 535, 174, "CÔNG"),
        (1, 1, 1, 545, 149, 598, 174, "AN"), (1, 1, 1, 791, 145, 894, 181, "CỘNG"),
        (1, 1, 1, 906, 141, 986, 174, "HÒA"), (1, 1, 1, 997, 143, 1047, 174, "XÃ"),
        (1, 1, 1, 1058, 145, 1128, 181, "HỘI"), (1, 1, 1, 1140, 141, 1218, 175, "CHỦ"),
        (1, 1, 1, 1229, 143, 1349, 175, "NGHĨA"), (1, 1, 1, 1360, 145, 1446, 181, "VIỆT"),
        (1, 1, 1, 1458, 150, 1542, 175, "NAM"), (3, 1, 1, 263, 190, 337, 222, "CỤC"),
        (3, 1, 1, 349, 182, 454, 215, "CẢNH"), (3, 1, 1, 465, 183, 533, 227, "SÁT"),
        (3, 1, 1, 544, 183, 633, 216, "ĐIÊU"), (3, 1, 1, 644, 191, 719, 230, "TRA"),
        (3, 1, 1, 927, 191, 990, 227, "Độc"), (3, 1, 1, 1003, 191, 1051, 229, "lập"),
        (3, 1, 1, 1064, 207, 1075, 211, "-"), (3, 1, 1, 1087, 192, 1137, 228, "Tự"),
        (3, 1, 1, 1148, 193, 1186, 219, "do"), (3, 1, 1, 1198, 208, 1209, 212, "-"),
        (3, 1, 1, 1221, 192, 1310, 228, "Hạnh"), (3, 1, 1, 1325, 192, 1403, 230, "phúc"),
        (3, 1, 2, 287, 228, 350, 264, "TỌI"), (3, 1, 2, 361, 232, 469, 257, "PHẠM"),
        (3, 1, 2, 481, 228, 528, 257, "VỀ"), (3, 1, 2, 540, 232, 600, 257, "MA"), (3, 1, 2, 611, 233, 685, 258, "TÚY"),
        (3, 1, 3, 343, 299, 389, 335, "Số:"), (3, 1, 3, 404, 302, 486, 339, "228Z"),
        (3, 1, 3, 500, 307, 628, 349, "/C04-P6"), (3, 1, 3, 880, 307, 927, 333, "Hà"),
        (3, 1, 3, 937, 307, 998, 339, "Nội,"), (3, 1, 3, 1014, 307, 1089, 342, "ngày"),
        (3, 1, 3, 1095, 300, 1140, 341, "20"), (3, 1, 3, 1150, 307, 1239, 342, "tháng"),
        (3, 1, 3, 1250, 308, 1286, 334, "04"), (3, 1, 3, 1298, 308, 1361, 334, "năm"),
        (3, 1, 3, 1374, 308, 1451, 334, "2026"), (4, 1, 1, 245, 350, 288, 372, "V/v"),
        (4, 1, 1, 298, 350, 356, 372, "tham"), (4, 1, 1, 366, 357, 419, 385, "mưu"),
        (4, 1, 1, 429, 350, 516, 372, "HĐND"), (4, 1, 1, 526, 344, 567, 385, "cấp"),
        (4, 1, 1, 576, 350, 622, 372, "tỉnh"), (4, 1, 1, 632, 350, 674, 372, "ban"),
        (4, 1, 1, 684, 351, 741, 372, "hành"), (4, 1, 2, 248, 386, 307, 414, "Nghị"),
        (4, 1, 2, 317, 380, 384, 420, "quyết"), (4, 1, 2, 392, 380, 423, 420, "về"),
        (4, 1, 2, 429, 386, 517, 414, "nguyên"), (4, 1, 2, 526, 380, 568, 412, "tắc,"),
        (4, 1, 2, 578, 386, 622, 407, "tiêu"), (4, 1, 2, 632, 386, 674, 413, "chí,"),
        (4, 1, 2, 685, 386, 737, 413, "định"), (4, 1, 3, 232, 421, 284, 443, "mức"),
        (4, 1, 3, 293, 421, 350, 450, "phân"), (4, 1, 3, 359, 415, 388, 443, "bổ"),
        (4, 1, 3, 397, 415, 441, 443, "vốn"), (4, 1, 3, 452, 422, 508, 449, "ngân"),
        (4, 1, 3, 519, 421, 571, 443, "sách"), (4, 1, 3, 581, 421, 624, 443, "nhà"),
        (4, 1, 3, 633, 422, 693, 443, "nước"), (4, 1, 3, 702, 422, 754, 448, "thực"),
        (4, 1, 4, 268, 457, 318, 483, "hiện"), (4, 1, 4, 328, 457, 425, 485, "Chương"),
        (4, 1, 4, 434, 457, 490, 479, "trình"), (4, 1, 4, 500, 464, 550, 483, "mục"),
        (4, 1, 4, 560, 457, 605, 479, "tiêu"), (4, 1, 4, 615, 451, 672, 485, "quốc"),
        (4, 1, 4, 682, 457, 718, 485, "gia"), (4, 1, 5, 274, 492, 354, 520, "phòng,"),
        (4, 1, 5, 366, 486, 438, 520, "chống"), (4, 1, 5, 447, 499, 483, 513, "ma"),
        (4, 1, 5, 492, 492, 530, 520, "túy"), (4, 1, 5, 540, 486, 582, 513, "đến"),
        (4, 1, 5, 592, 494, 641, 514, "năm"), (4, 1, 5, 652, 493, 711, 514, "2030"),
        (5, 1, 1, 360, 607, 438, 635, "Kính"), (5, 1, 1, 449, 607, 507, 643, "gửi:"),
        (5, 1, 1, 520, 599, 567, 642, "Ủy"), (5, 1, 1, 578, 607, 633, 635, "ban"),
        (5, 1, 1, 644, 608, 719, 635, "nhân"), (5, 1, 1, 731, 608, 784, 635, "dân"),
        (5, 1, 1, 796, 608, 845, 635, "các"), (5, 1, 1, 856, 608, 923, 641, "tỉnh,"),
        (5, 1, 1, 935, 608, 1021, 635, "thành"),
    ];

    [Fact]
    public void A_header_read_row_by_row_comes_out_as_the_agency_column_then_the_motto_column()
    {
        var text = OcrHeaderColumns.Separate(Tsv(CaoBang, CaoBangWidth));
        Assert.Equal(
            "UỶ BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 157/QĐ-NĐ-UB\n\n" +
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCao Bằng, ngày 22 tháng 2 năm T999.\n\n" +
            "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH\nVề việc : Giao quyền sử dụng đất ở dân cư\n\n",
            text);
    }

    [Fact]
    public void A_page_whose_top_lines_all_cross_the_middle_has_no_columns()
    {
        // The title and its subject line alone: centred, so the only white strips left are beside them, with
        // nothing on their left.
        Assert.Null(OcrHeaderColumns.Separate(Tsv(CaoBang.Where(w => w.B == 4), CaoBangWidth)));
    }

    [Fact]
    public void A_page_without_a_left_column_has_no_columns()
    {
        // The motto column and the title alone (a letter whose issuer is printed elsewhere): nothing to put apart.
        Assert.Null(OcrHeaderColumns.Separate(Tsv(CaoBang.Where(w => w.X0 > 600), CaoBangWidth)));
    }

    [Fact]
    public void A_right_hand_line_below_the_agency_column_stays_in_place()
    {
        // "Kính gửi:" indented past the gutter under the header: it follows the columns, not the motto.
        var words = CaoBang.Where(w => w.B < 4).Append((5, 1, 1, 760, 340, 830, 365, "Kính")).Append((5, 1, 1, 840, 340, 900, 365, "gửi:"))
            .Concat(CaoBang.Where(w => w.B == 4));
        var text = OcrHeaderColumns.Separate(Tsv(words, CaoBangWidth));
        Assert.Contains("Cao Bằng, ngày 22 tháng 2 năm T999.\n\nKính gửi:\n\nQUYẾT ĐỊNH", text);
    }

    [Fact]
    public void A_subject_line_wider_than_the_agency_column_stays_whole_after_the_motto_column()
    {
        var text = OcrHeaderColumns.Separate(Tsv(CucCsdt, CucCsdtWidth));
        Assert.Equal(
            "BỘ CÔNG AN\nCỤC CẢNH SÁT ĐIÊU TRA\nTỌI PHẠM VỀ MA TÚY\n\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 20 tháng 04 năm 2026\n\n" +
            "Số: 228Z /C04-P6\nV/v tham mưu HĐND cấp tỉnh ban hành\nNghị quyết về nguyên tắc, tiêu chí, định\nmức phân bổ vốn ngân sách nhà nước thực\n" +
            "hiện Chương trình mục tiêu quốc gia\nphòng, chống ma túy đến năm 2030\n\n" +
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành\n\n",
            text);
    }

    [Fact]
    public void A_speck_read_as_a_letter_does_not_split_the_agency_name()
    {
        // An "R" between the agency's two lines, as Tesseract read the rim of a logo on Trường Đại học Công Thương
        // TP. Hồ Chí Minh's Kế hoạch 8/KH-DCT of 2026 (the corpus's iw-dh-cong-thuong-hcm-kh-khao-sat-2026-ocr). Left
        // out, it does not pass for the title either.
        var words = CaoBang.Where(w => w.B < 3).Append((2, 1, 1, 240, 185, 262, 215, "R")).Concat(CaoBang.Where(w => w.B >= 3));
        var text = OcrHeaderColumns.Separate(Tsv(words, CaoBangWidth));
        Assert.StartsWith("UỶ BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 157/QĐ-NĐ-UB\n\n", text);
        Assert.Contains("năm T999.\n\nQUYẾT ĐỊNH", text);
    }

    [Fact]
    public void A_ruling_read_as_letters_under_the_agency_name_is_left_out()
    {
        // The rule under "TỈNH QUẢNG NGÃI" as Tesseract read it on UBND tỉnh Quảng Ngãi's Thông báo 660/TB-UBND of 2024
        // (the corpus's jd-ubnd-quang-ngai-tb-2024-660-ocr): one word, confidence 0, wider than a line is high. On a
        // line of its own between the agency's name and "Số:", the parser took the body's "Ban Chỉ đạo huyện" instead.
        var words = CaoBang.Where(w => w.B < 3).Select(w => (w, 95.0))
            .Append(((2, 1, 2, 340, 232, 500, 286, "l-lnkatiqul"), 0.0))
            .Concat(CaoBang.Where(w => w.B >= 3).Select(w => (w, 95.0)));
        var text = OcrHeaderColumns.Separate(Tsv(words, CaoBangWidth));
        Assert.StartsWith("UỶ BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 157/QĐ-NĐ-UB\n\n", text);
        Assert.DoesNotContain("l-lnkatiqul", text);
    }

    [Fact]
    public void A_speck_read_as_a_syllable_between_the_agency_lines_is_left_out()
    {
        // "Mộ" in a box of 10 by 8 pixels between "ỦY BAN NHÂN DÂN" and "TĨNH PHÙ THỌ", Tesseract 78 % sure of it, on
        // UBND tỉnh Phú Thọ's Công văn 4532/UBND-KSTTHC of 2011 (the corpus's iw-ubnd-phu-tho-cv-ra-soat-tthc-2011-ocr).
        var words = CaoBang.Where(w => w.B < 3).Select(w => (w, 95.0))
            .Append(((2, 1, 1, 300, 192, 310, 200, "Mộ"), 78.0))
            .Concat(CaoBang.Where(w => w.B >= 3).Select(w => (w, 95.0)));
        var text = OcrHeaderColumns.Separate(Tsv(words, CaoBangWidth));
        Assert.StartsWith("UỶ BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 157/QĐ-NĐ-UB\n\n", text);
        Assert.DoesNotContain("Mộ", text);
    }

    [Fact]
    public void An_agency_line_read_badly_stays_in_its_column()
    {
        // The same page's "TĨNH PHÙ THỌ": Tesseract 71 % and 24 % sure of its first two words, which still look
        // like words; a line is left out only when nothing on it does.
        var words = CaoBang.Select(w => (w, w.Y0 is > 195 and < 215 && w.X1 < 600 ? 24.0 : 95.0));
        var text = OcrHeaderColumns.Separate(Tsv(words, CaoBangWidth));
        Assert.StartsWith("UỶ BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 157/QĐ-NĐ-UB\n\n", text);
    }

    [Fact]
    public void A_strip_of_white_down_the_whole_page_is_no_gutter()
    {
        // The header alone, nothing below it crossing the middle: a table's columns look the same.
        Assert.Null(OcrHeaderColumns.Separate(Tsv(CaoBang.Where(w => w.B < 4), CaoBangWidth)));
    }

    [Fact]
    public void The_tsv_of_several_pages_or_of_nothing_is_left_alone()
    {
        var twoPages = Tsv(CaoBang, CaoBangWidth) + "1\t2\t0\t0\t0\t0\t0\t0\t1403\t1996\t-1\t\n";
        Assert.Null(OcrHeaderColumns.Separate(twoPages));
        Assert.Null(OcrHeaderColumns.Separate(""));
        Assert.Null(OcrHeaderColumns.Separate("level\tpage_num\n5\tx\ty\n\t\t\t"));
    }

    private static string Tsv(IEnumerable<(int B, int P, int L, int X0, int Y0, int X1, int Y1, string Text)> words, int pageWidth) =>
        Tsv(words.Select(w => (w, 95.0)), pageWidth);

    // Each word with Tesseract's confidence in it.
    private static string Tsv(IEnumerable<((int B, int P, int L, int X0, int Y0, int X1, int Y1, string Text) W, double Confidence)> words, int pageWidth)
    {
        var rows = new List<string> { "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext", $"1\t1\t0\t0\t0\t0\t0\t0\t{pageWidth}\t2300\t-1\t" };
        rows.AddRange(words.Select((x, i) => $"5\t1\t{x.W.B}\t{x.W.P}\t{x.W.L}\t{i + 1}\t{x.W.X0}\t{x.W.Y0}\t{x.W.X1 - x.W.X0}\t{x.W.Y1 - x.W.Y0}\t{x.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{x.W.Text}"));
        return string.Join('\n', rows) + "\n";
    }
}
