using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Ingest.Indexer.Adapters.Azure;
using Ingest.Indexer.Adapters.Embedded;
using Ingest.Indexer.Storage;
using Ingest.Indexer.Tests.Doubles;

namespace Ingest.Indexer.Tests.Contracts;

/// <summary>The same cases for every blob store: the local folder and Azure.Storage.Blobs against Azurite.</summary>
public abstract class BlobStoreContract : IAsyncLifetime
{
    protected IBlobStore Store { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task A_blob_reads_back_as_written()
    {
        var bytes = Encoding.UTF8.GetBytes("Kế hoạch số 15/KH-BDT");
        await Store.PutAsync(BlobContainers.Plans, "2021/đồng nai/kế hoạch 15.txt", bytes, new Dictionary<string, string> { ["source"] = "Ban Dân tộc" });
        Assert.Equal(bytes, await Store.GetAsync(BlobContainers.Plans, "2021/đồng nai/kế hoạch 15.txt"));
    }

    [Fact]
    public async Task A_missing_blob_is_null()
    {
        Assert.Null(await Store.GetAsync(BlobContainers.Plans, "none.txt"));
        Assert.Empty(await Store.ListAsync(BlobContainers.Failed));
    }

    [Fact]
    public async Task Listing_filters_by_prefix_and_overwriting_keeps_one()
    {
        await Store.PutAsync(BlobContainers.Records, "a/1.json", new byte[] { 1 });
        await Store.PutAsync(BlobContainers.Records, "a/2.json", new byte[] { 2 });
        await Store.PutAsync(BlobContainers.Records, "b/3.json", new byte[] { 3 });
        await Store.PutAsync(BlobContainers.Records, "a/2.json", new byte[] { 4 });
        Assert.Equal(["a/1.json", "a/2.json"], await Store.ListAsync(BlobContainers.Records, "a/"));
        Assert.Equal(new byte[] { 4 }, await Store.GetAsync(BlobContainers.Records, "a/2.json"));
    }

    [Fact]
    public async Task Delete_removes_a_blob_once()
    {
        await Store.PutAsync(BlobContainers.Records, "gone.json", new byte[] { 1 });
        Assert.True(await Store.DeleteAsync(BlobContainers.Records, "gone.json"));
        Assert.False(await Store.DeleteAsync(BlobContainers.Records, "gone.json"));
        Assert.Null(await Store.GetAsync(BlobContainers.Records, "gone.json"));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/rooted.txt")]
    [InlineData("a/../../b")]
    public async Task Names_that_could_escape_the_container_are_refused(string name) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(BlobContainers.Plans, name, new byte[] { 1 }));
}

public sealed class FileSystemBlobStoreTests : BlobStoreContract
{
    private readonly TempWorkspace _dir = new();

    public override Task InitializeAsync()
    {
        Store = new FileSystemBlobStore(_dir.Path);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    // The store links a second name of the same bytes to the first copy; each name must still behave as a copy.
    [Fact]
    public async Task Same_bytes_under_two_names_stay_two_blobs_when_one_is_replaced_or_deleted()
    {
        var original = Encoding.UTF8.GetBytes("Kế hoạch số 143/KH-UBND");
        var meta = new Dictionary<string, string> { ["contentHash"] = "abc" };
        await Store.PutAsync(BlobContainers.Plans, "versions/abc/a.txt", original, meta);
        await Store.PutAsync(BlobContainers.Plans, "a.txt", original, meta);
        await Store.PutAsync(BlobContainers.Plans, "a.txt", Encoding.UTF8.GetBytes("changed"));
        Assert.Equal(original, await Store.GetAsync(BlobContainers.Plans, "versions/abc/a.txt"));
        await Store.PutAsync(BlobContainers.Plans, "b.txt", original, meta);
        Assert.True(await Store.DeleteAsync(BlobContainers.Plans, "versions/abc/a.txt"));
        Assert.Equal(original, await Store.GetAsync(BlobContainers.Plans, "b.txt"));
        Assert.Equal(Encoding.UTF8.GetBytes("changed"), await Store.GetAsync(BlobContainers.Plans, "a.txt"));
        Assert.Equal(["a.txt", "b.txt"], await Store.ListAsync(BlobContainers.Plans));
    }

    // An upload is put twice with the hash its caller computed (kept under versions/, then under its name); the hash
    // only says which earlier file may hold the bytes, so a wrong one must never give a name another blob's bytes.
    [Fact]
    public async Task A_put_with_the_callers_hash_links_the_same_bytes_and_a_wrong_hash_still_writes_its_own()
    {
        var original = Encoding.UTF8.GetBytes("Kế hoạch số 143/KH-UBND");
        var other = Encoding.UTF8.GetBytes("Kế hoạch số 144/KH-UBND");
        var hash = Ingest.Indexer.Indexing.IndexedPlan.HashOf(original);
        await Store.PutHashedAsync(BlobContainers.Plans, "versions/ab/a.txt", original, hash);
        await Store.PutHashedAsync(BlobContainers.Plans, "a.txt", original, hash);
        await Store.PutHashedAsync(BlobContainers.Plans, "b.txt", other, hash);
        await Store.PutAsync(BlobContainers.Plans, "c.txt", original);
        Assert.Equal(original, await Store.GetAsync(BlobContainers.Plans, "a.txt"));
        Assert.Equal(other, await Store.GetAsync(BlobContainers.Plans, "b.txt"));
        Assert.Equal(original, await Store.GetAsync(BlobContainers.Plans, "c.txt"));
        Assert.Equal(original, await Store.GetAsync(BlobContainers.Plans, "versions/ab/a.txt"));
    }

    // Metadata lives in a journal (root/.metadata/), not in a 4 KiB file beside each blob.
    [Fact]
    public async Task Metadata_is_kept_in_the_journal_and_the_newest_put_wins()
    {
        var store = (FileSystemBlobStore)Store;
        var bytes = Encoding.UTF8.GetBytes("Kế hoạch số 15/KH-BDT");
        await store.PutAsync(BlobContainers.Plans, "a.txt", bytes, new Dictionary<string, string> { ["source"] = "Ban Dân tộc" });
        await store.PutAsync(BlobContainers.Plans, "b.txt", bytes, new Dictionary<string, string> { ["contentHash"] = "1" });
        Assert.Equal("Ban Dân tộc", store.MetadataOf(BlobContainers.Plans, "a.txt")!["source"]);
        Assert.Equal("1", store.MetadataOf(BlobContainers.Plans, "b.txt")!["contentHash"]);
        await store.PutAsync(BlobContainers.Plans, "a.txt", bytes, new Dictionary<string, string> { ["source"] = "UBND" });
        Assert.Equal("UBND", store.MetadataOf(BlobContainers.Plans, "a.txt")!["source"]);
        await store.PutAsync(BlobContainers.Plans, "b.txt", bytes);
        Assert.Null(store.MetadataOf(BlobContainers.Plans, "b.txt"));
        Assert.Equal(["a.txt", "b.txt"], await store.ListAsync(BlobContainers.Plans));
        Assert.Empty(Directory.GetFiles(Path.Combine(store.Root, BlobContainers.Plans), "*.meta.json"));
    }

    [Fact]
    public async Task Metadata_survives_a_new_store_and_goes_with_a_delete()
    {
        await Store.PutAsync(BlobContainers.Records, "r.json", new byte[] { 1 }, new Dictionary<string, string> { ["contentHash"] = "abc" });
        var reopened = new FileSystemBlobStore(_dir.Path);
        Assert.Equal("abc", reopened.MetadataOf(BlobContainers.Records, "r.json")!["contentHash"]);
        await reopened.DeleteAsync(BlobContainers.Records, "r.json");
        await reopened.PutAsync(BlobContainers.Records, "r.json", new byte[] { 2 });
        Assert.Null(((FileSystemBlobStore)Store).MetadataOf(BlobContainers.Records, "r.json"));
    }

    // A folder written before the journal kept metadata beside the blob; it is still read there.
    [Fact]
    public async Task Metadata_of_a_folder_written_before_the_journal_is_read_from_beside_the_blob()
    {
        var store = (FileSystemBlobStore)Store;
        var path = Path.Combine(store.Root, BlobContainers.Plans, "old.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "x");
        await File.WriteAllTextAsync(path + ".meta.json", "{\"contentHash\":\"old\"}");
        Assert.Equal("old", store.MetadataOf(BlobContainers.Plans, "old.txt")!["contentHash"]);
        Assert.Equal(["old.txt"], await store.ListAsync(BlobContainers.Plans));
    }

    // A put no longer deletes the legacy file beside the blob (a system call per put); the journal's line wins.
    [Fact]
    public async Task A_put_over_a_blob_written_before_the_journal_wins_over_its_legacy_metadata()
    {
        var store = (FileSystemBlobStore)Store;
        var path = Path.Combine(store.Root, BlobContainers.Plans, "old.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "x");
        await File.WriteAllTextAsync(path + ".meta.json", "{\"contentHash\":\"old\"}");
        await store.PutAsync(BlobContainers.Plans, "old.txt", Encoding.UTF8.GetBytes("y"), new Dictionary<string, string> { ["contentHash"] = "new" });
        Assert.Equal("new", store.MetadataOf(BlobContainers.Plans, "old.txt")!["contentHash"]);
        await store.PutAsync(BlobContainers.Plans, "old.txt", Encoding.UTF8.GetBytes("z"));
        Assert.Null(store.MetadataOf(BlobContainers.Plans, "old.txt"));
        Assert.Equal(["old.txt"], await store.ListAsync(BlobContainers.Plans));
    }

    // The store remembers the folders it made; one removed behind its back is made again by the next put.
    [Fact]
    public async Task A_folder_removed_behind_the_store_is_made_again()
    {
        var store = (FileSystemBlobStore)Store;
        await store.PutAsync(BlobContainers.Plans, "uploads/2026/a.txt", Encoding.UTF8.GetBytes("a"));
        Directory.Delete(Path.Combine(store.Root, BlobContainers.Plans, "uploads"), recursive: true);
        await store.PutAsync(BlobContainers.Plans, "uploads/2026/b.txt", Encoding.UTF8.GetBytes("b"));
        Assert.Equal("b", Encoding.UTF8.GetString((await store.GetAsync(BlobContainers.Plans, "uploads/2026/b.txt"))!));
        Assert.Equal(["uploads/2026/b.txt"], await store.ListAsync(BlobContainers.Plans));
    }
}

/// <summary>The contract on Azurite through Azure.Storage.Blobs, plus what only the service can do (refuse a key, keep metadata).</summary>
public sealed class AzureBlobStoreTests : BlobStoreContract
{
    private AzuriteServer _azurite = null!;

    public override async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        Store = await AzureServices.BlobStoreAsync(AzureServices.ConnectionString(_azurite.Endpoint, AzuriteServer.Account, AzuriteServer.Key), null);
    }

    public override async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task A_wrong_key_is_refused_by_the_service()
    {
        var wrong = new AzureBlobStore(new BlobServiceClient(AzureServices.ConnectionString(_azurite.Endpoint, AzuriteServer.Account, Convert.ToBase64String(new byte[64]))));
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => wrong.GetAsync(BlobContainers.Plans, "x.txt"));
        Assert.Equal(403, e.Status);
    }

    [Fact]
    public async Task Vietnamese_metadata_is_stored_percent_encoded()
    {
        await Store.PutAsync(BlobContainers.Plans, "meta.txt", new byte[] { 1 }, new Dictionary<string, string> { ["source"] = "Ban Dân tộc", ["hash"] = "abc123" });
        var service = new BlobServiceClient(AzureServices.ConnectionString(_azurite.Endpoint, AzuriteServer.Account, AzuriteServer.Key));
        var properties = await service.GetBlobContainerClient(BlobContainers.Plans).GetBlobClient("meta.txt").GetPropertiesAsync();
        Assert.Equal("Ban%20D%C3%A2n%20t%E1%BB%99c", properties.Value.Metadata["source"]);
        Assert.Equal("Ban Dân tộc", Uri.UnescapeDataString(properties.Value.Metadata["source"]));
        Assert.Equal("abc123", properties.Value.Metadata["hash"]);
    }
}
