using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// Snippets are cut from the first characters of a plan's text when the fragment lies well inside them, and from
/// the whole window otherwise: wherever the first match sits (near the top, around the end of the first read,
/// split by it, further down, beyond the window) the fragment is the one around it.
/// </summary>
public sealed class LuceneSnippetTests
{
    private static readonly LuceneSnippet Cutter = new(LuceneFields.Folded());

    public static TheoryData<int> MatchPositions => new()
    {
        10,
        LuceneSnippet.FirstRead - 400, // analysis would stop too near the end of the first read: read again
        LuceneSnippet.FirstRead - 8, // the word is whole in the first read
        LuceneSnippet.FirstRead - 2, // the first read ends inside the word
        5_000,
        LuceneFields.SnippetWindow - 100,
    };

    [Theory]
    [MemberData(nameof(MatchPositions))]
    public void The_fragment_is_cut_around_the_first_match_wherever_it_is(int position)
    {
        var text = Filler(position) + "mục tiêu " + Filler(3_000);
        var parts = Snippets.Parts(Cutter.Cut(Window(text), ["muc"]));

        Assert.Equal("mục", Assert.Single(parts, p => p.Match).Text);
        var plain = string.Concat(parts.Select(p => p.Text)).Trim('…');
        var at = text.IndexOf(plain, StringComparison.Ordinal);
        Assert.InRange(at, position - 60, position);
    }

    [Fact]
    public void A_match_beyond_the_window_gives_the_start_of_the_text_unflagged()
    {
        var text = Filler(LuceneFields.SnippetWindow + 10) + "mục tiêu";
        var parts = Snippets.Parts(Cutter.Cut(Window(text), ["muc"]));

        Assert.DoesNotContain(parts, p => p.Match);
        Assert.StartsWith(string.Concat(parts.Select(p => p.Text)).TrimEnd('…'), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_words_the_fragment_is_the_start_of_the_text()
    {
        var text = "Kế hoạch thực hiện " + Filler(5_000);
        var snippet = Cutter.Cut(Window(text), []);

        Assert.StartsWith("Kế hoạch thực hiện", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_text_is_cut_whole_and_a_missing_one_is_empty()
    {
        Assert.Equal("Về \u0002mục\u0003 tiêu chung", Cutter.Cut(Window("Về mục tiêu chung"), ["muc"]));
        Assert.Equal("", Cutter.Cut(PlanTextWindow.Empty, ["muc"]));
    }

    private static PlanTextWindow Window(string text) => new(PlanSourceText.Compress(text));

    // Words that match nothing, single spaces (a snippet's parts collapse runs), exactly `length` characters long
    // and ending in a space.
    private static string Filler(int length)
    {
        var odd = length % 2 == 1 ? "chào " : "";
        return odd + string.Concat(Enumerable.Repeat("x ", (length - odd.Length) / 2));
    }
}
