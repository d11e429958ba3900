using Ingest.Cli;
using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// Files with real layouts, generated at test time by the tools the setup installs: a two-page plan printed
/// by headless Chromium from HTML tables (the two-column header; Nơi nhận beside the signature), its degraded
/// scan (ScanFixtures), a mixed PDF (digital page 1, scanned page 2, joined by qpdf), scans under a hidden
/// text layer written by Tesseract with the English model (bad: marks dropped) and with the Vietnamese one,
/// and the Word test plan converted by LibreOffice to .odt, .doc and .rtf.
/// </summary>
public sealed class LayoutFixture : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    public ScanFixtures Files { get; } = new();
    public string TwoColumnPdf { get; private set; } = "";
    public string ScanPdf { get; private set; } = "";
    public string MixedPdf { get; private set; } = "";
    public string BadHiddenLayerPdf { get; private set; } = "";
    public string GoodHiddenLayerPdf { get; private set; } = "";
    public Dictionary<string, string> Office { get; } = new();

    /// <summary>The recipients the plan lists beside its signature, in order.</summary>
    public static readonly string[] Recipients =
        ["Sở Nội vụ tỉnh Đồng Nai", "Thường trực Huyện ủy", "Chủ tịch, các Phó Chủ tịch UBND huyện", "UBND các xã, thị trấn"];

    public static string Html => $$"""
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
        body { font-family: 'DejaVu Serif'; font-size: 13pt; margin: 0 }
        table { width: 100%; border-collapse: collapse } td { vertical-align: top; text-align: center; padding: 0 }
        .recipients { font-size: 11pt; text-align: left } p { margin: 4pt 0; text-align: justify }
        </style></head><body>
        <table><tr><td style="width: 40%">UBND HUYỆN ĐỊNH QUÁN<br><b>PHÒNG NỘI VỤ</b><br>Số: 27/KH-PNV</td>
        <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Định Quán, ngày 09 tháng 3 năm 2021</i></td></tr></table>
        <p style="text-align: center"><b>KẾ HOẠCH</b><br>Tổ chức phong trào thi đua năm 2021</p>
        <p>Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng; Kế hoạch số 15/KH-BDT ngày 18/01/2021 của Ban Dân tộc tỉnh Đồng Nai, Phòng Nội vụ ban hành Kế hoạch tổ chức phong trào thi đua năm 2021 trên địa bàn huyện như sau.</p>
        <p>I. MỤC ĐÍCH, YÊU CẦU</p>
        <p>Phát động phong trào thi đua sâu rộng trong cán bộ, công chức, viên chức và người lao động; biểu dương kịp thời các tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị của địa phương.</p>
        <div style="break-before: page"></div>
        <p>II. NỘI DUNG</p>
        <p>Thực hiện Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng. Các đơn vị gửi báo cáo kết quả về Phòng Nội vụ trước ngày 15/12/2021.</p>
        <table><tr><td class="recipients" style="width: 50%"><b><i>Nơi nhận:</i></b><br>{{string.Join("", Recipients.Select(r => $"- {r};<br>"))}}- Lưu: VT, PNV.</td>
        <td><b>TRƯỞNG PHÒNG</b><br><br><br><br><b>Nguyễn Thị Lan</b></td></tr></table>
        </body></html>
        """;

    public async Task InitializeAsync()
    {
        var html = Path.Combine(Files.Dir, "plan.html");
        await File.WriteAllTextAsync(html, Html);
        TwoColumnPdf = Path.Combine(Files.Dir, "two-column.pdf");
        await Run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + Path.Combine(Files.Dir, "chromium"),
            "--print-to-pdf=" + TwoColumnPdf, new Uri(html).AbsoluteUri);
        if (!File.Exists(TwoColumnPdf)) throw new InvalidOperationException("chromium printed no PDF");
        ScanPdf = await Files.ScanPdfAsync("two-column", TwoColumnPdf);
        MixedPdf = Path.Combine(Files.Dir, "mixed.pdf");
        await Run("qpdf", "--warning-exit-0", "--empty", "--pages", TwoColumnPdf, "1", ScanPdf, "2", "--", MixedPdf);
        var photo = await Files.JpegAsync("hidden", TwoColumnPdf);
        BadHiddenLayerPdf = await HiddenLayerAsync(photo, "eng");
        GoodHiddenLayerPdf = await HiddenLayerAsync(photo, "vie");
        var docx = Path.Combine(Files.Dir, "plan.docx");
        await File.WriteAllBytesAsync(docx, DocxAndTextTests.PlanDocx());
        foreach (var (format, filter) in new[] { ("odt", "odt"), ("doc", "doc:MS Word 97"), ("rtf", "rtf") })
        {
            await Run("soffice", "-env:UserInstallation=" + new Uri(Path.Combine(Files.Dir, "libreoffice")).AbsoluteUri, "--headless", "--norestore",
                "--convert-to", filter, "--outdir", Files.Dir, docx);
            Office[format] = Path.Combine(Files.Dir, "plan." + format);
            if (!File.Exists(Office[format])) throw new InvalidOperationException($"LibreOffice made no .{format}");
        }
    }

    // A scan with the invisible text layer scanner software adds: Tesseract's PDF output (the JPEG kept as it is).
    private async Task<string> HiddenLayerAsync(string jpeg, string language)
    {
        var output = Path.Combine(Files.Dir, "hidden-" + language);
        await Run("tesseract", jpeg, output, "-l", language, "pdf");
        return output + ".pdf";
    }

    public Task DisposeAsync()
    {
        Files.Dispose();
        return Task.CompletedTask;
    }

    private static async Task Run(string program, params string[] args)
    {
        var environment = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        var result = await ExternalProgram.RunAsync(program, args, Timeout, environment);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({result.ExitCode}): {result.StandardError}");
    }
}
