using System.Text;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Indexing;
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

    [Fact]
    public async Task An_unreadable_upload_never_displaces_the_good_plan_and_is_kept_apart()
    {
        var good = Sample("khanh-hoa-ban-dan-toc-2021.txt");
        var added = await _ingestion.UploadAsync("plan.txt", good);
        var garbage = Encoding.UTF8.GetBytes(CountingExtractor.Unreadable + " not a plan");
        var failed = await _ingestion.UploadAsync("plan.txt", garbage);

        Assert.Equal(IngestStatus.Failed, failed.Status);
        Assert.Equal(good, await _blobs.GetAsync(BlobContainers.Plans, "plan.txt"));
        Assert.Equal(added.Number, (await _index.GetAsync("plan.txt"))!.Record.Number);
        Assert.StartsWith("plans/versions/", failed.Kept);
        Assert.Equal(garbage, await _blobs.GetAsync(BlobContainers.Plans, failed.Kept!["plans/".Length..]));
        var report = Encoding.UTF8.GetString((await _blobs.GetAsync(BlobContainers.Failed, "plan.txt.json"))!);
        Assert.Contains(failed.Kept!, report);
        Assert.Contains("\"unreadable\"", report);
    }

    [Fact]
    public async Task A_parser_fault_fails_that_plan_keeps_its_original_and_the_repair_indexes_it_later()
    {
        const string trap = "%PARSER-FAULT%";
        var parser = new PlanParser();
        var faulty = new PlanIngestion(_blobs, _extractor, new PlanPreparer((text, options) =>
            text.Contains(trap, StringComparison.Ordinal) ? throw new InvalidOperationException("the test's parser fault") : parser.Parse(text, options)),
            _index, _index);
        var troubled = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Sample("khanh-hoa-ban-dan-toc-2021.txt")) + "\n" + trap + "\n");

        var failed = await faulty.UploadAsync("troubled.txt", troubled);
        var next = await faulty.UploadAsync("next.txt", Sample("dong-nai-ban-dan-toc-15-KH-BDT-2021.txt"));

        Assert.Equal((IngestStatus.Failed, "parse-failed"), (failed.Status, failed.Reason));
        Assert.Equal(IngestStatus.Added, next.Status);
        Assert.Null(await _index.GetAsync("troubled.txt"));
        Assert.Equal(troubled, await _blobs.GetAsync(BlobContainers.Plans, "troubled.txt"));
        var report = Encoding.UTF8.GetString((await _blobs.GetAsync(BlobContainers.Failed, "troubled.txt.json"))!);
        Assert.Contains("\"parse-failed\"", report);
        Assert.Contains("the test's parser fault", report);

        // Once the parser is mended, the next start's repair finds the original the index lacks and indexes it.
        var repaired = await _ingestion.RepairAsync();
        Assert.Contains(repaired, r => r.Blob == "troubled.txt" && r.Status == IngestStatus.Added);
        Assert.Equal(next.Number, (await _index.GetAsync("next.txt"))!.Record.Number);
        var indexed = (await _index.GetAsync("troubled.txt"))!.Record;
        Assert.NotEmpty(indexed.Citations);
        Assert.Equal(parser.Parse(Encoding.UTF8.GetString(troubled)).Citations.Count, indexed.Citations.Count);
    }

    [Fact]
    public async Task A_replacement_says_so_and_the_previous_original_stays_retrievable()
    {
        var first = Sample("khanh-hoa-ban-dan-toc-2021.txt");
        var second = Sample("dong-nai-ban-dan-toc-15-KH-BDT-2021.txt");
        await _ingestion.UploadAsync("plan.txt", first);
        var replaced = await _ingestion.UploadAsync("plan.txt", second);

        Assert.Equal(IngestStatus.Replaced, replaced.Status);
        Assert.NotNull(replaced.PreviousVersion);
        Assert.Equal(first, await _blobs.GetAsync(BlobContainers.Plans, replaced.PreviousVersion!["plans/".Length..]));
        Assert.Equal(second, await _blobs.GetAsync(BlobContainers.Plans, "plan.txt"));
        // A kept version announced by a blob trigger is not indexed as a plan of its own.
        var version = await _ingestion.IngestAsync(replaced.PreviousVersion!["plans/".Length..]);
        Assert.Equal(IngestStatus.Unchanged, version.Status);
        Assert.Null(await _index.GetAsync(replaced.PreviousVersion!["plans/".Length..]));
    }

    [Fact]
    public async Task A_missing_record_is_written_again_when_the_same_plan_comes_again()
    {
        var content = Sample("khanh-hoa-ban-dan-toc-2021.txt");
        await _ingestion.UploadAsync("plan.txt", content);
        Assert.True(await _blobs.DeleteAsync(BlobContainers.Records, "plan.txt.json"));
        var again = await _ingestion.UploadAsync("plan.txt", content);
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.NotNull(await _blobs.GetAsync(BlobContainers.Records, "plan.txt.json"));
    }

    [Fact]
    public async Task Fifty_concurrent_uploads_under_one_name_leave_original_index_and_record_agreeing()
    {
        // Serials from 1: "Số: 0/KH-UBND" is an illegible hand-filled number to the parser (no number), and the upload that
        // wins the name is any of the fifty.
        var bodies = Enumerable.Range(1, 50).Select(i => Encoding.UTF8.GetBytes($"Số: {i}/KH-UBND\nKế hoạch số {i}\n")).ToArray();
        var results = await Task.WhenAll(bodies.Select(b => Task.Run(() => _ingestion.UploadAsync("same.txt", b))));

        Assert.All(results, r => Assert.NotEqual(IngestStatus.Failed, r.Status));
        var original = (await _blobs.GetAsync(BlobContainers.Plans, "same.txt"))!;
        var hash = IndexedPlan.HashOf(original);
        Assert.Equal(hash, (await _index.GetAsync("same.txt"))!.ContentHash);
        var record = Encoding.UTF8.GetString((await _blobs.GetAsync(BlobContainers.Records, "same.txt.json"))!);
        Assert.Contains((await _index.GetAsync("same.txt"))!.Record.Number!, record);
        Assert.Contains(bodies, b => b.AsSpan().SequenceEqual(original));
        // Every upload is kept, none lost.
        Assert.All(bodies, b => Assert.Contains(BlobNames.Version("same.txt", IndexedPlan.HashOf(b)), _blobs.ListAsync(BlobContainers.Plans, "versions/").Result));
        Assert.Equal(49, results.Count(r => r.Status == IngestStatus.Replaced));
    }

    [Fact]
    public async Task Two_hundred_concurrent_distinct_uploads_are_all_indexed()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => _ingestion.UploadAsync($"p{i}.txt", Encoding.UTF8.GetBytes($"Số: {i}/KH-UBND\n")))));

        Assert.All(results, r => Assert.Equal(IngestStatus.Added, r.Status));
        for (var i = 0; i < 200; i++)
        {
            Assert.NotNull(await _index.GetAsync($"p{i}.txt"));
            Assert.NotNull(await _blobs.GetAsync(BlobContainers.Records, $"p{i}.txt.json"));
        }
    }

    [Fact]
    public async Task A_replacement_stopped_at_its_record_is_repaired_to_the_new_plan_record_included()
    {
        var store = new InterruptingBlobStore(_blobs);
        var ingestion = new PlanIngestion(store, _extractor, new PlanPreparer(new PlanParser()), _index, _index);
        await ingestion.UploadAsync("plan.txt", Sample("khanh-hoa-ban-dan-toc-2021.txt"));
        store.FailNextPutIn = BlobContainers.Records; // what a kill at that write leaves
        await Assert.ThrowsAsync<IOException>(() => ingestion.UploadAsync("plan.txt", Sample("dong-nai-ban-dan-toc-15-KH-BDT-2021.txt")));

        await ingestion.RepairAsync(); // what the next start runs
        var original = (await _blobs.GetAsync(BlobContainers.Plans, "plan.txt"))!;
        var indexed = (await _index.GetAsync("plan.txt"))!;
        Assert.Equal(IndexedPlan.HashOf(original), indexed.ContentHash);
        var record = Ingest.Indexer.Serialization.RecordJson.Deserialize(Encoding.UTF8.GetString((await _blobs.GetAsync(BlobContainers.Records, "plan.txt.json"))!))!;
        Assert.Equal(indexed.Record.Number, record.Number);
    }

    /// <summary>A store whose next write into one container fails, as a process killed at that point would leave it.</summary>
    private sealed class InterruptingBlobStore(IBlobStore inner) : IBlobStore
    {
        public string? FailNextPutIn { get; set; }

        public Task<byte[]?> GetAsync(string container, string name, CancellationToken cancellationToken = default) => inner.GetAsync(container, name, cancellationToken);

        public Task PutAsync(string container, string name, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
        {
            if (container != FailNextPutIn) return inner.PutAsync(container, name, content, metadata, cancellationToken);
            FailNextPutIn = null;
            throw new IOException("interrupted");
        }

        public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default) => inner.DeleteAsync(container, name, cancellationToken);

        public Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default) => inner.ListAsync(container, prefix, cancellationToken);
    }

    private sealed class CountingExtractor : ITextExtractor
    {
        public const string Unreadable = "%UNREADABLE%";
        public int Calls;

        public Task<ExtractedDocument> ExtractAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            if (Encoding.UTF8.GetString(content.Span).StartsWith(Unreadable, StringComparison.Ordinal))
                throw new ExtractionException("unreadable", fileName, "the test says this file cannot be read");
            var page = new ExtractedPage(1, Encoding.UTF8.GetString(content.Span), "text");
            return Task.FromResult(new ExtractedDocument(FileKind.Text, [page], []));
        }
    }
}
