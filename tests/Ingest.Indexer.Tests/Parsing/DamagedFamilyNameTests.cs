using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A signer's family name whose first letter the signature's scrawl or the seal's rim damaged, read as the family name
/// the rest of its letters spell (SignerNameRepair.FamilyWithFirstLetterMisread).
/// </summary>
public sealed class DamagedFamilyNameTests
{
    private static readonly PlanParser Parser = new();

    // lk-ubnd-bac-lieu-qd-2025-210-ocr, its first and last lines as the product's OCR wrote them.
    private const string Decision = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc\n"
        + "Số: 4/I0/QĐ-UBND Bạc Liêu, ngày 48 tháng 02 năm 2025\nQUYÉT ĐỊNH\n\n"
        + "Về việc công bố Danh mục thủ tục hành chính mới ban hành\nthuộc thấm quyền giải quyết của Sở Giao thông vận tải tỉnh Bạc Liêu\n\n"
        + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        + "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.\n\n"
        + "Nơi nhận: 2\n\n- Như Điều 3;\n\n- CT, các PCT UBND tỉnh;\n\n- Lưu: VT; KSTTHC (MN,07).\n\nKT.CHỦ TỊCH\n\n";

    [Fact]
    public void A_first_letter_no_family_name_opens_is_the_scrawl_over_the_family_names_own()
    {
        var r = Parser.Parse(Decision + "'Íuỳnh Hữu Trí\n\n(Ban hành kèm thèo Quoết định Số: 40/QĐ-UBND)\n");
        Assert.Equal("Huỳnh Hữu Trí", r.Signer?.Name);
    }

    [Fact]
    public void A_first_letter_that_opens_a_family_name_is_left_as_written()
    {
        // "Ninh" is a family name the table lacks, one letter from "Đinh": nothing says its "N" is damaged.
        var r = Parser.Parse(Decision + "Ninh Văn Bình\n\n(Ban hành kèm thèo Quoết định Số: 40/QĐ-UBND)\n");
        Assert.Equal("Ninh Văn Bình", r.Signer?.Name);
    }

    // lc-ubnd-ha-noi-ct-2025-chuyen-doi-so-ocr, its first and last lines as the product's OCR wrote them.
    private const string Directive = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc\n"
        + "Số: 20 /CT-UBND Hà Nội, ngày 24 tháng 7 năm 2025\n\nCHỈ THỊ\nTriển khai Chiến dịch chuyển đổi số tại các xã, phường\n\n"
        + "Chủ tịch UBND Thành phố yêu cầu các đơn vị liên quan nghiêm túc tổ chức triển khai Chỉ thị này./.\n\n"
        + "Nơi nhận: AN CHỦ TỊCH\n- Thường trực Thành ủy; “ - —é \\\n- Thường trực HĐND Thành phô; 5P 3 XIỆP SC `\n"
        + "- UBND xã, phường; À <<: <2\n- VPUB: CVP, các PCVP, “ Irân Sỹ Thanh\ncác đơn vị trực thuộc;\n- Lưu: VT, ĐMPTV.Am.\n2⁄\n";

    [Fact]
    public void A_name_beside_an_item_with_its_family_names_first_letter_misread_is_the_signers_and_no_part_of_the_item()
    {
        var r = Parser.Parse(Directive);
        Assert.Equal("Trần Sỹ Thanh", r.Signer?.Name);
        Assert.DoesNotContain(r.Recipients, x => x.Text.Contains("Irân", StringComparison.Ordinal));
    }

    // jd-ubnd-quang-ngai-bc-2024-280-ocr, its first and last lines as the product's OCR wrote them.
    private const string Report = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
        + "Số:ổ0 /BC-UBND Quảng Ngãi, ngày Êˆ@_ tháng 11 năm 2024\nBÁO CÁO\n"
        + "Về việc điều chỉnh dự toán ngân sách của một số đơn vị dự toán năm 2024\nKính gửi: Hội đồng nhân dân tỉnh\n\n"
        + "Kính báo cáo Hội đồng nhân dân tỉnh.\n\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n"
        + "- Thường trực HĐND tỉnh; PHÓ CHỦ TỊC\n- CT, PCT UBND tỉnh; ANH; í\n- Sở Tài chính; : ' c, Ì\n"
        + "- Lưu: VT, P.KTTHTien502. ro SP Ác\n\n. z) * So) `\n\n";

    [Fact]
    public void A_name_under_the_file_copy_with_its_family_names_capital_lost_is_the_signers()
    {
        var r = Parser.Parse(Report + "_ trần Phước Hiên\n");
        Assert.Equal(("PHÓ CHỦ TỊCH", "Trần Phước Hiên"), (r.Signer?.Title, r.Signer?.Name));
    }

    [Fact]
    public void Words_under_the_file_copy_that_open_with_no_family_name_are_no_name()
    {
        var r = Parser.Parse(Report + "_ Trung tâm Phục vụ\n");
        Assert.Null(r.Signer?.Name);
    }

    [Fact]
    public void An_honorific_in_small_letters_before_a_family_name_is_no_family_name_with_its_capital_lost()
    {
        // "ông Nguyễn Tuấn Dự" (ic-thi-tran-huu-lung-tb-hoi-nghi-cu-tri-2024-portal): "ông" is the honorific, not "Ông".
        var r = Parser.Parse(Report + "_ ông Nguyễn Tuấn Dự\n");
        Assert.NotEqual("Ông Nguyễn Tuấn Dự", r.Signer?.Name);
    }
}
