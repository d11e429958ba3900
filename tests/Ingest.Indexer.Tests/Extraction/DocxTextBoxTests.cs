using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// A real decision whose signature block is a Word text box (tests/fixtures/README.md): Word stores the box twice,
/// as a drawing and as its VML fallback for older readers; it is read once, beside the Nơi nhận list.
/// </summary>
public sealed class DocxTextBoxTests
{
    private static readonly string Decision =
        Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "docx", "ubnd-soc-trang-267-QD-UBND-2025.docx");

    [Fact]
    public async Task A_text_box_is_read_once()
    {
        var text = DocxReader.Read(await File.ReadAllBytesAsync(Decision), "267.docx");
        Assert.Single(text.Split('\n'), line => line.Contains("Lâm Hoàng Nghiệp"));
        Assert.Single(text.Split('\n'), line => line.Contains("KT. CHỦ TỊCH"));
    }

    [Fact]
    public async Task The_signer_and_the_recipients_are_read_from_the_table_and_its_box()
    {
        var record = new PlanParser().Parse(DocxReader.Read(await File.ReadAllBytesAsync(Decision), "267.docx"));
        Assert.Equal(("PHÓ CHỦ TỊCH", "Lâm Hoàng Nghiệp"), (record.Signer?.Title, record.Signer?.Name));
        Assert.Equal("267/QĐ-UBND", record.Number);
        Assert.Contains(record.Recipients, r => r.Text == "Trung tâm PVHCC");
    }
}
