using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A joint document of central bodies stacked one per line over a number listing their codes: the issuer is every body,
/// in the header's order, joined by " - " (corpus README, the `jb-` joint circular). Excerpts verbatim from the corpus
/// documents named in each test.
/// </summary>
public sealed class JointIssuerHeaderTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void Three_central_bodies_stacked_over_their_codes_are_the_issuer_together()
    {
        // lw-tandtc-vksndtc-btp-ttlt-2016-01-ocr: the OCR's "TỚI CAO", "VIÊN KIỀM SÁT" are written as the codes' bodies.
        const string text = """
            TÒA ÁN NHÂN DÂN TỚI CAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            VIÊN KIỀM SÁT NHÂN DÂN TÓI CAO Độc lập - Tự đo - Hạnh phúc
            BỘ TƯ PHÁP — ° ˆ
            Số: 01/2016/TTLT-TANDTC-VKSNDTC-BTP Hà Nội, ngày 06 tháng 01 năm 2016
            THÔNG TƯ LIÊN TỊCH
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Tòa án nhân dân tối cao - Viện kiểm sát nhân dân tối cao - Bộ Tư pháp", record.Issuer.Name);
        Assert.Equal("central", record.Issuer.Level);
    }

    [Fact]
    public void Two_ministries_on_one_line_over_their_codes_are_the_issuer_together()
    {
        // cp-btc-bldtbxh-ttlt-2013-68.
        const string text = """
            BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
            --------

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------

            Số: 68/2013/TTLT-BTC-BLĐTBXH

            Hà Nội, ngày 21 tháng 5 năm 2013

            THÔNG TƯ LIÊN TỊCH
            """;

        var record = Parser.Parse(text);

        Assert.Equal("Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội", record.Issuer.Name);
    }
}
