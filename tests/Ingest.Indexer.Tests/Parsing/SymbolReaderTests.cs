using System.Text;
using Ingest.Indexer.Parsing.Citations;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// PlainSymbolReader answers for the symbol pattern only where it reads what the pattern reads: at every number of every
/// corpus document, passage and sample, and at the same numbers with one character near the symbol changed to each of
/// the characters the pattern turns on, its answer is the pattern's match, group by group, or none.
/// </summary>
public sealed class SymbolReaderTests
{
    // Every group of a match, in one line, so two matches compare whole.
    private static string Describe(SymbolMatch? m)
    {
        if (m is null) return "none";
        var sb = new StringBuilder($"{m.Index}+{m.Length} num {P(m.Num)} year {P(m.Year)} ptype {P(m.Ptype)} hyear {P(m.Hyear)}");
        sb.Append($" psp {m.Psp} pglue {m.Pglue} pslsp {m.Pslsp} ssp {m.Ssp} sfix {m.Sfix}");
        foreach (var (name, parts) in new[] { ("code", m.Code), ("sep", m.Sep), ("pcode", m.Pcode), ("psep", m.Psep), ("ocode", m.Ocode), ("hcode", m.Hcode) })
            sb.Append($" {name} [{string.Join(",", parts.Select(P))}]");
        return sb.ToString();
        static string P(SymbolPart p) => p.Success ? $"{p.Index}:{p.Value}" : "-";
    }

    // The reader's answer where it gives one, against the pattern's; whether it gave one.
    private static bool Agrees(string f, int i, List<string> differ)
    {
        if (PlainSymbolReader.Read(f, i) is not { } read) return false;
        var (mine, pattern) = (Describe(read), Describe(SymbolMatch.Of(SymbolParser.SymbolAt().Match(f, i), f)));
        if (mine != pattern && differ.Count < 20) differ.Add($"{f.Substring(i, Math.Min(40, f.Length - i))}\n  reader  {mine}\n  pattern {pattern}");
        return mine == pattern;
    }

    [Fact]
    public void The_reader_reads_what_the_pattern_reads_at_every_number_of_the_corpus()
    {
        var differ = new List<string>();
        var (read, numbers) = (0, 0);
        foreach (var f in CorpusFoldedTexts.All)
        {
            for (var i = 0; i < f.Length; i++)
            {
                if (!char.IsDigit(f[i])) continue;
                numbers++;
                if (Agrees(f, i, differ) || PlainSymbolReader.Read(f, i) is not null) read++;
            }
        }
        Assert.Empty(differ);
        Assert.True(read > 5000, $"only {read} of {numbers} numbers read: the corpus was not read");
    }

    // The characters the pattern's branches turn on, put in turn at each place from the serial to a few characters past
    // the match: spaces, separators, '&', a ']', a letter, a digit, a letter no class holds.
    private const string Turns = " -/._:&]a1œ";

    [Fact]
    public void The_reader_reads_what_the_pattern_reads_with_one_character_changed_near_a_symbol()
    {
        var differ = new List<string>();
        var read = 0;
        var seen = new HashSet<string>();
        foreach (var f in CorpusFoldedTexts.All)
        {
            for (var i = 0; i < f.Length; i++)
            {
                if (!char.IsDigit(f[i]) || (i > 0 && char.IsDigit(f[i - 1])) || SymbolParser.SymbolAt().Match(f, i) is not { Success: true } m) continue;
                var start = Math.Max(0, i - 1);
                var window = f.Substring(start, Math.Min(f.Length - start, m.Index + m.Length - start + 24));
                if (!seen.Add(window)) continue;
                for (var k = i - start; k < window.Length; k++)
                    foreach (var c in Turns)
                    {
                        var changed = window[..k] + c + window[(k + 1)..];
                        if (Agrees(changed, i - start, differ)) read++;
                    }
            }
        }
        Assert.Empty(differ);
        Assert.True(read > 10000, $"only {read} changed symbols read");
    }

    // Shapes at the reader's edges, each with what the pattern reads there: a year typed twice, "TT- -BQP", a regional
    // office's number after a dot, a Party code with a unit after a dot, an underscore, a code of seventeen letters, a
    // lost hyphen ("20NQ/TW"), a space before the slash, a '&' with a space after it, seven digits.
    [Theory]
    [InlineData("so 12/2017/2017/qd-ubnd ngay")]
    [InlineData("thong tu 86/2016/tt- -bqp va")]
    [InlineData("cong van 4814/cctkv.05-ttkt3 ngay")]
    [InlineData("huong dan 36-hd/vptw.vp ngay")]
    [InlineData("quyet dinh 62/qd_hdbt ngay")]
    [InlineData("so 15/kh-abcdefghijklmnopq ngay")]
    [InlineData("nghi quyet 20nq/tw ngay")]
    [InlineData("so 15 /kh-ubnd ngay")]
    [InlineData("so 15/qln& ttbds ngay")]
    [InlineData("so 1234567/qd-ubnd ngay")]
    [InlineData("so 34-ct/tw - ngay")]
    [InlineData("so 12/kh-ubnd. -vx ngay")]
    // The Party branch's space for the hyphen and for the slash ("105 KH/TĐ", "57-NQ TW"), running text of that shape
    // ("6 tháng đầu năm", "2024 căn cứ luật", which the interpreter refuses), a committee's code a digit or hyphen
    // follows, a type code of seven letters; a numbered part of a series ("66.7/2025/NQ-CP") and one without its year.
    [InlineData("huong dan 105 kh/td ngay")]
    [InlineData("nghi quyet 57-nq tw ngay")]
    [InlineData("trong 6 thang dau nam 2025")]
    [InlineData("nam 2024 can cu luat")]
    [InlineData("3 tran dau. tiep")]
    [InlineData("nghi quyet 57-nq tw1 ngay")]
    [InlineData("nghi quyet 57-nq tu-x ngay")]
    [InlineData("so 6 thangxx dau nam")]
    [InlineData("nghi quyet so 66.7/2025/nq-cp ngay")]
    [InlineData("nghi quyet so 66.7/nq-cp ngay")]
    public void At_its_edges_the_reader_reads_what_the_pattern_reads_or_leaves_it_to_the_pattern(string f)
    {
        var differ = new List<string>();
        for (var i = 0; i < f.Length; i++) Agrees(f, i, differ);
        Assert.Empty(differ);
    }
}
