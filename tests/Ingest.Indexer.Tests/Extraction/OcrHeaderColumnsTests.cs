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
    private const int PageWidth = 1403;

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

    [Fact]
    public void A_header_read_row_by_row_comes_out_as_the_agency_column_then_the_motto_column()
    {
        var text = OcrHeaderColumns.Separate(Tsv(CaoBang));
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
        Assert.Null(OcrHeaderColumns.Separate(Tsv(CaoBang.Where(w => w.B == 4))));
    }

    [Fact]
    public void A_page_without_a_left_column_has_no_columns()
    {
        // The motto column alone (a letter whose issuer is printed elsewhere): nothing to put apart.
        Assert.Null(OcrHeaderColumns.Separate(Tsv(CaoBang.Where(w => w.X0 > 600 && w.B < 4))));
    }

    [Fact]
    public void A_right_hand_line_below_the_agency_column_stays_in_place()
    {
        // "Kính gửi:" indented past the gutter under the header: it follows the band, not the motto column.
        var words = CaoBang.Where(w => w.B < 4).Append((5, 1, 1, 760, 340, 830, 365, "Kính")).Append((5, 1, 1, 840, 340, 900, 365, "gửi:"));
        var text = OcrHeaderColumns.Separate(Tsv(words));
        Assert.EndsWith("Cao Bằng, ngày 22 tháng 2 năm T999.\n\nKính gửi:\n\n", text);
    }

    [Fact]
    public void The_tsv_of_several_pages_or_of_nothing_is_left_alone()
    {
        var twoPages = Tsv(CaoBang) + "1\t2\t0\t0\t0\t0\t0\t0\t1403\t1996\t-1\t\n";
        Assert.Null(OcrHeaderColumns.Separate(twoPages));
        Assert.Null(OcrHeaderColumns.Separate(""));
        Assert.Null(OcrHeaderColumns.Separate("level\tpage_num\n5\tx\ty\n\t\t\t"));
    }

    private static string Tsv(IEnumerable<(int B, int P, int L, int X0, int Y0, int X1, int Y1, string Text)> words)
    {
        var rows = new List<string> { "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext", $"1\t1\t0\t0\t0\t0\t0\t0\t{PageWidth}\t1996\t-1\t" };
        rows.AddRange(words.Select((w, i) => $"5\t1\t{w.B}\t{w.P}\t{w.L}\t{i + 1}\t{w.X0}\t{w.Y0}\t{w.X1 - w.X0}\t{w.Y1 - w.Y0}\t95.0\t{w.Text}"));
        return string.Join('\n', rows) + "\n";
    }
}
