using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// A scanned header whose first line opens with a speck OCR read as a single quote ("'VIỆN KIẾM SÁT NHÂN DÂN _ CỘNG
/// HÒA …"): the quote is debris before the body's first word, as the double quotes and underscores trimmed before.
/// Rows cut verbatim from the corpus documents named in each test.
/// </summary>
public sealed class QuoteSpeckHeaderTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void A_quote_speck_before_the_header_block_leaves_the_body_named()
    {
        // lg-vks-toi-cao-qd-2019-quy-trinh-vu-an-hanh-chinh-ocr: the body and its level are what the speck hid; the scan's
        // "TÓI" beside "CAO" is written "tối", the word the agency tables pair with "cao" (AgencyWords).
        const string text = """
            'VIỆN KIẾM SÁT NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TÓI CAO Độc lập - Tự do - Hạnh phúc
            só£66/QĐ-VKSTC Hà Nội, ngày ( tháng “năm 2019
            QUYẾT ĐỊNH -
            Ban hành Quy định về quy trình kiểm sát
            việc giải quyết các vụ án hành chính
            'VIỆN TRƯỞNG VIỆN KIÊM SÁT NHÂN DÂN TÓI CAO
            """;

        var record = Parser.Parse(text);

        Assert.Equal("viện kiểm sát nhân dân tối cao", record.Issuer.Name?.ToLowerInvariant());
        Assert.Equal("central", record.Issuer.Level);
    }
}
