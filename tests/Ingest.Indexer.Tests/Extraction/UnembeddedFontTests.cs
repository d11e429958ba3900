using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// Real PDFs whose fonts Word left un-embedded (tests/fixtures/README.md): PdfPig gives such glyphs the font's whole
/// box, so a short word overlaps the next one and Docstrum made two lines of one; the lines of a block on one
/// baseline are joined again (<c>SameBaselineLines</c>), while a signed decision's header keeps its stamped number
/// on its line and its two columns apart.
/// </summary>
public sealed class UnembeddedFontTests
{
    private static string Fixture(string name) => Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "pdf", name);

    private static async Task<List<string>> LinesAsync(string name)
    {
        var path = Fixture(name);
        var text = (await new LocalTextExtractor().ExtractAsync(await File.ReadAllBytesAsync(path), name)).Text;
        return text.Split('\n').Select(l => l.Trim()).ToList();
    }

    [Fact]
    public async Task A_signature_title_split_by_wide_boxes_reads_as_one_line()
    {
        var lines = await LinesAsync("hdnd-tuan-giao-06-GM-HDND-2020-signed.pdf");
        // The page shows "TM. HỘI ĐỒNG NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; "KT." had come after "CHỦ TỊCH".
        var at = lines.IndexOf("TM. HỘI ĐỒNG NHÂN DÂN");
        Assert.True(at >= 0);
        Assert.Equal(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], lines.Skip(at + 1).Take(2));
    }

    [Fact]
    public async Task A_stamped_blank_stays_on_its_line_and_header_columns_stay_apart()
    {
        var lines = await LinesAsync("ubnd-dak-lak-311-QD-UBND-2025-signed-page1.pdf");
        Assert.Contains("Số: 311 /QĐ-UBND", lines);
        Assert.Contains("UỶ BAN NHÂN DÂN", lines);
        Assert.Contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
    }
}
