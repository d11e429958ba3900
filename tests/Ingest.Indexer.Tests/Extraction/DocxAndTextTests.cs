using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>.docx with the official two-column header and signature tables, and text in every encoding offices use.</summary>
public sealed class DocxAndTextTests
{
    private static readonly LocalTextExtractor Extractor = new();
    private static readonly PlanParser Parser = new();

    /// <summary>A plan as Word files lay it out: header table, title, body (with a text box), signature table.</summary>
    internal static byte[] PlanDocx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Table(["UBND TỈNH ĐỒNG NAI", "BAN DÂN TỘC", "Số: 15/KH-BDT"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Nai, ngày 18 tháng 01 năm 2021"]),
                Para("KẾ HOẠCH"),
                Para("Phát động phong trào thi đua năm 2021"),
                Para("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Ban Dân tộc ban hành Kế hoạch như sau:"),
                new Paragraph(new Run(new WText("Các phòng gửi đăng ký "), new Break(), new WText("trước ngày 15/02/2021."))),
                Table(["Nơi nhận:", "- Sở Nội vụ;", "- Phòng Dân tộc cấp huyện;", "- Lưu: VT, VP."], ["TRƯỞNG BAN", "", "Nguyễn Văn Khang"])));
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new WText(text)));

    private static Table Table(string[] left, string[] right) =>
        new(new TableRow(Cell(left), Cell(right)));

    private static TableCell Cell(string[] lines) => new(lines.Select(l => (OpenXmlElement)Para(l)));

    [Fact]
    public async Task A_docx_header_and_signature_tables_come_out_in_reading_order()
    {
        var document = await Extractor.ExtractAsync(PlanDocx(), "plan.pdf");
        Assert.Equal(FileKind.Docx, document.Kind);
        var record = Parser.Parse(document.Text);
        Assert.Equal("15/KH-BDT", record.Number);
        Assert.Equal("Đồng Nai", record.Place);
        Assert.Equal("2021-01-18", record.IssueDate);
        Assert.Equal("Ban Dân tộc tỉnh Đồng Nai", record.Issuer.Name);
        Assert.Equal(("TRƯỞNG BAN", "Nguyễn Văn Khang"), (record.Signer!.Title, record.Signer.Name));
        Assert.Equal(["Sở Nội vụ", "Phòng Dân tộc cấp huyện"], record.Recipients.Select(r => r.Text));
        Assert.Equal("Lưu: VT, VP.", record.Archive);
        Assert.Equal("34-CT/TW", Assert.Single(record.Citations).Number);
        Assert.Equal("2021-02-15", Assert.Single(record.Deadlines).Date);
    }

    [Fact]
    public async Task Text_in_a_text_box_is_read_where_it_is_anchored()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var box = new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(Para("Số: 15/KH-BDT"))))
            { Id = "box1", Style = "width:120pt;height:20pt" };
            main.Document = new Document(new Body(
                Para("BAN DÂN TỘC"),
                new Paragraph(new Run(new WText("Đồng Nai, ngày 18 tháng 01 năm 2021")), new Run(new Picture(box))),
                Para("KẾ HOẠCH"),
                Para("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.")));
        }
        var document = await Extractor.ExtractAsync(stream.ToArray(), "boxed.docx");
        var lines = document.Text.Split('\n');
        Assert.Equal(["BAN DÂN TỘC", "Đồng Nai, ngày 18 tháng 01 năm 2021", "Số: 15/KH-BDT", "KẾ HOẠCH"], lines[..4]);
        Assert.Equal("15/KH-BDT", Parser.Parse(document.Text).Number);
    }

    [Fact]
    public async Task A_damaged_docx_is_refused_as_corrupt()
    {
        var bytes = PlanDocx();
        Array.Clear(bytes, bytes.Length / 2, 200);
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Extractor.ExtractAsync(bytes, "broken.docx"));
        Assert.Equal("corrupt", e.Reason);
    }

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestPaths.Plans).OrderBy(f => f)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory, MemberData(nameof(Samples))]
    public async Task Text_in_TCVN3_and_VNI_is_converted_back_to_unicode(string plan)
    {
        var unicode = File.ReadAllText(Path.Combine(TestPaths.Plans, plan)).Normalize(NormalizationForm.FormC);
        foreach (var encoding in new[] { LegacyEncoding.Tcvn3, LegacyEncoding.Vni })
        {
            var legacy = LegacyVietnamese.Default.FromUnicode(unicode, encoding);
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var bytes = Encoding.GetEncoding(1252).GetBytes(legacy);
            var document = await Extractor.ExtractAsync(bytes, plan);
            var expected = encoding == LegacyEncoding.Tcvn3 ? LegacyVietnamese.Default.Tcvn3RoundTrip(unicode) : unicode;
            Assert.Equal(expected, document.Pages[0].Text);
            Assert.Contains(document.Warnings, w => w.Contains(encoding.ToString().ToLowerInvariant()));
        }
    }

    [Fact]
    public async Task Utf16_and_windows_1258_text_are_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về đổi mới công tác thi đua.";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        Assert.Equal(text, (await Extractor.ExtractAsync(utf16, "a.txt")).Text);
        var cp1258 = Encoding.GetEncoding(1258).GetBytes(Windows1258Form(text));
        Assert.Equal(text, (await Extractor.ExtractAsync(cp1258, "b.txt")).Text);
        Assert.Equal(text, (await Extractor.ExtractAsync(Encoding.UTF8.GetBytes(text), "c.md")).Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Utf16_text_without_a_byte_order_mark_is_recognised_and_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        foreach (var path in Directory.GetFiles(TestPaths.Plans))
        {
            var text = (await File.ReadAllTextAsync(path)).Normalize(NormalizationForm.FormC);
            var document = await Extractor.ExtractAsync(encoding.GetBytes(text), "unicode.txt");
            Assert.Equal(FileKind.Text, document.Kind);
            Assert.Equal(text, document.Text);
        }
    }

    [Fact]
    public void Bytes_that_only_resemble_utf16_are_not_taken_for_it()
    {
        // UTF-8 Vietnamese, a zero-filled binary and alternating noise: none is UTF-16.
        Assert.Null(Utf16Sniffer.Detect(Encoding.UTF8.GetBytes("Thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị.")));
        Assert.Null(Utf16Sniffer.Detect(new byte[4096]));
        Assert.Null(Utf16Sniffer.Detect(Enumerable.Range(0, 2048).SelectMany(i => new[] { (byte)0, (byte)(i % 32) }).ToArray()));
    }

    // Windows-1258 has the base letters â ê ô ă ơ ư đ but writes tones as combining marks after them.
    private static string Windows1258Form(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = d.Where(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray();
            var letter = new string(d.Where(m => !tones.Contains(m)).ToArray()).Normalize(NormalizationForm.FormC);
            sb.Append(letter).Append(tones);
        }
        return sb.ToString();
    }

    [Fact]
    public void Unicode_vietnamese_is_never_taken_for_a_legacy_encoding()
    {
        foreach (var plan in Directory.GetFiles(TestPaths.Plans))
            Assert.Equal(LegacyEncoding.None, LegacyVietnamese.Default.Detect(File.ReadAllText(plan)));
        Assert.Equal(LegacyEncoding.None, LegacyVietnamese.Default.Detect("Ordinary English text with café and naïve résumé written in it, twice over."));
    }
}
