using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// A real signed PDF (tests/fixtures/README.md): the number and day that the signing software stamps into
/// signature fields are read onto their header lines, and the narrow spaces Word draws between words are kept, so
/// the record has its number, its date and the citations whose symbols were glued to the next word.
/// </summary>
public sealed class SignedPdfTests
{
    private static readonly string SignedDecision =
        Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "pdf", "ubnd-dak-lak-311-QD-UBND-2025-signed-page1.pdf");

    private static async Task<string> TextAsync() =>
        (await new LocalTextExtractor().ExtractAsync(await File.ReadAllBytesAsync(SignedDecision), "311.pdf")).Text;

    [Fact]
    public async Task The_stamped_number_and_day_sit_on_their_header_lines()
    {
        var lines = (await TextAsync()).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("Số: 311 /QĐ-UBND", lines);
        Assert.Contains("Đắk Lắk, ngày 18 tháng 02 năm 2025", lines);
    }

    [Fact]
    public async Task Words_the_writer_spaced_are_not_glued()
    {
        var text = await TextAsync();
        Assert.Contains("Thông tư số 02/2017/TT-VPCP ngày 31/10/2017", text);
        Assert.Contains("Về việc công bố Danh mục thủ tục hành chính", text);
        Assert.Contains("57/TTr-STNMT ngày 11/02/2025.", text);
    }

    [Fact]
    public async Task The_record_has_its_number_date_and_every_basis()
    {
        var record = new PlanParser().Parse(await TextAsync());
        Assert.Equal(("311/QĐ-UBND", "2025-02-18"), (record.Number, record.IssueDate));
        Assert.Equal("Ủy ban nhân dân tỉnh Đắk Lắk", record.Issuer?.Name);
        var numbered = record.Citations.Where(c => c.Number is not null).Select(c => c.Number).ToList();
        Assert.Equal(["63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "02/2017/TT-VPCP", "270/QĐ-BTNMT", "57/TTr-STNMT"], numbered);
    }
}
