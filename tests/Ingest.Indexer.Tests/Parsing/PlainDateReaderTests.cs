using Ingest.Indexer.Parsing.Dates;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// PlainDateReader answers for DateParser's pattern only where it reads what the pattern reads: at every digit and
/// "ngày" of every corpus document, passage and sample, and there with one character near the date changed to each of
/// the characters the pattern turns on, its day, month, year and end are the pattern's groups, or it answers nothing.
/// </summary>
public sealed class PlainDateReaderTests
{
    private static string Pattern(string f, int i)
    {
        var m = DateParser.DateAt().Match(f, i);
        if (!m.Success) return "none";
        string G(string name) => m.Groups[name].Success ? int.Parse(m.Groups[name].ValueSpan).ToString() : "-";
        return $"{G("d")}/{G("m")}/{G("y")} end {m.Index + m.Length}";
    }

    // Whether the reader answered, its answer against the pattern's.
    private static bool Agrees(string f, int i, List<string> differ)
    {
        if (PlainDateReader.Read(f, i) is not { } read) return false;
        var (mine, pattern) = ($"{read.Day}/{read.Month}/{read.Year} end {read.End}", Pattern(f, i));
        if (mine != pattern && differ.Count < 20) differ.Add($"{f.Substring(i, Math.Min(40, f.Length - i))}: reader {mine}, pattern {pattern}");
        return true;
    }

    private static bool MayStartDate(string f, int i) => char.IsDigit(f[i]) || f[i] == 'n';

    [Fact]
    public void The_reader_reads_what_the_pattern_reads_at_every_digit_and_ngay_of_the_corpus()
    {
        var differ = new List<string>();
        var read = 0;
        foreach (var f in CorpusFoldedTexts.All)
        {
            for (var i = 0; i < f.Length; i++)
                if (MayStartDate(f, i) && Agrees(f, i, differ)) read++;
        }
        Assert.Empty(differ);
        Assert.True(read > 5000, $"only {read} dates read: the corpus was not read");
    }

    private const string Turns = " /.-1a\u0662";

    [Fact]
    public void The_reader_reads_what_the_pattern_reads_with_one_character_changed_near_a_date()
    {
        var differ = new List<string>();
        var (read, seen) = (0, new HashSet<string>());
        foreach (var f in CorpusFoldedTexts.All)
        {
            for (var i = 0; i < f.Length; i++)
            {
                if (!MayStartDate(f, i) || DateParser.DateAt().Match(f, i) is not { Success: true } m) continue;
                var window = f.Substring(i, Math.Min(f.Length - i, m.Length + 3));
                if (!seen.Add(window)) continue;
                for (var k = 0; k < window.Length; k++)
                    foreach (var c in Turns)
                        if (Agrees(window[..k] + c + window[(k + 1)..], 0, differ)) read++;
            }
        }
        Assert.Empty(differ);
        Assert.True(read > 5000, $"only {read} changed dates read");
    }

    // Near misses the reader leaves to the pattern or reads as it does: a year glued to a digit, a slash after the year,
    // separators that differ, three digits, the month with no year, "tháng 122024".
    [Theory]
    [InlineData("ngay 12/3/20215 ")]
    [InlineData("12/3/2021/abc")]
    [InlineData("12/3-2021 ")]
    [InlineData("123/3/2021 ")]
    [InlineData("12/3 va")]
    [InlineData("12 thang 122024 ")]
    [InlineData("12 thang 3 nam 2 2025 ")]
    [InlineData("ngay 7-4-2014, ")]
    public void At_its_edges_the_reader_reads_what_the_pattern_reads_or_leaves_it(string f)
    {
        var differ = new List<string>();
        for (var i = 0; i < f.Length; i++) Agrees(f, i, differ);
        Assert.Empty(differ);
    }
}
