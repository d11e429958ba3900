using System.Text.RegularExpressions;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// RegexSpans reads a window of the folded text in place where the header's readers matched a copy of it (issue 12,
/// parser speed): the first match is the copy's, lookarounds stop at the window's end, and a search starts where asked.
/// </summary>
public sealed class RegexSpansTests
{
    private static readonly Regex Label = new(@"(?:^|(?<=[\x20|]))so\x20?:", RegexOptions.CultureInvariant);
    private static readonly Regex Serial = new(@"so\x20?:\x20?(?=\d)", RegexOptions.CultureInvariant);

    [Fact]
    public void The_first_match_is_the_one_in_a_copy_of_the_window()
    {
        const string folded = "uy ban nhan dan tinh so: 15/kh-ubnd dong nai, ngay 4 thang 3 nam 2021 so: 16";
        for (var limit = 0; limit <= folded.Length; limit++)
            for (var from = 0; from <= limit; from += 7)
            {
                var copy = Label.Match(folded[..limit], from);
                var found = RegexSpans.FirstIn(Label, folded.AsSpan(0, limit), from);
                Assert.Equal(copy.Success ? (copy.Index, copy.Length) : null, found);
            }
    }

    [Fact]
    public void A_lookahead_stops_at_the_window_end()
    {
        Assert.Null(RegexSpans.FirstIn(Serial, "so: 15".AsSpan(0, 4)));
        Assert.Equal((0, 4), RegexSpans.FirstIn(Serial, "so: 15"));
    }
}
