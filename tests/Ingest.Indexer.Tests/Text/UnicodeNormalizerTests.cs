using System.Text;
using Ingest.Indexer.Graph;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>NFC that never throws: noncharacters and lone surrogates from uploads and query strings become U+FFFD, one unit for one.</summary>
public sealed class UnicodeNormalizerTests
{
    [Theory]
    [InlineData("a\uFFFEb", "a\uFFFDb")]
    [InlineData("a\uFFFFb", "a\uFFFDb")]
    [InlineData("a\uFDD0b", "a\uFFFDb")]
    [InlineData("\uD83F\uDFFE", "\uFFFD\uFFFD")] // U+1FFFE
    [InlineData("ke\u0302\u0301 \uFFFE", "kế \uFFFD")]
    [InlineData("Chỉ thị 34 😀", "Chỉ thị 34 😀")]
    public void Invalid_code_points_become_replacement_characters(string text, string expected) =>
        Assert.Equal(expected, UnicodeNormalizer.ToNfc(text));

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        // Not theory rows: xUnit writes a lone surrogate in its data as three U+FFFD.
        Assert.Equal("a\uFFFDb", UnicodeNormalizer.ToNfc("a\uD800b"));
        Assert.Equal("a\uFFFD", UnicodeNormalizer.ToNfc("a\uDC00"));
    }

    [Fact]
    public void Valid_text_is_returned_as_it_is()
    {
        const string text = "Kế hoạch số 15/KH-UBND";
        Assert.Same(text, UnicodeNormalizer.ReplaceInvalid(text));
        Assert.Same(text, UnicodeNormalizer.ToNfc(text));
    }

    [Fact]
    public void Uploaded_text_holding_a_noncharacter_decodes()
    {
        // An upload with the bytes EF BF BE answered 500.
        var (text, _) = TextDecoder.Decode(Encoding.UTF8.GetBytes("KẾ HOẠCH\nThực hiện Chỉ thị 34-CT/TW \uFFFE ok\n"));
        Assert.Contains("Chỉ thị 34-CT/TW \uFFFD ok", text);
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("34-CT/TW\uFFFF")]
    public void Queries_holding_a_noncharacter_are_read_not_thrown_on(string query)
    {
        // ?q=%EF%BF%BE answered 500 on search, cites, suggest, trace, deadlines, calendar and every report.
        _ = new DocumentRefParser(new PlanParser()).Parse(query);
        _ = SearchText.HasMarks(query);
        _ = SearchText.Words(query);
        _ = TextFolding.FoldLoose(query);
    }
}
