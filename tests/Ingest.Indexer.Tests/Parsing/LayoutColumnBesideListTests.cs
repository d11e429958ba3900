using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A `pdftotext -layout` copy that prints the signature column beside the Nơi nhận list and breaks it among the items:
/// the capacity line beside the heading, the deputy's "PHÓ" beside the first item, the rest of the position at the
/// list's margin on the next line; items closed by "," and two of them on one line.
/// </summary>
public sealed class LayoutColumnBesideListTests
{
    private static readonly PlanParser Parser = new();

    // kj-ban-to-chuc-tw-hd-2025-38-pdf (Hướng dẫn 38-HD/BTCTW), its last lines as the layout copy prints them.
    private const string Text = "BAN CHẤP HÀNH TRUNG ƯƠNG                                ĐẢNG CỘNG SẢN VIỆT NAM\n"
        + "     BAN TỔ CHỨC\n     *\n   Số 38-HD/BTCTW                                   Hà Nội, ngày 12 tháng 11 năm 2025\n\n"
        + "                                   HƯỚNG DẪN\n                 một số vấn đề cụ thể về công tác đảng viên\n\n"
        + "    Quá trình thực hiện nếu còn vướng mắc, các cấp ủy phản ảnh về Ban Tổ\nchức Trung ương xem xét, hướng dẫn.\n\n"
        + " Nơi nhận:                                                                       K/T TRƯỞNG BAN\n"
        + "- Ban Bí thư (để báo cáo),          PHÓ\n TRƯỞNG BAN\n- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc\n  Trung ương,\n"
        + "- Đồng chí Trưởng Ban (để báo cáo),\n- Các đồng chí Phó Trưởng Ban, - Các vụ, cục,\n  đơn vị trong Ban, - Lưu VP, Vụ CSĐ, ĐV.\n\n"
        + "                                                                                 Nguyễn Thanh Bình\n";

    [Fact]
    public void The_columns_position_at_the_lists_margin_does_not_end_the_list()
    {
        var recipients = Parser.Parse(Text).Recipients.Select(r => r.Text).ToList();
        Assert.Contains("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", recipients);
        Assert.Contains("Đồng chí Trưởng Ban (để báo cáo)", recipients);
    }

    [Fact]
    public void Items_closed_by_commas_and_run_together_on_one_line_are_two()
    {
        var recipients = Parser.Parse(Text).Recipients.Select(r => r.Text).ToList();
        Assert.Contains("Các đồng chí Phó Trưởng Ban", recipients);
        Assert.Contains("Các vụ, cục, đơn vị trong Ban", recipients);
        Assert.DoesNotContain(recipients, r => r.Contains("Lưu"));
    }

    [Fact]
    public void The_deputys_word_beside_an_item_heads_the_position_under_it()
    {
        var signer = Parser.Parse(Text).Signer;
        Assert.Equal("PHÓ TRƯỞNG BAN", signer?.Title);
        Assert.Equal("Nguyễn Thanh Bình", signer?.Name);
    }
}
