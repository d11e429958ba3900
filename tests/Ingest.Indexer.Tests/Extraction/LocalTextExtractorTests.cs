using System.Text.Json;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Tests.Parsing;
using Xunit.Abstractions;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// Extraction end to end on files generated from the real sample plans: digital PDFs must give back every
/// citation of the hand-checked records; degraded scans at least 90% of citation numbers exactly.
/// </summary>
public sealed class LocalTextExtractorTests(ExtractionFixture fixture, ITestOutputHelper output) : IClassFixture<ExtractionFixture>
{
    private static readonly PlanParser Parser = new();

    private static List<string> ExpectedCitations(string name) =>
        GoldenSample.ByName(name).Array("citations")
            .Select(c => $"{c.GetProperty("type").GetString()} | {Str(c, "number")} | {Str(c, "date")}").ToList();

    private static string? Str(JsonElement e, string p) => e.GetProperty(p).ValueKind == JsonValueKind.String ? e.GetProperty(p).GetString() : null;

    [Fact]
    public void A_digital_pdf_gives_back_every_citation_of_the_golden_record()
    {
        foreach (var (name, document) in fixture.Digital)
        {
            Assert.Equal(FileKind.Pdf, document.Kind);
            Assert.All(document.Pages, p => Assert.Equal("text-layer", p.Source));
            var record = Parser.Parse(document.Text);
            var found = record.Citations.Select(c => $"{c.Type} | {c.Number} | {c.Date}").ToList();
            var missing = ExpectedCitations(name).ToList();
            foreach (var f in found) missing.Remove(f);
            Assert.True(missing.Count == 0, $"{name}: missing {string.Join("; ", missing)}");
        }
    }

    [Fact]
    public void Degraded_scans_give_back_at_least_90_percent_of_citation_numbers()
    {
        int expected = 0, recovered = 0;
        foreach (var (name, document) in fixture.Scanned)
        {
            Assert.All(document.Pages, p => Assert.Equal("ocr", p.Source));
            var numbers = Parser.Parse(document.Text).Citations.Where(c => c.Number is not null).Select(c => c.Number!).ToList();
            foreach (var n in ExpectedCitations(name).Select(c => c.Split(" | ")[1]).Where(n => n.Length > 0))
            {
                expected++;
                if (numbers.Remove(n)) recovered++;
            }
        }
        var share = recovered / (double)expected;
        output.WriteLine($"citation numbers recovered from degraded scans: {recovered}/{expected} = {share:P1}");
        Assert.True(share >= 0.90, $"recovered {recovered}/{expected} = {share:P1}");
    }

    [Fact]
    public void Page_numbers_follow_the_pdf()
    {
        var document = fixture.Digital["dong-nai-ban-dan-toc-15-KH-BDT-2021"];
        Assert.True(document.Pages.Count >= 2);
        Assert.Equal(Enumerable.Range(1, document.Pages.Count), document.Pages.Select(p => p.Number));
        Assert.Equal(document.Pages.Count - 1, document.PageStarts.Count);
        Assert.Equal('\f', document.Text[document.PageStarts[0] - 1]);
    }

    [Fact]
    public async Task A_photo_of_a_page_is_read_by_ocr()
    {
        var jpeg = await fixture.Files.JpegAsync("khanh-hoa", fixture.DigitalPdfs["khanh-hoa-ban-dan-toc-2021"]);
        var document = await fixture.Extractor.ExtractAsync(await File.ReadAllBytesAsync(jpeg), "photo.jpg");
        Assert.Equal(FileKind.Jpeg, document.Kind);
        Assert.Contains(Parser.Parse(document.Text).Citations, c => c.Number == "04/CT-UBND");
    }

    [Fact]
    public async Task A_multi_page_tiff_gives_one_page_per_frame()
    {
        var tiff = await fixture.Files.TiffAsync("quang-ngai", fixture.DigitalPdfs["quang-ngai-ban-dan-toc-2022"]);
        var document = await fixture.Extractor.ExtractAsync(await File.ReadAllBytesAsync(tiff), "scan.tif");
        Assert.Equal(FileKind.Tiff, document.Kind);
        Assert.Equal(fixture.Digital["quang-ngai-ban-dan-toc-2022"].Pages.Count, document.Pages.Count);
        Assert.Contains(Parser.Parse(document.Text).Citations, c => c.Number == "786/QĐ-UBDT");
    }

    [Fact]
    public async Task The_kind_comes_from_the_content_not_the_name()
    {
        var bytes = await File.ReadAllBytesAsync(fixture.DigitalPdfs["quang-ngai-ban-dan-toc-2022"]);
        var document = await fixture.Extractor.ExtractAsync(bytes, "misnamed.txt");
        Assert.Equal(FileKind.Pdf, document.Kind);
    }

    [Fact]
    public async Task A_password_protected_pdf_is_refused_with_its_reason()
    {
        var locked = await fixture.Files.EncryptedAsync(fixture.DigitalPdfs["quang-ngai-ban-dan-toc-2022"]);
        var e = await Assert.ThrowsAsync<ExtractionException>(() => fixture.Extractor.ExtractAsync(File.ReadAllBytes(locked), "locked.pdf"));
        Assert.Equal("encrypted", e.Reason);
        Assert.Contains("locked.pdf", e.Message);
    }

    [Fact]
    public async Task A_pdf_locked_only_by_an_owner_password_is_read_like_the_open_one()
    {
        // Encrypted, but with an empty user password: anyone may open it, so it is not refused.
        var plan = "quang-ngai-ban-dan-toc-2022";
        var owner = await fixture.Files.OwnerPasswordOnlyAsync(fixture.DigitalPdfs[plan]);
        var document = await fixture.Extractor.ExtractAsync(File.ReadAllBytes(owner), "owner.pdf");
        Assert.Equal(fixture.Digital[plan].Text, document.Text);
    }

    [Fact]
    public async Task A_truncated_pdf_is_refused_as_corrupt()
    {
        var bytes = await File.ReadAllBytesAsync(fixture.DigitalPdfs["quang-ngai-ban-dan-toc-2022"]);
        var e = await Assert.ThrowsAsync<ExtractionException>(() => fixture.Extractor.ExtractAsync(bytes[..(bytes.Length / 3)], "cut.pdf"));
        Assert.Equal("corrupt", e.Reason);
    }

    [Fact]
    public async Task Limits_are_named_in_the_error()
    {
        var bytes = await File.ReadAllBytesAsync(fixture.DigitalPdfs["dong-nai-ban-dan-toc-15-KH-BDT-2021"]);
        var small = new Adapters.Embedded.LocalTextExtractor(new ExtractionLimits { MaxBytes = 100 });
        Assert.Equal("too-large", (await Assert.ThrowsAsync<ExtractionException>(() => small.ExtractAsync(bytes, "big.pdf"))).Reason);
        var fewWords = new Adapters.Embedded.LocalTextExtractor(new ExtractionLimits { MaxTextChars = 1000 });
        var wordy = await Assert.ThrowsAsync<ExtractionException>(() => fewWords.ExtractAsync(bytes, "wordy.pdf"));
        Assert.Equal("too-large", wordy.Reason);
        Assert.Contains("MaxTextChars", wordy.Message);
        var onePage = new Adapters.Embedded.LocalTextExtractor(new ExtractionLimits { MaxPages = 1 });
        Assert.Equal("too-many-pages", (await Assert.ThrowsAsync<ExtractionException>(() => onePage.ExtractAsync(bytes, "long.pdf"))).Reason);
        var jpeg = await fixture.Files.JpegAsync("limit", fixture.DigitalPdfs["khanh-hoa-ban-dan-toc-2021"]);
        var tiny = new Adapters.Embedded.LocalTextExtractor(new ExtractionLimits { MaxImagePixels = 1000 });
        Assert.Equal("image-too-large", (await Assert.ThrowsAsync<ExtractionException>(() => tiny.ExtractAsync(File.ReadAllBytes(jpeg), "huge.jpg"))).Reason);
    }

    [Fact]
    public async Task Unknown_content_is_refused_as_unsupported()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        bytes[10] = 0;
        var e = await Assert.ThrowsAsync<ExtractionException>(() => fixture.Extractor.ExtractAsync(bytes, "mystery.pdf"));
        Assert.Equal("unsupported-type", e.Reason);
    }
}
