using System.Text;
using Ingest.Indexer.Text;

namespace Ingest.Indexer.Tests.Text;

/// <summary>
/// Loose folding composes, folds and collapses spaces; it skips ICU's normalization for text that NFC cannot change,
/// and the range it trusts for that is checked here against ICU itself.
/// </summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("  Ủy ban  nhân\tdân\n", "uy ban nhan dan")]
    [InlineData("U\u031Bu\u0301 ban", "uu ban")] // decomposed: composed first, so the marks fold away with their letter
    [InlineData("Đồng\u00A0Nai ", "dong nai")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Loose_folding_composes_folds_and_collapses_spaces(string text, string expected) =>
        Assert.Equal(expected, TextFolding.FoldLoose(text));

    [Fact]
    public void Nfc_changes_no_pair_of_characters_in_the_range_taken_as_composed()
    {
        var composed = Enumerable.Range(0, 0x1F00).Where(c => c < 0x300 || c >= 0x1E00).Select(c => (char)c).ToArray();
        var changed = new List<string>();
        foreach (var a in composed)
            foreach (var b in composed)
            {
                var pair = string.Concat(a, b);
                if (pair.Normalize(NormalizationForm.FormC) != pair) changed.Add($"U+{(int)a:X4} U+{(int)b:X4}");
            }
        Assert.Empty(changed);
    }
}
