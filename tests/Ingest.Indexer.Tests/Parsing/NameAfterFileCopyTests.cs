using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// An OCR'd scan whose signature column the conversion printed beside the Nơi nhận list: the signer's name at the end of
/// the file copy's line ("- Lưu: …. Name"), behind an officer's rank or the seal's specks, its family name damaged.
/// </summary>
public sealed class NameAfterFileCopyTests
{
    private static readonly PlanParser Parser = new();

    // lr-c04-cv-3980-2025-ocr: its header and signature block as the OCR wrote them; the rank is no part of the name.
    [Fact]
    public void An_officers_rank_before_the_name_after_the_file_copy_is_left_out()
    {
        var r = Parser.Parse("BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC CẢNH SÁT ĐIÊU TRA Độc lập - Tự do - Hạnh phúc\n"
            + "TỘI PHẠM VẺ MA TUÝ\nSố: 3 39/C04-P6 Hà Nội, ngày |Ỹ tháng Ÿ năm 2025\nV/v chuẩn bị tổ chức triển khai |\n"
            + "Chương trình MTQG phòng, chống ma tuý\n\nKính gửi: Đồng chí Chủ tịch UBND tỉnh LiấhĐồng “\n\n"
            + "sự quan tâm chỉ đạo của Đồng chí./. đŒ-\n\nNơi nhận: CỤC TRƯỞNG\n- Như kính gửi; A\n"
            + "- TKI (để b/c đ/c Bộ trưởng); sec\n- TK5 (để b/c đ/c Thứ trưởng); `⁄/ 2¬.\n"
            + "- Giám đốc Công an tỉnh Lâm Đồng (đề p/h); Song 0i\n\n- Lưu: VT, P6. Thiếu tướng Ngô Thanh Bình\n\nb Ề cÁ- ly mm————D\n");
        Assert.Equal("CỤC TRƯỞNG", r.Signer?.Title);
        Assert.Equal("Ngô Thanh Bình", r.Signer?.Name);
    }

    private const string BacLieuHeader = "ỦY BAN NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTINH BẠC LIEU Độc lập - Tự do - Hạnh phúc\n"
        + "Số: ⁄/QĐÐ-UBND Bạc Liêu, ngày 4© tháng 02 năm 2025\n| QUYÉT ĐỊNH\nVề việc công bố Danh mục thủ tục hành chính\n"
        + "mới ban hành thuộc thầm quyền giải quyết của\nSở Giao thông vận tải\n\n"
        + "có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n";

    // lg-ubnd-bac-lieu-qd-2025-tthc-duong-bo-ocr (Quyết định 211 of Bạc Liêu): a speck "2" after the deputy's damaged
    // position "ZZ21N TỊCH" beside an item; the name after the file copy behind "⁄ e", "Huỳnh" read "Huỳấh".
    [Fact]
    public void A_name_behind_specks_with_its_family_names_last_letters_damaged_is_read()
    {
        var r = Parser.Parse(BacLieuHeader + "Nơi nhận: KT.CHỦ TỊCH\n- Như Điêu 3; DHÓ HỶ :\n\n- Cục KSTTHC, VPCP (để ð⁄‹); ZZ21N TỊCH 2\n\n"
            + "- CT, các PCT UBND tỉnh; đ& cS.\n\n- Bưu điện tỉnh; CS 2% 3/2\n\n- Lưu: VT; KSTTHC (MN,0?). ⁄ eHuỳấh Hữu Trí\n"
            + "DANH MỤC THỦ TC HÀNH CHÍNH MỚI BAN HÀNH THUỘC THẤM QUYÈN GIẢI QUYẾT CỦA '\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Huỳnh Hữu Trí", r.Signer?.Name);
    }

    // jh-ubnd-bac-lieu-qd-2025-210-ocr (Quyết định 210 of Bạc Liêu): "Huỳnh" read "Huyỳi" after the specks' own stop.
    [Fact]
    public void A_family_name_whose_opening_letters_name_one_family_only_is_that_family()
    {
        var r = Parser.Parse(BacLieuHeader + "Nơi nhận: “ KT.CHỦ TỊCH\n- Như Điều 3; D TÝT T 7\n- Cục KSTTHC, VPCP (để ở/⁄c); ⁄Z2 ĐỌC TỊCH\n"
            + "- CT, các PCT UBND tỉnh; r...>.\n- Cổng TT điện tử tỉnh; NAY “ÁN cáC/\n- Lưu: VT; KSTTHC (MN,07). ⁄ Š. Huyỳi Hữu Trí\n.ˆ\n");
        Assert.Equal("PHÓ CHỦ TỊCH", r.Signer?.Title);
        Assert.Equal("Huỳnh Hữu Trí", r.Signer?.Name);
    }

    // A word that is a syllable may be a family name the table lacks: it is not read as another that opens alike.
    [Theory]
    [InlineData("Huyỳi", "Huỳnh")]
    [InlineData("Huỳấh", "Huỳnh")]
    [InlineData("Huy", null)]
    [InlineData("Huyền", null)]
    [InlineData("Trân", null)]
    public void A_family_name_is_read_from_its_opening_only_where_one_reading_is_possible(string word, string? family)
    {
        string[] families = ["Nguyễn", "Trần", "Lê", "Huỳnh", "Hứa", "Hầu", "Triệu", "Trịnh", "Trương"];
        Assert.Equal(family, Ingest.Indexer.Parsing.Recipients.SignerNameRepair.FamilyByOpening(word, families));
    }
}
