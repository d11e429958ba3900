using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>
/// .odt (in process), .doc (antiword) and .rtf (LibreOffice) made by LibreOffice from the Word test plan at
/// test time: each reads like the .docx, with its header and signature tables side by side, and fails with
/// the same reasons and limits as the other formats.
/// </summary>
public sealed class OfficeFormatTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private static readonly LocalTextExtractor Extractor = new();
    private static readonly PlanParser Parser = new();

    public static TheoryData<string, FileKind> Formats() => new() { { "odt", FileKind.Odt }, { "doc", FileKind.LegacyDoc }, { "rtf", FileKind.Rtf } };

    [Theory, MemberData(nameof(Formats))]
    public async Task An_office_file_reads_like_the_same_plan_in_docx(string format, FileKind kind)
    {
        // Named .bin: the kind comes from the content.
        var document = await Extractor.ExtractAsync(await File.ReadAllBytesAsync(fixture.Office[format]), "plan.bin");
        Assert.Equal(kind, document.Kind);
        Assert.Equal(format, Assert.Single(document.Pages).Source);
        var record = Parser.Parse(document.Text);
        Assert.Equal("15/KH-BDT", record.Number);
        Assert.Equal("Đồng Nai", record.Place);
        Assert.Equal("2021-01-18", record.IssueDate);
        Assert.Equal("Ban Dân tộc tỉnh Đồng Nai", record.Issuer.Name);
        Assert.Equal(("TRƯỞNG BAN", "Nguyễn Văn Khang"), (record.Signer?.Title, record.Signer?.Name));
        Assert.Equal(["Sở Nội vụ", "Phòng Dân tộc cấp huyện"], record.Recipients.Select(r => r.Text));
        Assert.Equal("Lưu: VT, VP.", record.Archive);
        Assert.Equal("34-CT/TW", Assert.Single(record.Citations).Number);
        Assert.Equal("2021-02-15", Assert.Single(record.Deadlines).Date);
    }

    [Theory, MemberData(nameof(Formats))]
    public async Task A_cut_off_office_file_is_refused_as_corrupt(string format, FileKind kind)
    {
        var bytes = await File.ReadAllBytesAsync(fixture.Office[format]);
        var cut = bytes[..(bytes.Length / 2)];
        Assert.Equal(kind, FileKindDetector.Detect(cut));
        var e = await Assert.ThrowsAsync<ExtractionException>(() => Extractor.ExtractAsync(cut, "cut." + format));
        Assert.Equal("corrupt", e.Reason);
        Assert.Equal("cut." + format, e.File);
    }

    [Theory, MemberData(nameof(Formats))]
    public async Task Limits_apply_to_office_files(string format, FileKind kind)
    {
        _ = kind;
        var bytes = await File.ReadAllBytesAsync(fixture.Office[format]);
        var small = new LocalTextExtractor(new ExtractionLimits { MaxBytes = 100 });
        Assert.Equal("too-large", (await Assert.ThrowsAsync<ExtractionException>(() => small.ExtractAsync(bytes, "big." + format))).Reason);
    }

    [Fact]
    public async Task A_converter_that_overruns_its_time_is_stopped_and_reported()
    {
        var hasty = new LocalTextExtractor(new ExtractionLimits { TimePerPage = TimeSpan.FromMilliseconds(1) });
        var e = await Assert.ThrowsAsync<ExtractionException>(async () => await hasty.ExtractAsync(await File.ReadAllBytesAsync(fixture.Office["rtf"]), "slow.rtf"));
        Assert.Equal("timeout", e.Reason);
    }

    [Fact]
    public async Task A_file_past_its_whole_time_is_stopped_and_reported_naming_the_limit()
    {
        var hasty = new LocalTextExtractor(new ExtractionLimits { TimePerFile = TimeSpan.FromMilliseconds(1) });
        var e = await Assert.ThrowsAsync<ExtractionException>(async () => await hasty.ExtractAsync(await File.ReadAllBytesAsync(fixture.Office["rtf"]), "slow.rtf"));
        Assert.Equal("timeout", e.Reason);
        Assert.Contains("TimePerFile", e.Message);
    }

    [Fact]
    public void Antiword_table_lines_are_laid_out_as_the_docx_reader_lays_out_cells()
    {
        var text = "Before\n|Nơi nhận:    |TRƯỞNG BAN   |\n|- Sở Nội vụ; |             |\n|- Lưu: VT.   |Nguyễn Văn A |\nAfter";
        var lines = AntiwordReader.Layout(text).Split('\n');
        Assert.Equal("Before", lines[0]);
        Assert.Matches(@"^Nơi nhận:\s{8,}TRƯỞNG BAN$", lines[1]);
        Assert.Matches(@"^- Sở Nội vụ;\s{8,}Nguyễn Văn A$", lines[2]);
        Assert.Equal("- Lưu: VT.", lines[3]);
        Assert.Equal("After", lines[^1]);
    }
}
