using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ingest.Cli;

namespace Ingest.Indexer.Tests.Cli;

/// <summary>The `plans` commands on a private data folder holding the five samples.</summary>
public sealed class PlansCommandsTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "ingest-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync([.. args, "--data", _data], new StringReader(""), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task IngestSamples() => Assert.Equal(CommandLine.Ok, (await Run("ingest", TestPaths.Plans, "--json")).Code);

    [Fact]
    public async Task Ingest_reports_each_file_and_a_duplicate_is_skipped()
    {
        var (code, output, _) = await Run("ingest", TestPaths.Plans);
        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("5 added, 0 replaced, 0 skipped as duplicate, 0 failed", output);
        var again = await Run("ingest", Path.Combine(TestPaths.Plans, "*.txt"));
        Assert.Contains("4 skipped as duplicate", again.Out);
    }

    [Fact]
    public async Task Ingest_of_a_folder_keeps_equal_names_in_two_subfolders_apart()
    {
        var folder = Path.Combine(_data, "in");
        var files = Directory.GetFiles(TestPaths.Plans).Order().Take(2).ToList();
        foreach (var (sub, file) in new[] { ("2021", files[0]), ("2022", files[1]) })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
            File.Copy(file, Path.Combine(folder, sub, "plan.txt"));
        }
        var (code, output, _) = await Run("ingest", folder);
        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("2 added, 0 replaced", output);
    }

    [Fact]
    public async Task Compact_reclaims_what_replaced_plans_left_and_search_still_finds_the_new_versions()
    {
        var folder = Path.Combine(_data, "in");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestPaths.Plans)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        Assert.Equal(CommandLine.Ok, (await Run("ingest", folder)).Code);
        foreach (var file in Directory.GetFiles(folder)) await File.AppendAllTextAsync(file, "\nBản sửa đổi zqcompact.\n");
        Assert.Contains("0 added, 5 replaced", (await Run("ingest", folder)).Out);
        var segments = Path.Combine(_data, "index.segments");
        long OnDisk() => Directory.GetFiles(segments).Sum(f => new FileInfo(f).Length);
        var before = OnDisk();

        var (code, output, _) = await Run("compact", "--all", "--json");
        Assert.Equal(CommandLine.Ok, code);
        var done = JsonDocument.Parse(output).RootElement;
        Assert.Equal((1, 5, 1), (done.GetProperty("segments").GetInt32(), done.GetProperty("plans").GetInt32(), done.GetProperty("filesRemoved").GetInt32()));
        Assert.Equal(before - done.GetProperty("freedBytes").GetInt64(), OnDisk());
        Assert.True(OnDisk() < before * 0.6, $"{OnDisk()} bytes left of {before}");
        var search = JsonDocument.Parse((await Run("search", "zqcompact", "--json")).Out).RootElement;
        Assert.Equal(5, search.GetProperty("total").GetInt32());
        Assert.Contains("0 segment(s) compacted", (await Run("compact", "--all")).Out);
    }

    [Fact]
    public async Task Ingest_of_an_unreadable_file_fails_with_exit_code_1()
    {
        var bad = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(bad, Encoding.ASCII.GetBytes("%PDF-1.4 broken"));
        try { Assert.Equal(CommandLine.Failed, (await Run("ingest", bad)).Code); }
        finally { File.Delete(bad); }
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_fails_on_its_row_and_the_rest_of_the_folder_is_ingested()
    {
        // Found by trying hostile input: two symbolic links pointing at each other made `plans ingest` stop with
        // "Too many levels of symbolic links" before any file of the folder was ingested.
        var folder = Path.Combine(_data, "in");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestPaths.Plans).Order().Take(2)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.CreateSymbolicLink(Path.Combine(folder, "loop1"), "loop2");
        File.CreateSymbolicLink(Path.Combine(folder, "loop2"), "loop1");

        var (code, output, _) = await Run("ingest", folder);

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("2 added, 0 replaced, 0 skipped as duplicate, 2 failed", output);
        Assert.Contains("could not be read", output);
    }

    [Fact]
    public async Task Cites_search_and_deadlines_print_json_for_scripts()
    {
        await IngestSamples();
        var cites = JsonDocument.Parse((await Run("cites", "34-ct/tw", "--json")).Out).RootElement;
        Assert.Equal(3, cites.GetProperty("byLevel").EnumerateObject().Sum(l => l.Value.GetArrayLength()));
        var search = JsonDocument.Parse((await Run("search", "Quảng Ngãi", "--json")).Out).RootElement;
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        var deadlines = JsonDocument.Parse((await Run("deadlines", "--from", "2021-01-01", "--to", "2021-12-31", "--json")).Out).RootElement;
        Assert.Equal(3, deadlines.GetArrayLength());
    }

    [Fact]
    public async Task Trace_prints_a_tree_mermaid_and_dot()
    {
        await IngestSamples();
        var tree = (await Run("trace", "Chỉ thị 34-CT/TW")).Out;
        Assert.Contains("Chỉ thị 34-CT/TW", tree);
        Assert.Contains("[implements]", tree);
        var mermaid = (await Run("trace", "34-CT/TW", "--format", "mermaid")).Out;
        Assert.StartsWith("flowchart TD", mermaid);
        Assert.Contains("-->|implements|", mermaid);
        Assert.Contains("unresolved", mermaid);
        var dot = (await Run("trace", "34-CT/TW", "--format", "dot")).Out;
        Assert.StartsWith("digraph trace {", dot);
        Assert.Contains("label=\"implements\"", dot);
    }

    [Fact]
    public async Task Reports_come_in_every_format()
    {
        await IngestSamples();
        var csvFile = Path.Combine(_data, "r.csv");
        Assert.Equal(CommandLine.Ok, (await Run("report", "directive", "--document", "34-CT/TW", "--format", "csv", "-o", csvFile)).Code);
        var csv = await File.ReadAllBytesAsync(csvFile);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.Contains("Ban Dân tộc tỉnh Khánh Hòa", Encoding.UTF8.GetString(csv));

        var xlsx = Path.Combine(_data, "r.xlsx");
        Assert.Equal(CommandLine.Ok, (await Run("report", "directive", "--document", "34-CT/TW", "--format", "xlsx", "-o", xlsx)).Code);
        using (var doc = SpreadsheetDocument.Open(xlsx, false))
        {
            var sheet = doc.WorkbookPart!.WorksheetParts.First().Worksheet;
            Assert.NotNull(sheet.GetFirstChild<AutoFilter>());
            Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
            Assert.Equal("Cấp", sheet.Descendants<Cell>().First().InnerText);
            Assert.Equal(4, sheet.Descendants<Row>().Count());
        }
        var html = (await Run("report", "plan", "--plan", "uploads/" + DateTime.UtcNow.ToString("yyyy/MM") + "/dong-nai-ban-dan-toc-15-KH-BDT-2021.txt", "--format", "html")).Out;
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("91/2017/NĐ-CP", html);
        var md = (await Run("report", "deadlines", "--format", "md")).Out;
        Assert.StartsWith("# Hạn chót", md);
        var json = JsonDocument.Parse((await Run("report", "matrix", "--province", "Đồng Nai", "--year", "2021", "--format", "json")).Out).RootElement;
        Assert.Contains("15/KH-BDT", json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(CommandLine.Usage, (await Run("report", "directive")).Code);
    }

    [Fact]
    public async Task Coverage_lists_each_recipient()
    {
        await IngestSamples();
        var md = (await Run("report", "coverage", "--plan", "uploads/" + DateTime.UtcNow.ToString("yyyy/MM") + "/dong-nai-ban-dan-toc-15-KH-BDT-2021.txt", "--format", "md")).Out;
        Assert.Contains("Phòng Dân tộc cấp huyện", md);
        Assert.Contains("CHƯA CÓ", md);
    }

    // Every command's error path: the exit code documented in `plans --help` and one line saying why, never a stack trace.
    [Theory]
    [InlineData(1, "no file matches '/no/such/plan.pdf'", "ingest", "/no/such/plan.pdf")]
    [InlineData(2, "Argument 'tinh' not recognized", "search", "thi đua", "--level", "tinh")]
    [InlineData(2, "--from '31/02/2021' is not a date", "search", "thi đua", "--from", "31/02/2021")]
    [InlineData(2, "the range is reversed", "search", "thi đua", "--from", "01/02/2022", "--to", "01/01/2021")]
    [InlineData(1, "no plan matches", "search", "zzqqxx")]
    [InlineData(1, "is not a document reference", "cites", "hello")]
    [InlineData(1, "no indexed plan cites '99/CT-TTg'", "cites", "99/CT-TTg")]
    [InlineData(1, "is neither a plan id nor a document", "trace", "nothing-like-this")]
    [InlineData(2, "--to '2021-13-01' is not a date", "deadlines", "--to", "2021-13-01")]
    [InlineData(2, "the range is reversed", "deadlines", "--from", "2022-01-01", "--to", "01/01/2021")]
    [InlineData(0, "no deadline from 01/01/1990 to 31/12/1990", "deadlines", "--from", "01/01/1990", "--to", "31/12/1990")]
    [InlineData(1, "no plan 'no/such.txt' in the index", "report", "plan", "--plan", "no/such.txt")]
    [InlineData(1, "no plan 'no/such.txt' in the index", "report", "coverage", "--plan", "no/such.txt")]
    [InlineData(2, "the directive report needs a document", "report", "directive")]
    [InlineData(2, "the matrix report needs a year", "report", "matrix", "--province", "Đồng Nai")]
    [InlineData(2, "Argument 'weekly' not recognized", "report", "weekly")]
    [InlineData(2, "xlsx needs -o FILE (for example -o han-chot-", "report", "deadlines", "--format", "xlsx")]
    [InlineData(2, "the range is reversed", "report", "deadlines", "--from", "02/01/2021", "--to", "01/01/2021")]
    public async Task Each_command_fails_with_its_exit_code_and_one_line_saying_why(int exit, string reason, params string[] args)
    {
        await IngestSamples();
        var (code, _, error) = await Run(args);
        Assert.Equal(exit, code);
        Assert.Contains(reason, error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public async Task Piped_tables_have_no_colour_codes_and_dates_read_dd_mm_yyyy_on_one_line()
    {
        await IngestSamples();
        var (code, output, _) = await Run("search", "15/KH-BDT");
        Assert.Equal(CommandLine.Ok, code);
        Assert.DoesNotContain("\u001b[", output);
        Assert.Contains(output.Split('\n'), line => line.Contains("15/KH-BDT") && line.Contains("18/01/2021"));
        var deadlines = (await Run("deadlines", "--from", "01/01/2021", "--to", "31/12/2021")).Out;
        Assert.Contains(deadlines.Split('\n'), line => line.Contains("15/03/2021") && line.Contains("Khánh Hòa"));
    }

    [Fact]
    public async Task Cites_prints_one_row_per_plan()
    {
        await IngestSamples();
        var (code, output, _) = await Run("cites", "Chỉ thị 34");
        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("3 plan(s) in 3 file(s)", output);
    }
}
