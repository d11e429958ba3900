using System.Text;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Tests.Pipeline;

/// <summary>The ingestion entry point over the embedded store and index, with an extractor that counts its calls.</summary>
public sealed class PlanIngestionTests : IDisposable
{
    private readonly TempWorkspace _dir = new();
    private readonly SqlitePlanIndex _index;
    private readonly FileSystemBlobStore _blobs;
    private readonly CountingExtractor _extractor = new();
    private readonly PlanIngestion _ingestion;

    public PlanIngestionTests()
    {
        var parser = new PlanParser();
        _index = new SqlitePlanIndex(Path.Combine(_dir.Path, "index.db"), parser);
        _blobs = new FileSystemBlobStore(Path.Combine(_dir.Path, "blobs"));
        _ingestion = new PlanIngestion(_blobs, _extractor, new PlanPreparer(parser), _index, _index);
    }

    public void Dispose()
    {
        _index.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(TestPaths.Plans, name));

    [Fact]
    public async Task The_same_blob_delivered_again_is_not_extracted_again_but_new_content_is()
    {
        var first = await _ingestion.UploadAsync("plan.txt", Sample("khanh-hoa-ban-dan-toc-2021.txt"));
        var again = await _ingestion.IngestAsync("plan.txt");
        Assert.Equal((IngestStatus.Added, 1), (first.Status, _extractor.Calls));
        Assert.Equal((IngestStatus.Unchanged, 1), (again.Status, _extractor.Calls));
        Assert.Equal(first.Number, again.Number);
        Assert.Equal(first.Citations, again.Citations);

        var replaced = await _ingestion.UploadAsync("plan.txt", Sample("dong-nai-ban-dan-toc-15-KH-BDT-2021.txt"));
        Assert.Equal((IngestStatus.Replaced, 2), (replaced.Status, _extractor.Calls));
        Assert.Equal("15/KH-BDT", replaced.Number);
    }

    private sealed class CountingExtractor : ITextExtractor
    {
        public int Calls;

        public Task<ExtractedDocument> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            var page = new ExtractedPage(1, Encoding.UTF8.GetString(content.Span), "text");
            return Task.FromResult(new ExtractedDocument(FileKind.Text, [page], []));
        }
    }
}
