using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Serialization;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Parsing;

/// <summary>Garbage in, a record and diagnostics out: never an exception, spans always inside the input.</summary>
public sealed class RobustnessTests
{
    private static readonly PlanParser Parser = new();

    [Fact]
    public void Empty_text_gives_an_empty_record_and_a_diagnostic()
    {
        var record = Parser.Parse("");
        Assert.Empty(record.Citations);
        Assert.Null(record.Number);
        Assert.Contains(record.Diagnostics, d => d.Code == "empty-input");
    }

    [Fact]
    public void Binary_input_is_parsed_without_exception_and_flagged()
    {
        var rng = new Random(7);
        var bytes = new byte[200_000];
        rng.NextBytes(bytes);
        var record = Parser.Parse(Encoding.Latin1.GetString(bytes));
        Assert.Contains(record.Diagnostics, d => d.Code == "binary-input");
    }

    [Fact]
    public void Twenty_megabytes_of_text_parse_without_exception()
    {
        var (chunk, planted) = Ingest.Indexer.Corpus.GeneratedText.Build(5, 100_000);
        var text = string.Concat(Enumerable.Repeat(chunk, 200));
        var record = Parser.Parse(text);
        Assert.Equal(planted.Count * 200, record.Citations.Count);
    }

    [Fact]
    public void A_one_megabyte_line_without_spaces_or_with_only_digits_parses()
    {
        Assert.Empty(Parser.Parse(new string('a', 1_000_000)).Citations);
        Assert.Empty(Parser.Parse(string.Concat(Enumerable.Repeat("1/", 500_000))).Citations);
        Assert.Empty(Parser.Parse(string.Concat(Enumerable.Repeat("Chỉ thị số ", 100_000))).Citations);
    }

    [Fact]
    public void Text_beyond_the_limit_is_cut_with_a_diagnostic()
    {
        var record = Parser.Parse(new string('x', 2000), new ParseOptions { MaxInputChars = 1000 });
        Assert.Contains(record.Diagnostics, d => d.Code == "input-truncated");
    }

    [Fact]
    public void Non_vietnamese_text_yields_no_citation()
    {
        var record = Parser.Parse("The quick brown fox jumps over the lazy dog. Article 5/2 of Regulation EU-2016/679 applies. 日本語のテキスト。");
        Assert.Empty(record.Citations);
    }

    private const string PlanAlphabet = "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị Luật Kế hoạch Nơi nhận:\n- Lưu: VT TRƯỞNG BAN ĐÐ\u0301*#“”/-.,;:0123456789 ";

    // Strings from the characters plans are made of, so that near-citations turn up often.
    [Property]
    public Property Any_string_parses_and_every_span_slices_back() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(PlanAlphabet.ToCharArray())).Select(cs => new string(cs.ToArray())).ToArbitrary(), text =>
        {
            var record = Parser.Parse(text);
            return record.Citations.All(c => text[c.Start..c.End] == c.Text) && record.Deadlines.All(d => text[d.Start..d.End] == d.Text);
        });

    [Property]
    public bool Arbitrary_unicode_never_throws(string? text) => Parser.Parse(text ?? "") is not null;

    // Normalizing keeps lines (the view's LineStarts; the split-syllable joiner reads line by line), so the normalized
    // text is normalized again with its lines: the same text and the same lines come back.
    [Property]
    public bool Normalizing_twice_equals_normalizing_once(string? text)
    {
        var once = TextViewBuilder.Build(text ?? "");
        var twice = TextViewBuilder.Build(once.WithLineBreaks());
        return twice.Normalized == once.Normalized && twice.LineStarts.SequenceEqual(once.LineStarts);
    }

    [Theory]
    [InlineData("a\\\u0001nb")]   // a dropped control character between "\\" and "n"
    [InlineData("\\*n")]          // Markdown emphasis dropped between them
    [InlineData("\\\u00ADr x")]   // a soft hyphen
    [InlineData("x\n\\\u0002n")]  // the escape at a line start
    [InlineData("\\\\n")]         // an escaped backslash before n
    [InlineData("a \\nb")]          // a space before the escape
    [InlineData("\\\u0003n")]      // the escape at the start
    public void Literal_line_breaks_read_the_same_when_normalized_again(string text) =>
        Assert.True(Normalizing_twice_equals_normalizing_once(text));

    [Fact]
    public void Normalizing_is_idempotent_over_the_characters_normalization_treats_specially()
    {
        // A seeded sweep over the characters with rules of their own (escapes, dropped marks, spaces, marks to
        // compose), where random Unicode rarely lands.
        const string alphabet = "\\nr \n\t*#\u00AD\u0001a\u0301Ð–";
        var random = new Random(20261202);
        for (var run = 0; run < 20_000; run++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(Normalizing_twice_equals_normalizing_once(text), $"not idempotent on {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }

    [Theory]
    [InlineData("NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đổi mới hoạt động của Hội")] // a title typed in capitals: no name before "CỦA"
    [InlineData("Thực hiện Chỉ thị Của Ban Bí thư về công tác dân vận")]
    [InlineData("KẾ HOẠCH CỦA UBND TỈNH")]
    public void A_type_word_followed_at_once_by_of_an_issuer_parses_without_exception(string text)
    {
        var record = Parser.Parse(text);
        Assert.All(record.Citations, c => Assert.InRange(c.End, c.Start, text.Length));
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_culture()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Plans, "khanh-hoa-ban-dan-toc-2021.txt"));
        var invariant = RecordJson.Serialize(Parser.Parse(text));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(invariant, RecordJson.Serialize(Parser.Parse(text)));
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.Equal(invariant, RecordJson.Serialize(Parser.Parse(text)));
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }
}

public sealed class CitationLimitTests
{
    [Fact]
    public void Reaching_the_citation_limit_is_reported()
    {
        var (text, planted) = Ingest.Indexer.Corpus.GeneratedText.Build(9, 20_000);
        var record = new PlanParser().Parse(text, new ParseOptions { MaxCitations = 10 });
        Assert.True(planted.Count > 10);
        Assert.Equal(10, record.Citations.Count);
        Assert.Contains(record.Diagnostics, d => d.Code == "citations-capped");
    }
}
