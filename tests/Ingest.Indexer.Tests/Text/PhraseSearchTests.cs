using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// The shared phrase search walks a text's words once for several tables (issue 12, parser speed): each table must
/// get exactly what its own walk gives, glued numbering ("3Quyết định") and a reading window included.
/// </summary>
public sealed class PhraseSearchTests
{
    // hz-ubnd-tp-hcm-kh-2014-2022-related.txt (corpus): a numbered list glued to its type words, then the body's text.
    private const string Excerpt =
        "- 3Quyết định 37/2010/QĐ-TTg ban hành Quy định tiêu chuẩn xã, phường phù hợp với trẻ em do Thủ tướng Chính phủ ban hành\n" +
        "Năm 2014, Thành phố tiếp tục tập trung chỉ đạo triển khai thực hiện các nội dung cơ bản của Chỉ thị số 20-CT/TW " +
        "ngày 05 tháng 11 năm 2012 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng, Thành phố Hồ Chí Minh";

    private static PhraseMatcher TypeWords() => new(["quyet dinh", "quy dinh", "chi thi", "ct"], afterDigit: true);
    private static PhraseMatcher Triggers() => new(["ban hanh", "thuc hien", "trien khai thuc hien", "cua"]);
    private static PhraseMatcher Places() => new(["thanh pho ho chi minh", "ho chi minh"]);
    private static PhraseMatcher Bodies() => new(["thu tuong chinh phu", "chinh phu", "bo chinh tri", "thanh pho"]);

    [Fact]
    public void Each_table_gets_what_its_own_walk_gives()
    {
        var view = TextViewBuilder.Build(Excerpt);
        PhraseMatcher[] shared = [TypeWords(), Triggers(), Places(), Bodies()];
        PhraseMatcher[] alone = [TypeWords(), Triggers(), Places(), Bodies()];
        _ = new PhraseSearch(shared.Select(m => (m, int.MaxValue)).ToArray());
        for (var k = 0; k < shared.Length; k++)
        {
            var expected = alone[k].Matches(view.Folded).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, shared[k].Matches(view).ToArray());
        }
        // "3Quyết định": found after the digit, as the type words' own walk finds it.
        Assert.Equal("quyet dinh", shared[0].Matches(view).First().Phrase);
        // "Thành phố Hồ Chí Minh": the longest name, while the bodies' table reads "thanh pho" at the same place.
        Assert.Equal("thanh pho ho chi minh", shared[2].Matches(view).Single().Phrase);
    }

    [Fact]
    public void A_table_read_within_a_window_gets_no_match_starting_past_it()
    {
        var view = TextViewBuilder.Build(Excerpt);
        var bodies = Bodies();
        var window = view.Folded.IndexOf("bo chinh tri", StringComparison.Ordinal);
        _ = new PhraseSearch((TypeWords(), int.MaxValue), (bodies, window));
        Assert.Equal(Bodies().Matches(view.Folded).TakeWhile(m => m.Start < window).ToArray(), bodies.Matches(view).ToArray());
    }

    [Fact]
    public void A_table_not_in_a_search_walks_the_view_itself()
    {
        var view = TextViewBuilder.Build(Excerpt);
        Assert.Equal(Triggers().Matches(view.Folded).ToArray(), Triggers().Matches(view).ToArray());
    }

    [Fact]
    public void A_table_serves_one_search_only()
    {
        var types = TypeWords();
        _ = new PhraseSearch((types, int.MaxValue));
        Assert.Throws<InvalidOperationException>(() => new PhraseSearch((types, int.MaxValue)));
    }
}
