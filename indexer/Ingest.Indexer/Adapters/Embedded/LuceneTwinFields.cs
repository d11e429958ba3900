using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// A text's folded field and its exact twin, both fed from one reading of its words (<see cref="LuceneTokenList"/>):
/// the writer's analyzers would run the tokenizer over the text once for each field. Each field's stream is its
/// analyzer's own filter (<see cref="LuceneFields.Folded"/>, <see cref="LuceneFields.ExactAnalyzer"/>) over the
/// replayed words, so each gets the terms its analyzer makes (a test compares them over real text). Reused for a
/// thread's every document, as <see cref="LucenePlanFields"/> is.
/// </summary>
internal sealed class LuceneTwinFields
{
    private readonly LuceneTokenList _words = new();
    private readonly TokenStream _foldedStream;
    private readonly TokenStream _exactStream;

    public LuceneTwinFields(Field folded, Field exact)
    {
        (Folded, Exact) = (folded, exact);
        _foldedStream = new LowerFoldFilter(new ReplayedTokens(_words), fold: true);
        _exactStream = new LowerFoldFilter(new ReplayedTokens(_words), fold: false);
    }

    public Field Folded { get; }
    public Field Exact { get; }

    /// <summary>Both fields holding <paramref name="text"/>'s words, until the next call.</summary>
    public LuceneTwinFields With(string text)
    {
        _words.Read(text);
        Folded.SetTokenStream(_foldedStream);
        Exact.SetTokenStream(_exactStream);
        return this;
    }
}
