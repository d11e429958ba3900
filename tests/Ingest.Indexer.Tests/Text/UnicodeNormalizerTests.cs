using System.Globalization;
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

    // The one-pass check that lets plain text skip ICU must answer true only for text NFC leaves alone. Its set is
    // held against ICU over every character and every pair of them: each is a starter (no combining mark) that NFC
    // keeps alone and beside any other of the set, which makes any text of them NFC (a starter composes only with
    // the character right after it).
    [Fact]
    public void Every_character_and_pair_the_plain_check_accepts_is_left_alone_by_nfc()
    {
        var set = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => UnicodeNormalizer.IsPlainNfc([c])).ToList();
        Assert.Equal(0x300 + 0x100 + 0x4F, set.Count);
        var marks = new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark };
        Assert.DoesNotContain(set, c => marks.Contains(CharUnicodeInfo.GetUnicodeCategory(c)));
        Assert.All(set, c => Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}"));
        var pair = new char[2];
        var refused = new List<string>();
        foreach (var first in set)
            foreach (var second in set)
            {
                pair[0] = first;
                pair[1] = second;
                if (!new string(pair).IsNormalized(NormalizationForm.FormC)) refused.Add($"U+{(int)first:X4} U+{(int)second:X4}");
            }
        Assert.Empty(refused);
    }

    [Theory]
    [InlineData("Kế hoạch số 143/KH-UBND ngày 15/3/2023 “về việc” – thi đua…", true)]
    [InlineData("Kế hoạch", true)]
    [InlineData("ke\u0302\u0301 hoa\u0323ch", false)] // decomposed marks: ICU composes them
    [InlineData("Ω \u2126", false)] // the ohm sign, which NFC replaces, is outside the set
    [InlineData("a\uFFFEb", false)]
    [InlineData("Chỉ thị 34 😀", false)] // outside the set, yet NFC: the check only says "not known"
    public void Plain_text_is_known_nfc_in_one_pass_and_comes_out_the_same(string text, bool plain)
    {
        Assert.Equal(plain, UnicodeNormalizer.IsPlainNfc(text));
        var expected = UnicodeNormalizer.ReplaceInvalid(text).Normalize(NormalizationForm.FormC);
        Assert.Equal(expected, UnicodeNormalizer.ToNfc(text));
        Assert.Equal(expected, TextDecoder.Repair(text).Text);
        if (plain) Assert.Same(text, UnicodeNormalizer.ToNfc(text));
    }

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
