using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>The casing table gives what the runtime's invariant casing gives, char by char and string by string.</summary>
public sealed class InvariantCasingTests
{
    [Fact]
    public void Every_char_below_the_letter_like_symbols_cases_as_the_runtime_cases_it_alone_and_in_a_string()
    {
        var wrong = new List<string>();
        for (var i = 0; i < 0x2200; i++)
        {
            var c = (char)i;
            var s = "ab" + c + "Đ";
            if (InvariantCasing.ToUpper(c) != char.ToUpperInvariant(c) || InvariantCasing.ToLower(c) != char.ToLowerInvariant(c)
                || InvariantCasing.ToUpper(s) != s.ToUpperInvariant() || InvariantCasing.ToLower(s) != s.ToLowerInvariant()
                || InvariantCasing.IsUpper(s) != (s.ToUpperInvariant() == s) || InvariantCasing.IsUpper(c.ToString()) != (c.ToString().ToUpperInvariant() == c.ToString())
                || InvariantCasing.IsUpper(s.AsSpan()) != (s.ToUpperInvariant() == s))
                wrong.Add($"U+{i:X4}");
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN")]
    [InlineData("Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("BLĐTBXH")]
    [InlineData("𐐨 Deseret 𐐀")] // outside the table: the runtime cases it
    [InlineData("")]
    public void Strings_case_as_the_runtime_cases_them(string text)
    {
        Assert.Equal(text.ToUpperInvariant(), InvariantCasing.ToUpper(text));
        Assert.Equal(text.ToLowerInvariant(), InvariantCasing.ToLower(text));
        Assert.Equal(text.ToUpperInvariant() == text, InvariantCasing.IsUpper(text));
        Assert.Equal(text.ToUpperInvariant() == text, InvariantCasing.IsUpper(text.AsSpan()));
    }
}
