using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A unit printed under its parent body is the issuer written with that body: a body of the Party's Central Committee
/// whose own line was lost or cut is named by its number's code (Hướng dẫn 36-HD/VPTW), and a federation's standing
/// committee under its federation's line ("LIÊN ĐOÀN LUẬT SƯ VIỆT NAM / BAN THƯỜNG VỤ"); a national federation named whole. Excerpts verbatim from the
/// corpus documents named in each test.
/// </summary>
public sealed class PartyAndFederationUnitIssuerTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_party_office_line_printed_below_the_place_line_is_named_by_its_code()
    {
        // ly-vptw-hd-2013-21-flat: a news page's copy put "VĂN PHÒNG" after the place-date line.
        const string text = """
            BAN CHẤP HÀNH TRUNG ƯƠNG                                                        ĐẢNG CỘNG SẢN VIỆT NAM
                                 *
                                                                                                    Hà Nội, ngày 04 tháng 03 năm 2013
                         VĂN PHÒNG

                      Số: 21-HD/VPTW


            HƯỚNG DẪN
            một số điểm Quy định cụ thể ban hành kèm theo
            Quyết định số 99-QĐ/TW ngày 30-5-2012 của Ban Bí thư Trung ương Đảng về chế độ chi hoạt động công tác đảng
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Văn phòng Trung ương Đảng", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
    }

    [Fact]
    public void A_party_office_line_cut_by_the_ocr_is_named_by_its_code()
    {
        // lq-vptw-05-HD-VPTW-2026-ocr: the office's line read "VĂN PHÒN".
        const string text = """
            BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
            VĂN PHÒN
            * ØNG Hà Nội, ngày 27 tháng 5 năm 2026
            Số 05-HD/VPTW

            HƯỚNG DÂN
            thể thức và kỹ thuật trình bày văn bản của Đảng

            Thực hiện Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư
            Trung ương Đảng về thể loại, thâm quyền ban hành và thể thức văn bản của
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Văn phòng Trung ương Đảng", record.Issuer.Name);
    }

    [Fact]
    public void The_central_committee_over_its_own_code_stays_the_committee()
    {
        // The Committee's own "-/TW" names no body under it (cp-bch-tw-nq-2025-60's layout).
        var record = Parser.Parse("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 60-NQ/TW Hà Nội, ngày 12 tháng 4 năm 2025\n"
            + "NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ MƯỜI MỘT BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII\n");

        Assert.Equal("Ban Chấp hành Trung ương Đảng", record.Issuer.Name);
    }

    [Fact]
    public void A_standing_committee_under_the_bar_federation_is_named_with_it()
    {
        // iu-ldlsvn-btv-cv-hop-nhat-2025-ocr (and its twin lr-): the federation's line above its Ban Thường vụ.
        const string text = """
            LIÊN ĐOÀN LUẬT SƯ VIỆT NAM CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM
            BAN THƯỜNG VỤ Độc lập —- Tự do - Hạnh phúc

            Số: 42Ÿ LĐLSVN-BTV Hà Nội, ngày 16 tháng 7 năm 2025
            % hướng dân các Đoàn Luật sự
            thực hiện hợp nhất theo quy định

            Kính gửi: Ban Chủ nhiệm Đoàn Luật sư các tỉnh, thành phố
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Ban Thường vụ Liên đoàn Luật sư Việt Nam", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
    }

    [Fact]
    public void The_national_labour_federation_keeps_the_word_tong_of_its_name()
    {
        // lf-tong-ldld-viet-nam-nq-2015-06b: "TỔNG" was cut off as debris before the provincial federations' head.
        const string text = """
            TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
            --------

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------

            Số: 06b /NQ-TLĐ

            Hà Nội, ngày 03 tháng 8 năm 2015
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Tổng Liên đoàn Lao động Việt Nam", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
    }
}
