using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// <see cref="INameLock"/> for hosts sharing a storage account (Function instances, a local service on the same
/// account): a lease on an empty blob locks/{name}, taken for <see cref="DefaultLeaseDuration"/> and renewed every
/// third of it while held, released on dispose. A host that dies holding it lets the next one in once the lease
/// runs out (at most <see cref="DefaultLeaseDuration"/>), so the wait is bounded well past that. A renewal that fails
/// cancels <see cref="NameHold.Lost"/>: the lease may have passed to another host. Thread-safe.
/// </summary>
public sealed class AzureBlobNameLock(BlobContainerClient locks, TimeSpan? wait = null, TimeSpan? leaseDuration = null) : INameLock
{
    /// <summary>The container of lock blobs (created by <see cref="AzureServices"/> and the infrastructure).</summary>
    public const string Container = "locks";

    /// <summary>The default lease: finite leases last 15 to 60 s; a short one lets a crashed host's names go soon.</summary>
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _lease = leaseDuration ?? DefaultLeaseDuration;

    /// <summary>Two minutes: past a crashed holder's lease, short beside the Functions host's own retries.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _wait = wait ?? DefaultWait;

    public async Task<NameHold> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var blob = locks.GetBlobClient(BlobContainers.ValidName(name));
        var lease = blob.GetBlobLeaseClient();
        var started = DateTime.UtcNow;
        var poll = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                await lease.AcquireAsync(_lease, cancellationToken: cancellationToken);
                return Held(lease, _lease);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                await CreateAsync(blob, cancellationToken);
                continue;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // LeaseAlreadyPresent: another host is writing this name.
            }
            if (DateTime.UtcNow - started >= _wait) throw new NameLockTimeoutException(name, DateTime.UtcNow - started);
            await Task.Delay(poll + TimeSpan.FromMilliseconds(Random.Shared.Next(50)), cancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
        }
    }

    // The lock blob exists once per name; two hosts creating it at once both go on to the lease.
    private static async Task CreateAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412) { }
    }

    private static NameHold Held(BlobLeaseClient lease, TimeSpan duration)
    {
        var lost = new CancellationTokenSource();
        var stop = new CancellationTokenSource();
        var renewing = RenewAsync(lease, duration, lost, stop.Token);
        return new NameHold(async () =>
        {
            await stop.CancelAsync();
            await renewing;
            try { await lease.ReleaseAsync(); }
            // Not released (the service is unreachable, or the lease was already lost): it runs out by itself
            // within the lease's duration, and an error here would hide the outcome of the work it guarded.
            catch (RequestFailedException) { }
            stop.Dispose();
            lost.Dispose();
        }, lost.Token);
    }

    private static async Task RenewAsync(BlobLeaseClient lease, TimeSpan duration, CancellationTokenSource lost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(duration / 3, stop);
                try { await lease.RenewAsync(cancellationToken: stop); }
                catch (Exception) when (!stop.IsCancellationRequested)
                {
                    // The SDK retried already; past this the lease may lapse and pass to another host.
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }
}
