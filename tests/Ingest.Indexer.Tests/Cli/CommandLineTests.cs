using System.Text.Json;
using Ingest.Cli;

namespace Ingest.Indexer.Tests.Cli;

/// <summary>The `plans` command as a script sees it: output, JSON contract and exit codes.</summary>
public sealed class CommandLineTests
{
    private static async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Extract_json_prints_the_contract_fields_of_a_sample()
    {
        var file = Path.Combine(TestPaths.Plans, "dong-nai-ban-dan-toc-15-KH-BDT-2021.txt");
        var (code, output, _) = await Run("", "extract", file, "--json");
        Assert.Equal(CommandLine.Ok, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("15/KH-BDT", root.GetProperty("number").GetString());
        Assert.Equal("2021-01-18", root.GetProperty("issueDate").GetString());
        Assert.Equal("province", root.GetProperty("issuer").GetProperty("level").GetString());
        var first = root.GetProperty("citations")[0];
        foreach (var name in new[] { "type", "number", "date", "issuer", "relation", "key", "text", "start", "end" })
            Assert.True(first.TryGetProperty(name, out _), name);
    }

    [Fact]
    public async Task Extract_reads_standard_input_for_a_dash()
    {
        var (code, output, _) = await Run("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.", "extract", "-", "--json");
        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal("34-CT/TW", JsonDocument.Parse(output).RootElement.GetProperty("citations")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Extract_prints_a_readable_record_by_default()
    {
        var file = Path.Combine(TestPaths.Plans, "khanh-hoa-ban-dan-toc-2021.txt");
        var (code, output, _) = await Run("", "extract", file);
        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("Đặng Văn Tuấn", output);
        Assert.Contains("34-CT/TW", output);
    }

    [Fact]
    public async Task A_missing_file_fails_with_exit_code_1_and_says_which()
    {
        var (code, _, error) = await Run("", "extract", "/nonexistent/plan.txt");
        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("/nonexistent/plan.txt", error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("extract")]
    public async Task Wrong_usage_exits_with_2(string command)
    {
        var (code, _, error) = await Run("", command);
        Assert.Equal(CommandLine.Usage, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (code, output, _) = await Run("", "--help");
        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("plans extract", output);
    }
}
