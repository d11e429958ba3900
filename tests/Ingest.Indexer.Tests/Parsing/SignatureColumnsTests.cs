using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Two signature columns a page ran together line by line, and a name signed with no title line. The layouts are those
/// the corpus README describes (the ig- batch: "DUYỆT BAN GIÁM HIỆU TỔNG PHỤ TRÁCH ĐỘI" / "Lê Thừa Triều Hồ Viết Cảm", a
/// Phòng's letter signed "Nguyễn Văn Thuận"); the names and bodies here are made up.
/// </summary>
public sealed class SignatureColumnsTests
{
    private static readonly PlanParser Parser = new();

    private const string Plan = "UBND XÃ AN BÌNH\nSố: 15/KH-UBND\nAn Bình, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức Tết trồng cây năm 2024\n" +
        "Căn cứ tình hình thực tế của địa phương.\nĐề nghị các thôn thực hiện./.\n";

    [Fact]
    public void The_author_signs_beside_the_column_that_approves_the_plan()
    {
        var r = Parser.Parse(Plan + "DUYỆT BAN GIÁM HIỆU TỔNG PHỤ TRÁCH ĐỘI\nTrần Văn Hòa Lê Thị Hạnh\n");
        Assert.Equal("Lê Thị Hạnh", r.Signer?.Name);
        Assert.Equal("TỔNG PHỤ TRÁCH ĐỘI", r.Signer?.Title);
    }

    [Theory]
    [InlineData("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ĐẢNG ỦY TM. ỦY BAN NHÂN DÂN\nBÍ THƯ CHỦ TỊCH\nNguyễn Văn An Trần Văn Bình\n")]
    [InlineData("TM. ĐẢNG ỦY TM. ỦY BAN NHÂN DÂN BÍ THƯ CHỦ TỊCH Nguyễn Văn An Trần Văn Bình\n")]
    [InlineData("TM. ĐẢNG ỦY | TM. ỦY BAN NHÂN DÂN\nBÍ THƯ | CHỦ TỊCH\nNguyễn Văn An | Trần Văn Bình\n")]
    public void Two_principals_side_by_side_are_left_unread(string signature)
    {
        // A joint plan: neither name is the one signer, and "BÍ THƯ CHỦ TỊCH" is no one's position.
        var r = Parser.Parse(Plan + signature);
        Assert.Null(r.Signer);
    }

    [Fact]
    public void A_capacity_line_over_an_office_line_stays_one_signer()
    {
        var r = Parser.Parse(Plan + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG BAN\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nQUY CHẾ\nHOẠT ĐỘNG CỦA BAN CHỈ ĐẠO\n");
        Assert.Equal("Nguyễn Văn An", r.Signer?.Name);
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
    }

    [Fact]
    public void A_name_alone_after_the_recipients_list_is_the_signer_with_no_title()
    {
        var r = Parser.Parse(Plan + "Nơi nhận:\n- Như trên;\n- UBND huyện;\n- Lưu\n\n**Nguyễn Văn Thuận**\n");
        Assert.Equal("Nguyễn Văn Thuận", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    [Fact]
    public void A_name_alone_under_the_closing_mark_is_the_signer_with_no_title()
    {
        // No Nơi nhận list: the name stands under the body's closing "./." with nothing above it.
        var r = Parser.Parse(Plan + "\nNguyễn Văn Thuận\n");
        Assert.Equal("Nguyễn Văn Thuận", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    [Theory]
    // The il- batch layout: the position's line lost beside the list, the capacity line left over the name.
    [InlineData("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- TT Đảng ủy-TT HĐND phường;\n- Lưu: VT, KTHTĐT.\n\nĐào Thị Thu Hằng\n", "Đào Thị Thu Hằng")]
    [InlineData("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\n\nTrần Văn Bình\n", "Trần Văn Bình")]
    public void A_capacity_line_alone_over_a_name_is_no_title(string tail, string name)
    {
        var r = Parser.Parse(Plan + tail);
        Assert.Equal(name, r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    [Fact]
    public void Capitals_going_on_after_a_comma_are_the_capacity_lines_not_a_deputys_position()
    {
        // in-cuc-thue-5680-CT-CS-2025-repo: "KT. TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ" is one capacity line broken
        // after its comma; the deputy's own position was not printed, so the name has no title.
        var r = Parser.Parse(Plan + "Nơi nhận:\n- Như trên;\n- Lưu VT, CS\n|\n**TL. CỤC TRƯỞNG**\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nNguyễn Thị Thanh Hằng\n|\n");
        Assert.Equal("Nguyễn Thị Thanh Hằng", r.Signer?.Name);
        Assert.Null(r.Signer?.Title);
    }

    [Fact]
    public void A_bare_mark_over_its_body_s_name_is_no_signer()
    {
        // https://vanban123.vn/Quyet-dinh/Quyet-dinh-01-2012-QD-UBND-ve-Quy-che-thu-thap-quan-ly-cap-nhat-khai-thac-va-su-dung-du-lieu-ve-tai-nguyen-va-moi-truong-tinh-Lang-Son-do-Uy-ban-nhan-dan-tinh-Lang-Son-ban-hanh-184885:
        // a flattened mirror keeps only "TM." / "ỦY BAN NHÂN DÂN", then the annexed Quy chế's heading.
        var r = Parser.Parse(Plan + "Nơi nhận: |\nTM.\nỦY BAN NHÂN DÂN |\nTHU THẬP, QUẢN LÝ, CẬP NHẬT, KHAI THÁC VÀ SỬ DỤNG DỮ LIỆU\n" +
            "TÀI NGUYÊN VÀ MÔI TRƯỜNG TRÊN ĐỊA BÀN TỈNH LẠNG SƠN\n(Ban hành kèm theo Quyết định số: 01/2012/QĐ-UBND ngày 20 tháng 01 năm 2012\ncủa UBND tỉnh Lạng Sơn)\n");
        Assert.Null(r.Signer);
    }

    [Theory]
    [InlineData("Nơi nhận:\n- Như trên;\nUBND Huyện\n")]
    [InlineData("Tin: Doãn Thành\n")]
    public void No_name_is_read_without_the_list_or_a_family_name(string tail)
    {
        // A list item left unmarked is no name; a news page's credit has no Nơi nhận above it.
        var r = Parser.Parse(Plan + tail);
        Assert.Null(r.Signer);
    }
}
