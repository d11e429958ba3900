using Ingest.Cli;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// A colour scan whose signature block lies under a red seal, end to end through the extractor: the closing
/// lines of a sample plan (Nơi nhận, "TRƯỞNG BAN", the name) rendered, sealed as on a real scan and wrapped as an
/// image-only PDF, and as a colour photo (a JPEG file). Read as gray, the seal hides the block (as it hid "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" on UBND tỉnh Quảng
/// Ngãi's Chỉ thị 04/CT-UBND 2024); with the seal ink lightened the title and the name come through.
/// </summary>
public sealed class SealedScanTests : IAsyncLifetime
{
    private readonly ScanFixtures _files = new();
    private byte[] _sealed = [];
    private byte[] _photo = [];

    public async Task InitializeAsync()
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(TestPaths.Plans, "dong-nai-ban-dan-toc-15-KH-BDT-2021.txt"));
        var closing = await _files.TextPdfAsync("closing", string.Join('\n', lines[^22..]));
        _sealed = await File.ReadAllBytesAsync(await _files.SealedScanPdfAsync("closing", closing, "TRƯỞNG"));
        _photo = await File.ReadAllBytesAsync(await _files.SealedPhotoAsync("closing", closing, "TRƯỞNG"));
    }

    public Task DisposeAsync()
    {
        _files.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_signature_block_under_a_red_seal_is_read()
    {
        var document = await new LocalTextExtractor().ExtractAsync(_sealed, "sealed.pdf");
        Assert.Equal("ocr", Assert.Single(document.Pages).Source);
        Assert.Contains("TRƯỞNG BAN", document.Text);
        Assert.Contains("Nguyễn Văn Khang", document.Text);
    }

    [Fact]
    public async Task A_photo_of_the_sealed_page_is_read_the_same_way()
    {
        Assert.Equal(3, JpegPage.Frame(_photo)?.Components);
        var document = await new LocalTextExtractor().ExtractAsync(_photo, "sealed.jpg");
        Assert.Equal(FileKind.Jpeg, document.Kind);
        Assert.Contains("TRƯỞNG BAN", document.Text);
        Assert.Contains("Nguyễn Văn Khang", document.Text);
    }

    [Fact]
    public async Task Read_as_gray_the_seal_hides_it()
    {
        var gray = new LocalTextExtractor(ExtractionLimits.Default with { LightenSealInk = false });
        Assert.DoesNotContain("Nguyễn Văn Khang", (await gray.ExtractAsync(_sealed, "sealed.pdf")).Text);
        Assert.DoesNotContain("Nguyễn Văn Khang", (await gray.ExtractAsync(_photo, "sealed.jpg")).Text);
    }
}
