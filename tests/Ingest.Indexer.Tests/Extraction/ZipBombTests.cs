using Ingest.Tests.Shared;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;

namespace Ingest.Indexer.Tests.Extraction;

/// <summary>A .docx that inflates past ExtractionLimits.MaxDecompressedBytes is refused before it is inflated.</summary>
public sealed class ZipBombTests
{
    [Fact]
    public async Task A_docx_zip_bomb_fails_as_too_large_naming_the_limit()
    {
        var bomb = WordZipBomb.Build(8 << 20);
        Assert.True(bomb.Length < 100_000, $"{bomb.Length} bytes zipped");
        var extractor = new LocalTextExtractor(new ExtractionLimits { MaxDecompressedBytes = 4 << 20 });
        var error = await Assert.ThrowsAsync<ExtractionException>(() => extractor.ExtractAsync(bomb, "bomb.docx"));
        Assert.Equal("too-large", error.Reason);
        Assert.Contains("MaxDecompressedBytes", error.Message);
    }
}
