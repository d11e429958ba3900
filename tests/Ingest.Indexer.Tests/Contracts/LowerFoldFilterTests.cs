using Ingest.Indexer.Adapters.Embedded;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// The one-pass filter makes exactly what Lucene's LowerCaseFilter and ASCIIFoldingFilter make, held against those
/// filters themselves: every character of the Basic Multilingual Plane, surrogate pairs, and the samples' words.
/// </summary>
public sealed class LowerFoldFilterTests
{
    private static Analyzer Reference(bool fold, bool words) => Analyzer.NewAnonymous((_, reader) =>
    {
        Tokenizer tokenizer = words ? new StandardTokenizer(LuceneFields.Version, reader) : new KeywordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneFields.Version, tokenizer);
        if (fold) stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    private static Analyzer OnePass(bool fold, bool words) => Analyzer.NewAnonymous((_, reader) =>
    {
        Tokenizer tokenizer = words ? new StandardTokenizer(LuceneFields.Version, reader) : new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerFoldFilter(tokenizer, fold));
    });

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_character_of_the_basic_plane_comes_out_as_the_two_filters_make_it(bool fold)
    {
        var (reference, onePass) = (Reference(fold, words: false), OnePass(fold, words: false));
        var chars = Enumerable.Range(1, char.MaxValue).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToArray();
        // One token per 32 characters: each character is checked, and tokens that mix one-to-one and one-to-many
        // characters take both of the filter's paths.
        foreach (var chunk in chars.Chunk(32))
        {
            var text = new string(chunk);
            Assert.Equal(Tokens(reference, text), Tokens(onePass, text));
        }
    }

    [Theory]
    [InlineData("Đ𐐀Ồng")]           // a Deseret capital, lower-cased outside the plane
    [InlineData("Æ😀Ể")]             // an emoji between a one-to-many and a marked letter
    [InlineData("𝐀BC ⑽ ĐỒNG NAI")]  // a mathematical capital, a parenthesised number
    public void A_token_with_a_surrogate_pair_comes_out_as_the_two_filters_make_it(string text)
    {
        foreach (var fold in new[] { true, false })
            Assert.Equal(Tokens(Reference(fold, words: false), text), Tokens(OnePass(fold, words: false), text));
    }

    [Fact]
    public void The_samples_words_come_out_as_the_two_filters_make_them()
    {
        var texts = Directory.GetFiles(TestPaths.Plans).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(texts);
        foreach (var fold in new[] { true, false })
            foreach (var text in texts)
            {
                var expected = Tokens(Reference(fold, words: true), text);
                Assert.True(expected.Count > 100);
                Assert.Equal(expected, Tokens(OnePass(fold, words: true), text));
            }
    }
}
