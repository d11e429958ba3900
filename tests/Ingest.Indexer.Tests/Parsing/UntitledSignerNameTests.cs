using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A name alone under the Nơi nhận list, with no title line (UntitledSigner): an academic title before it is no part of
/// it, and a family name the scan clipped of its first letter is repaired where one family name only fits.
/// </summary>
public sealed class UntitledSignerNameTests
{
    private static readonly PlanParser Parser = new();

    private const string Letter = "LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        + "Số: 120/LĐLĐ Lâm Đồng, ngày 10 tháng 7 năm 2025\nV/v báo cáo tổ chức công đoàn\nKính gửi: Sở Nội vụ tỉnh Lâm Đồng\n"
        + "Ban Thường vụ Liên đoàn Lao động tỉnh thông tin để Sở Nội vụ biết, tổng hợp.\n\nNơi nhận:\n\n- Như trên;\n\n"
        + "- Thường trực LĐLĐ tỉnh;\n- Lưu VT, TCKT.\n\n";

    [Fact]
    public void Academic_titles_before_the_name_are_no_part_of_it()
    {
        // iu-ldlsvn-btv-cv-hop-nhat-2025-ocr: "LS. TS. Đỗ Ngọc Thịnh".
        Assert.Equal("Đỗ Ngọc Thịnh", Parser.Parse(Letter + "LS. TS. Đỗ Ngọc Thịnh\n").Signer?.Name);
    }

    [Fact]
    public void A_family_name_without_its_first_letter_is_repaired_where_one_family_fits()
    {
        // iu-ldld-lam-dong-cv-ctcd-2025-ocr: "guyền Phú Hoàng".
        Assert.Equal("Nguyễn Phú Hoàng", Parser.Parse(Letter + "guyền Phú Hoàng\n").Signer?.Name);
    }

    [Fact]
    public void Two_letters_that_fit_two_family_names_are_no_name()
    {
        // il-ubnd-phuong-tuong-mai-tb-632-2026-ocr: "ào Thị Thu Hằng" may be Đào or Cao.
        Assert.Null(Parser.Parse(Letter + "ào Thị Thu Hằng\n").Signer?.Name);
    }
}
