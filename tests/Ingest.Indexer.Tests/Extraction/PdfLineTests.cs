using Ingest.Indexer.Adapters.Embedded;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// Real PDFs whose text layer we once read unlike the page (tests/fixtures/README.md): a page with rotated margin
/// text read differently from run to run.
/// </summary>
public sealed class PdfLineTests
{
    private static string Fixture(string name) => Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "pdf", name);
    private static readonly string GazettePage = Fixture("cong-bao-2025-qd-169-bldtbxh-page4.pdf");

    private static async Task<string> TextAsync(string path) =>
        (await new LocalTextExtractor().ExtractAsync(await File.ReadAllBytesAsync(path), Path.GetFileName(path))).Text;

    [Fact]
    public async Task A_page_with_rotated_margin_text_reads_the_same_every_time()
    {
        var texts = new HashSet<string>();
        for (var i = 0; i < 8; i++) texts.Add(await TextAsync(GazettePage));
        var text = Assert.Single(texts);
        // The gazette's rotated margin line stays a line of its own, before the page's text.
        Assert.Contains("\nCÔNG BÁO/Số 361 + 362/Ngày 28-02-2025\n", "\n" + text);
    }
}
