using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Headers whose two columns a page or a PDF's text layer ran together: the motto cut short with its last word among
/// the issuer's, and a parent body's line and its issuing unit's on one line. Excerpts of the corpus documents named
/// beside them, or headers built on their layout.
/// </summary>
public sealed class InterleavedHeaderColumnsTests
{
    private static readonly PlanParser Parser = new();

    // mc-ubnd-huyen-can-gio-kh-2008-25-pdf (tailieu.vn's text layer of the PDF, one line per page).
    private const string CanGio = """
        Nội dung Text: Kế hoạch số 25/KH-UBND

         1. THÀNH PHỐ HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM CẦN GIỜ Độc lập – Tự do – Hạnh phúc ----- ------- Số: 25/KH-UBND Cần Giờ, ngày 26 tháng 3 năm 2008 KẾ HOẠCH TỔ CHỨC KỶ NIỆM CÁC NGÀY LỄ LỚN TRONG NĂM 2008 1. Kỷ niệm 78 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/2/2008): 1.1.Danh nghĩa tổ chức: - Huyện ủy.
        """;

    [Fact]
    public void The_motto_s_last_word_set_inside_the_district_s_name_is_left_out_of_the_issuer()
    {
        var record = Parser.Parse(CanGio);

        // Before: "Ủy ban nhân dân huyện Nam Cần Giờ".
        Assert.Equal("Ủy ban nhân dân huyện Cần Giờ", record.Issuer.Name);
        Assert.Equal("district", record.Issuer.Level);
        Assert.DoesNotContain(record.Diagnostics, d => d.Code == "issuer-after-cut-motto");
    }

    [Fact]
    public void A_place_the_gazetteers_do_not_know_after_a_motto_cut_short_is_flagged()
    {
        // The layout of mc-ubnd-huyen-can-gio-kh-2008-25-pdf with a commune of the district (no gazetteer tells a
        // commune's name from the motto's lost word) as the issuer.
        var record = Parser.Parse(CanGio.Replace("HUYỆN NAM CẦN GIỜ", "XÃ NAM LÝ NHƠN", StringComparison.Ordinal));

        Assert.Contains(record.Diagnostics, d => d.Code == "issuer-after-cut-motto");
        Assert.True(record.NeedsReview);
    }

    [Fact]
    public void A_place_s_own_Nam_after_a_motto_cut_short_stays()
    {
        // The layout of mc-ubnd-huyen-can-gio-kh-2008-25-pdf for a district whose own name opens with "Nam".
        var record = Parser.Parse(CanGio.Replace("THÀNH PHỐ HỒ CHÍ MINH", "TỈNH NGHỆ AN", StringComparison.Ordinal)
            .Replace("HUYỆN NAM CẦN GIỜ", "HUYỆN NAM ĐÀN", StringComparison.Ordinal).Replace("Cần Giờ, ngày", "Nam Đàn, ngày", StringComparison.Ordinal));

        Assert.Equal("Ủy ban nhân dân huyện Nam Đàn", record.Issuer.Name);
        Assert.DoesNotContain(record.Diagnostics, d => d.Code == "issuer-after-cut-motto");
    }

    [Fact]
    public void A_school_union_under_its_city_federation_on_one_line_is_the_issuer()
    {
        // ma-cdcs-mam-non-ii-hue-kh-2022-thang-6 (mn2.tphue.thuathienhue.edu.vn): "LIÊN ĐOÀN LAO ĐỘNG TP HUẾ" over
        // "CĐCS MẦM NON II", run onto one line by the page.
        const string text = """
            Công đoàn cơ sở
            Kế hoạch tháng 6 năm 2022
            LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II
            |
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
            Đông Ba, ngày 01 tháng 6 năm 2022 |
            KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN
            Tháng 6/ 2022
            I. TÌNH HÌNH THÁNG 5/2022
            - Đã tổ chức tuyên truyền và triển khai thực hiện Nghị quyết Đại hội Đảng các cấp.
            """;

        var record = Parser.Parse(text);

        // Before: "Liên đoàn Lao động thành phố Huế Cđcs Mầm Non Ii", district; the title without its month.
        Assert.Equal("CĐCS Mầm non II", record.Issuer.Name);
        Assert.Equal("commune", record.Issuer.Level);
        Assert.Equal("HOẠT ĐỘNG CÔNG ĐOÀN Tháng 6/ 2022", record.Title);
    }

    [Fact]
    public void A_one_word_place_that_goes_on_with_the_head_s_word_is_not_cut()
    {
        // ii-hai-phong-212-2025-QD-UBND-repo's left column run onto one line (the `oneline` probe's layout): "HẢI" is no
        // place of its own, so "PHÒNG" is the city's name, not an office under the committee.
        var record = Parser.Parse("""
            **ỦY BAN NHÂN DÂN** THÀNH PHỐ HẢI PHÒNG ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc
            Số: 212/2025/QĐ-UBND
            *Hải Phòng, ngày 18 tháng 11 năm 2025*

            **QUYẾT ĐỊNH**
            """);

        Assert.Equal("Ủy ban nhân dân thành phố Hải Phòng", record.Issuer.Name);
    }
}
