using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// PDFs read in process by PdfPig, page by page: a digital plan's two-column header and its Nơi nhận beside
/// the signature come back whole, column after column; scanned pages go to OCR from their own stored image;
/// a mixed PDF and scans under hidden text layers are decided per page.
/// </summary>
public sealed class PdfLayoutTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private static readonly PlanParser Parser = new();
    private static readonly LocalTextExtractor Extractor = new();

    private static List<string> Lines(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    // The expected lines appear one right after the other.
    private static void AssertConsecutive(List<string> lines, params string[] expected)
    {
        var start = lines.IndexOf(expected[0]);
        Assert.True(start >= 0, $"'{expected[0]}' not found in:\n{string.Join('\n', lines)}");
        Assert.Equal(expected, lines.Skip(start).Take(expected.Length));
    }

    [Fact]
    public async Task Recipients_beside_the_signature_come_back_complete_from_a_digital_pdf()
    {
        var document = await Extractor.ExtractAsync(await File.ReadAllBytesAsync(fixture.TwoColumnPdf), "two-column.pdf");
        Assert.Equal(["text-layer", "text-layer"], document.Pages.Select(p => p.Source));
        Assert.Empty(document.OcrPages);
        var record = Parser.Parse(document.Text);
        Assert.Equal(LayoutFixture.Recipients, record.Recipients.Select(r => r.Text));
        Assert.Equal("Lưu: VT, PNV.", record.Archive);
        Assert.Equal(("TRƯỞNG PHÒNG", "Nguyễn Thị Lan"), (record.Signer?.Title, record.Signer?.Name));
        Assert.Equal(("27/KH-PNV", "Định Quán", "2021-03-09"), (record.Number, record.Place, record.IssueDate));
        Assert.Equal(["34-CT/TW", "15/KH-BDT", "91/2017/NĐ-CP"], record.Citations.Where(c => c.Number is not null).Select(c => c.Number));
        // The law named inside the decree's subject is a citation by name.
        Assert.Contains(record.Citations, c => c.Number is null && c.Type == "Luật" && c.Text.Contains("Thi đua, khen thưởng"));
        Assert.Contains(record.Deadlines, d => d.Date == "2021-12-15");
    }

    [Fact]
    public async Task Both_columns_of_the_header_and_of_the_closing_block_come_back_whole_and_apart()
    {
        var document = await Extractor.ExtractAsync(await File.ReadAllBytesAsync(fixture.TwoColumnPdf), "two-column.pdf");
        var first = Lines(document.Pages[0].Text);
        AssertConsecutive(first, "UBND HUYỆN ĐỊNH QUÁN", "PHÒNG NỘI VỤ", "Số: 27/KH-PNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Định Quán, ngày 09 tháng 3 năm 2021");
        var last = Lines(document.Pages[1].Text);
        AssertConsecutive(last, ["Nơi nhận:", .. LayoutFixture.Recipients.Select(r => $"- {r};"), "- Lưu: VT, PNV."]);
        AssertConsecutive(last, "TRƯỞNG PHÒNG", "Nguyễn Thị Lan");
    }

    [Fact]
    public async Task Pages_keep_their_numbers_and_text()
    {
        var document = await Extractor.ExtractAsync(await File.ReadAllBytesAsync(fixture.TwoColumnPdf), "two-column.pdf");
        Assert.Equal([1, 2], document.Pages.Select(p => p.Number));
        Assert.Contains("34-CT/TW", document.Pages[0].Text);
        Assert.Contains("91/2017/NĐ-CP", document.Pages[1].Text);
        Assert.Equal('\f', document.Text[document.PageStarts[0] - 1]);
    }

    [Fact]
    public async Task A_scanned_page_is_ocrd_from_its_stored_jpeg_without_rasterizing_it_again()
    {
        var ocr = new RecordingOcr();
        var document = await new LocalTextExtractor(ocr: ocr).ExtractAsync(await File.ReadAllBytesAsync(fixture.ScanPdf), "scan.pdf");
        Assert.Equal([1, 2], document.OcrPages);
        Assert.All(ocr.Images, image => Assert.EndsWith(".jpg", image));
        Assert.Equal(2, ocr.Images.Count);
        Assert.Contains(Parser.Parse(document.Text).Citations, c => c.Number == "91/2017/NĐ-CP");
    }

    [Fact]
    public async Task A_scanned_two_column_header_comes_back_column_after_column()
    {
        var document = await Extractor.ExtractAsync(await File.ReadAllBytesAsync(fixture.ScanPdf), "scan.pdf");
        var lines = Lines(document.Pages[0].Text);
        AssertConsecutive(lines, "UBND HUYỆN ĐỊNH QUÁN", "PHÒNG NỘI VỤ", "Số: 27/KH-PNV");
        // The motto as read off the degraded scan ("CHÚ" for "CHỦ", a speck before it), then its second line.
        var motto = lines.IndexOf("Số: 27/KH-PNV") + 1;
        Assert.Contains("CỘNG HÒA XÃ HỘI", lines[motto]);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", lines[motto + 1]);
        var record = Parser.Parse(document.Text);
        Assert.Equal("27/KH-PNV", record.Number);
    }

    [Fact]
    public async Task Tesseract_alone_reads_the_scanned_header_row_by_row()
    {
        // What the column separation mends (the reading with it turned off): the agency's and the motto's lines share a line.
        var rows = new LocalTextExtractor(ExtractionLimits.Default with { SeparateHeaderColumns = false });
        var lines = Lines((await rows.ExtractAsync(await File.ReadAllBytesAsync(fixture.ScanPdf), "scan.pdf")).Pages[0].Text);
        Assert.Contains(lines, l => l.StartsWith("UBND HUYỆN ĐỊNH QUÁN") && l.Contains("CỘNG HÒA"));
    }

    [Fact]
    public async Task A_mixed_pdf_is_read_page_by_page_and_says_which_pages_were_ocrd()
    {
        var ocr = new RecordingOcr();
        var document = await new LocalTextExtractor(ocr: ocr).ExtractAsync(await File.ReadAllBytesAsync(fixture.MixedPdf), "mixed.pdf");
        Assert.Equal(["text-layer", "ocr"], document.Pages.Select(p => p.Source));
        Assert.Equal([2], document.OcrPages);
        Assert.Contains(document.Warnings, w => w.StartsWith("pages 2 of 2 were read by OCR"));
        Assert.Equal(["scan-2.jpg"], ocr.Images);
        var record = Parser.Parse(document.Text);
        Assert.Equal("27/KH-PNV", record.Number);
        Assert.Contains(record.Citations, c => c.Number == "91/2017/NĐ-CP");
    }

    [Fact]
    public async Task A_scan_under_a_hidden_layer_without_vietnamese_marks_is_ocrd()
    {
        var bytes = await File.ReadAllBytesAsync(fixture.BadHiddenLayerPdf);
        using (var reader = PdfPigReader.Open(bytes, "hidden.pdf", ExtractionLimits.Default))
            Assert.True(PdfPagePolicy.IsUsable(reader.ReadPage(1).Text), "the hidden layer has plenty of letters");
        var document = await Extractor.ExtractAsync(bytes, "hidden.pdf");
        Assert.Equal([1], document.OcrPages);
        Assert.Contains(Parser.Parse(document.Text).Citations, c => c.Number == "34-CT/TW");
    }

    [Fact]
    public async Task A_scan_under_a_good_hidden_layer_is_read_from_that_layer()
    {
        var ocr = new RecordingOcr();
        var document = await new LocalTextExtractor(ocr: ocr).ExtractAsync(await File.ReadAllBytesAsync(fixture.GoodHiddenLayerPdf), "hidden.pdf");
        Assert.Equal("text-layer", Assert.Single(document.Pages).Source);
        Assert.Empty(ocr.Images);
        Assert.Contains("34-CT/TW", document.Text);
    }

    [Fact]
    public async Task A_page_whose_scan_cannot_be_handed_over_is_rasterized_by_poppler()
    {
        // A page turned by /Rotate would reach OCR sideways as stored; poppler renders it upright.
        var rotated = Path.Combine(fixture.Files.Dir, "rotated.pdf");
        var run = await ExternalProgram.RunAsync("qpdf", ["--warning-exit-0", "--rotate=+90:1", fixture.ScanPdf, rotated], TimeSpan.FromMinutes(1));
        Assert.Equal(0, run.ExitCode);
        var ocr = new RecordingOcr();
        var document = await new LocalTextExtractor(ocr: ocr).ExtractAsync(await File.ReadAllBytesAsync(rotated), "rotated.pdf");
        Assert.Equal([1, 2], document.OcrPages);
        Assert.Equal(["page-1.pgm", "scan-2.jpg"], ocr.Images.Order());
    }

    [Fact]
    public async Task A_scan_over_the_pixel_limit_is_refused_naming_the_page()
    {
        var tiny = new LocalTextExtractor(new ExtractionLimits { MaxImagePixels = 1000 });
        var e = await Assert.ThrowsAsync<ExtractionException>(() => tiny.ExtractAsync(File.ReadAllBytes(fixture.MixedPdf), "mixed.pdf"));
        Assert.Equal(("image-too-large", 2), (e.Reason, e.Page));
    }
}
