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
}
