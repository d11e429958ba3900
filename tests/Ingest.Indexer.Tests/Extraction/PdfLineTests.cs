using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;
using UglyToad.PdfPig;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// Real PDFs whose text layer we once read unlike the page (tests/fixtures/README.md): words of a non-embedded font,
/// whose glyph boxes PdfPig makes the font's whole box, split one line into two; a page with rotated margin text read
/// differently from run to run.
/// </summary>
public sealed class PdfLineTests
{
    private static string Fixture(string name) => Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "pdf", name);
    private static readonly string TuanGiaoInvitation = Fixture("hdnd-tuan-giao-giay-moi-2020-signed.pdf");
    private static readonly string GazettePage = Fixture("cong-bao-2025-qd-169-bldtbxh-page4.pdf");

    private static async Task<string> TextAsync(string path) =>
        (await new LocalTextExtractor().ExtractAsync(await File.ReadAllBytesAsync(path), Path.GetFileName(path))).Text;

    private static List<string> Lines(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [Fact]
    public async Task A_signature_in_two_font_sizes_reads_on_its_lines_as_the_page_shows_it()
    {
        var lines = Lines(await TextAsync(TuanGiaoInvitation));
        var start = lines.IndexOf("TM. HỘI ĐỒNG NHÂN DÂN");
        Assert.True(start >= 0, string.Join('\n', lines));
        Assert.Equal(["TM. HỘI ĐỒNG NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Bình Trọng"], lines.Skip(start).Take(4));
    }

    [Fact]
    public async Task Words_after_a_letter_of_a_non_embedded_font_stay_on_their_line()
    {
        var lines = Lines(await TextAsync(TuanGiaoInvitation));
        Assert.Contains("- Đại diện Lãnh đạo UBND huyện;", lines);
        Assert.Contains("- Thường trực HĐND huyện;", lines);
        Assert.Contains("Hội trường tầng 2, trụ sở UBND huyện.", lines);
    }

    [Fact]
    public async Task The_signer_is_the_deputy_who_signed()
    {
        var record = new PlanParser().Parse(await TextAsync(TuanGiaoInvitation));
        Assert.Equal(("PHÓ CHỦ TỊCH", "Trần Bình Trọng"), (record.Signer?.Title, record.Signer?.Name));
    }

    [Fact]
    public void Only_letters_boxed_by_their_fonts_whole_box_take_their_advance()
    {
        using var document = PdfDocument.Open(TuanGiaoInvitation);
        var letters = document.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var wide = letters.Where(AdvanceBoxes.HasFontWideBox).ToList();
        // Word's ASCII letters are in the font it did not embed; its Vietnamese ones in the embedded copy.
        Assert.All(wide, l => Assert.DoesNotContain("+", l.FontName));
        Assert.Contains(wide, l => l.Value == "K");
        Assert.DoesNotContain(letters, l => l.Value == "Ủ" && AdvanceBoxes.HasFontWideBox(l));
        var repaired = AdvanceBoxes.Repaired(letters);
        Assert.All(repaired, l => Assert.True(l.BoundingBox.Width <= 1.5 * l.GlyphRectangleLoose.Width + 0.1 * l.PointSize || l.GlyphRectangleLoose.Width < 0.1 * l.PointSize));
        Assert.Equal(letters.Select(l => l.Value), repaired.Select(l => l.Value));
    }

    [Fact]
    public async Task A_page_with_rotated_margin_text_reads_the_same_every_time()
    {
        var texts = new HashSet<string>();
        for (var i = 0; i < 8; i++) texts.Add(await TextAsync(GazettePage));
        Assert.Single(texts);
    }
}
