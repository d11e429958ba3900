using Ingest.Indexer.Adapters.Embedded;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The folded field and its exact twin, fed from one reading of a text's words, hand the index exactly what the
/// writer's analyzers make of the text: every term, offset and position increment, and the stream's end state,
/// held against <see cref="LuceneFields.Folded"/> and <see cref="LuceneFields.ExactAnalyzer"/> themselves on real
/// documents and on what the tokenizer skips or splits.
/// </summary>
public sealed class LuceneTwinFieldsTests
{
    private static List<string> Trace(TokenStream stream)
    {
        var trace = new List<string>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) trace.Add($"{term} {offset.StartOffset}-{offset.EndOffset} +{increment.PositionIncrement}");
        stream.End();
        trace.Add($"end {offset.StartOffset}-{offset.EndOffset} +{increment.PositionIncrement}");
        stream.Dispose();
        return trace;
    }

    private static List<string> Analyzed(Analyzer analyzer, string text) => Trace(analyzer.GetTokenStream("f", text));

    // Through the fields as the writer reads them: Field.GetTokenStream, twice for the same text, as a document
    // built again (a retry) would.
    private static void AssertSameAsAnalyzers(LuceneTwinFields fields, string text)
    {
        var (folded, exact) = (LuceneFields.Folded(), LuceneFields.ExactAnalyzer());
        fields.With(text);
        Assert.Equal(Analyzed(folded, text), Trace(fields.Folded.GetTokenStream(folded)));
        Assert.Equal(Analyzed(exact, text), Trace(fields.Exact.GetTokenStream(exact)));
        Assert.Equal(Analyzed(folded, text), Trace(fields.Folded.GetTokenStream(folded)));
    }

    private static LuceneTwinFields NewFields() => new(new TextField("body", "", Field.Store.NO), new TextField("text_x", "", Field.Store.NO));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Số: 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ")]
    [InlineData("ĐỒNG NAI, Đắk Lắk; Hòa Bình – Thừa Thiên Huế")]
    [InlineData("email ubnd@hanoi.gov.vn, https://vbpl.vn/?id=1.234,5 và 1.234.567 đồng")]
    [InlineData("Æ😀Ể 𝐀BC ⑽ Đ𐐀Ồng")]
    [InlineData("Thu\u0309 tu\u031Bo\u031B\u0301ng (dấu tổ hợp)")]
    public void Short_texts_come_out_as_the_analyzers_make_them(string text) => AssertSameAsAnalyzers(NewFields(), text);

    [Fact]
    public void Words_past_the_tokenizers_length_are_skipped_as_it_skips_them_inside_and_at_the_end()
    {
        var longWord = new string('x', 300);
        AssertSameAsAnalyzers(NewFields(), $"trước {longWord} sau {longWord}");
        AssertSameAsAnalyzers(NewFields(), $"{longWord} {longWord}");
    }

    [Fact]
    public void A_text_longer_than_the_kept_arrays_and_the_next_short_one_both_come_out_whole()
    {
        var fields = NewFields();
        var words = string.Join(' ', Enumerable.Range(0, 70_000).Select(i => $"từ{i}"));
        AssertSameAsAnalyzers(fields, words);
        AssertSameAsAnalyzers(fields, "kế hoạch số 12/KH-UBND");
    }

    [Fact]
    public void Real_documents_come_out_as_the_analyzers_make_them()
    {
        var documents = Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "documents");
        var texts = Directory.GetFiles(TestPaths.Plans).Concat(Directory.GetFiles(documents, "*.txt").Order(StringComparer.Ordinal).Where((_, i) => i % 10 == 0))
            .Select(File.ReadAllText).ToList();
        Assert.True(texts.Count > 100, $"{texts.Count} texts");
        var fields = NewFields();
        foreach (var text in texts) AssertSameAsAnalyzers(fields, text);
    }
}
