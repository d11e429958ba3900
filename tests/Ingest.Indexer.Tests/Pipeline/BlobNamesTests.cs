using System.Text;
using Ingest.Indexer.Pipeline;

namespace Ingest.Indexer.Tests.Pipeline;

/// <summary>Upload names: NFC, never folded together by cleaning, short enough for every store.</summary>
public sealed class BlobNamesTests
{
    private static string Leaf(string name) => BlobNames.ForUpload(name)!.Split('/')[^1];

    [Fact]
    public void Names_are_NFC_normalised()
    {
        var decomposed = "Ke\u0302\u0301 hoa\u0323ch.pdf".Normalize(NormalizationForm.FormD);
        Assert.Equal("Kế hoạch.pdf", Leaf(decomposed));
        Assert.Equal(Leaf("Kế hoạch.pdf"), Leaf(decomposed));
    }

    [Fact]
    public void Names_that_cleaning_would_merge_stay_different()
    {
        var newline = Leaf("a\nb.txt");
        var nul = Leaf("a\0b.txt");
        Assert.NotEqual(newline, nul);
        Assert.NotEqual("ab.txt", newline);
        Assert.EndsWith(".txt", newline);
        Assert.Equal("ab.txt", Leaf("ab.txt"));
        Assert.Equal(newline, Leaf("a\nb.txt"));
    }

    [Fact]
    public void Long_names_are_shortened_uniquely_between_characters()
    {
        var a = Leaf(new string('ế', 200) + "a.pdf");
        var b = Leaf(new string('ế', 200) + "b.pdf");
        Assert.NotEqual(a, b);
        Assert.True(Encoding.UTF8.GetByteCount(a) <= BlobNames.MaxLeafBytes, a);
        Assert.EndsWith(".pdf", a);
        Assert.DoesNotContain('\uFFFD', a);
    }

    [Fact]
    public void Bidirectional_overrides_and_zero_width_characters_are_dropped()
    {
        // "evil\u202Etxt.exe" shows as "evilexe.txt" wherever the name is listed.
        var leaf = Leaf("evil\u202Etxt.exe");
        Assert.DoesNotContain('\u202E', leaf);
        Assert.StartsWith("eviltxt", leaf);
        Assert.Null(BlobNames.ForUpload("\u202E"));
        Assert.Null(BlobNames.ForUpload("\u200B"));
    }

    [Fact]
    public void A_noncharacter_or_a_lone_surrogate_in_a_name_is_replaced_not_thrown_on()
    {
        Assert.EndsWith(".txt", Leaf("a\uFFFE.txt"));
        Assert.EndsWith(".txt", Leaf("a\uD800.txt"));
    }
}
