using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// A page's text layer is judged on the page's own text, not on what its annotations draw: a scanned page under
/// a signature stamp goes to OCR, a digital page keeps its text with the stamp's words in it.
/// </summary>
public sealed class PdfPagePolicyStampTests
{
    // The stamp the Công báo's signing software draws (mh-thu-tuong-qd-2026-892-pdf, hrmaster1982-dev/phapluat-8chude-data).
    private const string Stamp = "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-06-02 08:06:33 +07:00";

    private const string Body = "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính";

    private static readonly PdfPageImage ScanImage = new([1, 2, 3], "jpg", 2480, 3508, "DCTDecode");

    [Fact]
    public void A_scan_whose_only_words_are_its_signature_stamp_is_read_by_ocr()
    {
        var page = new PdfPageContent(1, Stamp, 595, 842, ScanImage, ContentText: "");
        Assert.Null(PdfPagePolicy.TextLayer(page));
    }

    [Fact]
    public void A_digital_page_keeps_its_text_and_the_stamp_drawn_on_it()
    {
        var page = new PdfPageContent(1, Stamp + "\n" + Body, 595, 842, null, ContentText: Body);
        Assert.Equal(Stamp + "\n" + Body, PdfPagePolicy.TextLayer(page)?.Text);
    }

    [Fact]
    public void A_page_without_annotations_is_judged_on_its_text()
    {
        Assert.NotNull(PdfPagePolicy.TextLayer(new PdfPageContent(1, Body, 595, 842, null)));
        Assert.Null(PdfPagePolicy.TextLayer(new PdfPageContent(1, "", 595, 842, ScanImage)));
    }
}
