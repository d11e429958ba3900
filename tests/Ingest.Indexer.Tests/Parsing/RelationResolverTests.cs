using Ingest.Indexer.Parsing.Citations;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>
/// Where a citation's sentence starts, which bounds the trigger phrase that sets its relation. The starts are
/// found by jumping between sentence marks and line starts (issue 10, parser speed): each kind of start is still
/// found, once, in order, and nothing else.
/// </summary>
public sealed class RelationResolverTests
{
    [Fact]
    public void Sentence_starts_follow_a_mark_and_a_space_before_a_capital_or_open_a_list_item()
    {
        var view = TextViewBuilder.Build("Căn cứ Luật A. Thực hiện B! Ngày 5. tháng\n- Mục C; hết? Đúng\n1. Mục D\na) Mục E\nthường. x");
        var n = view.Normalized;
        int[] expected = [n.IndexOf("Thực"), n.IndexOf("Ngày"), n.IndexOf("- Mục C"), n.IndexOf("Đúng"), n.IndexOf("1. Mục"), n.IndexOf("Mục D"), n.IndexOf("a) Mục")];
        Assert.Equal(expected, RelationResolver.SentenceStarts(view));
    }

    [Fact]
    public void A_list_item_after_a_sentence_mark_is_one_start()
    {
        // "Một câu." then a new line "II. Mục": that line start is also the capital after the mark and the space.
        var view = TextViewBuilder.Build("Một câu.\nII. Mục");
        Assert.Equal([view.Normalized.IndexOf("II."), view.Normalized.IndexOf("Mục")], RelationResolver.SentenceStarts(view));
    }
}
