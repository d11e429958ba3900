using System.Text;
using Azure.Storage.Blobs;
using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Parsing;
using Ingest.Indexer.Pipeline;
using Ingest.Indexer.Serialization;
using Ingest.Indexer.Storage;
using Ingest.Indexer.Tests.Doubles;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>
/// One writer per name across hosts (issue 14), the same cases for every <see cref="INameLock"/>: OS file locks
/// on a data folder and blob leases on Azurite. Each "host" is built from scratch (its own store client, lock,
/// SQLite catalog connection and ingestion), so the hosts share nothing in memory, only the storage.
/// </summary>
public abstract class NameLockContract : IAsyncLifetime
{
    protected readonly TempWorkspace Dir = new();

    /// <summary>A lock of a new host on the shared storage.</summary>
    protected abstract INameLock NewLock(TimeSpan? wait = null);

    /// <summary>A blob store of a new host on the shared storage.</summary>
    protected abstract Task<IBlobStore> NewStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Dir.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_held_name_keeps_another_host_waiting_until_it_is_released()
    {
        var first = await NewLock().AcquireAsync("kế hoạch/15.txt");
        var second = NewLock().AcquireAsync("kế hoạch/15.txt");
        await Task.Delay(500);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(30))).DisposeAsync();
    }

    [Fact]
    public async Task Different_names_are_held_at_once_by_different_hosts()
    {
        await using var a = await NewLock().AcquireAsync("a.txt");
        await using var b = await NewLock().AcquireAsync("b.txt").WaitAsync(TimeSpan.FromSeconds(30));
        await using var c = await NewLock().AcquireAsync("a.txt.json").WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_name_held_past_the_wait_fails_with_a_timeout_naming_it_and_is_free_after_release()
    {
        var held = await NewLock().AcquireAsync("plan.txt");
        var e = await Assert.ThrowsAsync<NameLockTimeoutException>(() => NewLock(TimeSpan.FromMilliseconds(300)).AcquireAsync("plan.txt"));
        Assert.Equal("plan.txt", e.Name);
        Assert.True(e.Waited >= TimeSpan.FromMilliseconds(300));
        await held.DisposeAsync();
        await (await NewLock(TimeSpan.FromSeconds(30)).AcquireAsync("plan.txt")).DisposeAsync();
    }

    public static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("NAME_LOCK_ROUNDS"), out var n) ? n : 10;

    // Two hosts, two uploads each per round, all under one name and all different: after every round the
    // original in plans/, the catalog entry and the record in records/ come from one and the same upload, and
    // every upload ever answered is still kept by content under plans/versions/. The hosts share the catalog,
    // as Function instances share one search service: its own writes are its concern (two embedded indexes on
    // one folder are not safe at once, see docs/BENCHMARKS.md); the order of the writes to it is this lock's.
    [Fact]
    public async Task Two_hosts_uploading_under_one_name_leave_the_original_index_and_record_of_one_upload()
    {
        const string name = "huyện/kế hoạch chung.txt";
        var parser = new PlanParser();
        using var index = new SqlitePlanIndex(Path.Combine(Dir.Path, "index.db"), parser);
        await using var writer = new BatchingSearchIndex(index);
        var hosts = new List<(PlanIngestion Ingestion, IBlobStore Blobs)>();
        for (var h = 0; h < 2; h++)
        {
            var blobs = await NewStoreAsync();
            hosts.Add((new PlanIngestion(blobs, new LocalTextExtractor(), new PlanPreparer(parser), writer, index, hosts: NewLock()), blobs));
        }
        var kept = new Dictionary<string, byte[]>();
        for (var round = 0; round < Rounds; round++)
        {
            var uploads = Enumerable.Range(0, 4).Select(i => Plan(round * 4 + i + 1)).ToList();
            var results = await Task.WhenAll(uploads.Select((u, i) => Task.Run(() => hosts[i % 2].Ingestion.UploadAsync(name, u))));
            Assert.All(results, r => Assert.NotEqual(IngestStatus.Failed, r.Status));
            foreach (var u in uploads) kept[IndexedPlan.HashOf(u)] = u;
            await AssertOneUploadAsync(hosts[round % 2].Blobs, index, name, round, kept);
        }
    }

    private static async Task AssertOneUploadAsync(IBlobStore blobs, IPlanCatalog catalog, string name, int round, Dictionary<string, byte[]> kept)
    {
        var original = await blobs.GetAsync(BlobContainers.Plans, name);
        Assert.NotNull(original);
        var hash = IndexedPlan.HashOf(original);
        Assert.True(kept.ContainsKey(hash), $"round {round}: plans/ holds bytes no upload sent");
        var stored = await catalog.GetAsync(name);
        Assert.True(stored?.ContentHash == hash, $"round {round}: the catalog has {stored?.ContentHash}, plans/ has {hash}");
        var record = RecordJson.Deserialize(Encoding.UTF8.GetString((await blobs.GetAsync(BlobContainers.Records, name + ".json"))!));
        Assert.Equal(NumberOf(kept[hash]), record?.Number);
        Assert.Equal(NumberOf(kept[hash]), stored!.Record.Number);
        foreach (var (h, bytes) in kept)
        {
            var version = await blobs.GetAsync(BlobContainers.Plans, BlobNames.Version(name, h));
            Assert.True(version is not null && bytes.SequenceEqual(version), $"round {round}: upload {NumberOf(bytes)} lost");
        }
    }

    private static byte[] Plan(int n) => Encoding.UTF8.GetBytes(
        $"ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG BÔNG\n\nSố: {n}/KH-UBND\n\nKrông Bông, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\n" +
        $"Triển khai công việc đợt {n}\n\nCăn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;\n" +
        "Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau.\n");

    private static string NumberOf(byte[] plan) =>
        Encoding.UTF8.GetString(plan).Split('\n').Single(l => l.StartsWith("Số: ", StringComparison.Ordinal))[4..];
}

public sealed class FileSystemNameLockTests : NameLockContract
{
    protected override INameLock NewLock(TimeSpan? wait = null) => new FileSystemNameLock(Path.Combine(Dir.Path, "locks"), wait);

    protected override Task<IBlobStore> NewStoreAsync() => Task.FromResult<IBlobStore>(new FileSystemBlobStore(Path.Combine(Dir.Path, "blobs")));
}

public sealed class AzureBlobNameLockTests : NameLockContract
{
    private AzuriteServer _azurite = null!;

    private string Connection => AzureServices.ConnectionString(_azurite.Endpoint, AzuriteServer.Account, AzuriteServer.Key);

    public override async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        await AzureServices.NameLockAsync(Connection, null);
    }

    public override async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override INameLock NewLock(TimeSpan? wait = null) =>
        new AzureBlobNameLock(new BlobServiceClient(Connection).GetBlobContainerClient(AzureBlobNameLock.Container), wait);

    protected override Task<IBlobStore> NewStoreAsync() => AzureServices.BlobStoreAsync(Connection, null);

    // The shortest lease the service grants (15 s), held past its end: renewal keeps it, and it is not lost.
    [Fact]
    public async Task A_lease_held_past_its_duration_is_renewed_and_stays_held()
    {
        var locks = new BlobServiceClient(Connection).GetBlobContainerClient(AzureBlobNameLock.Container);
        var held = await new AzureBlobNameLock(locks, leaseDuration: TimeSpan.FromSeconds(15)).AcquireAsync("plan.txt");
        await Task.Delay(TimeSpan.FromSeconds(20));
        await Assert.ThrowsAsync<NameLockTimeoutException>(() => NewLock(TimeSpan.Zero).AcquireAsync("plan.txt"));
        Assert.False(held.Lost.IsCancellationRequested);
        await held.DisposeAsync();
        await (await NewLock(TimeSpan.FromSeconds(30)).AcquireAsync("plan.txt")).DisposeAsync();
    }
}
