using Ingest.Functions.Hosting;
using Microsoft.Extensions.Hosting;
using Ingest.Indexer.Pipeline;

namespace Ingest.Functions.Local;

/// <summary>
/// Local mode only: on first start ingests the sample plans, then watches DATA/inbox and feeds every new file
/// through the same IngestPlan code path (upload to plans/, ingest). A file is moved to inbox/processed once
/// its copy is safe in plans/, so nothing is lost and nothing is read twice. A file whose ingestion throws
/// (anything but a file still being written) is moved to inbox/failed with a ".error.txt" note beside it, and the
/// watcher goes on: one hostile file can neither stop the service nor stop it again at every restart.
/// Not a Functions host: the cloud
/// path stays the real host with its Event Grid trigger.
/// </summary>
/// <remarks>At start it repairs what a crash may have left: temporary files, originals without an index entry,
/// index entries without a record (<see cref="PlanIngestion.RepairAsync"/>). With <c>--watch-blobs</c> and a blob endpoint (Azurite), it also polls the plans container for new
/// blobs, standing in for the Event Grid subscription that Azurite does not have.</remarks>
public sealed class LocalInbox(PlanIngestion ingestion, IngestSettings settings, ILogger<LocalInbox> log,
    Indexer.Adapters.Embedded.DataFolderSession session, string? samples,
    Indexer.Storage.IBlobStore? watchedBlobs = null, Indexer.Adapters.Embedded.FileSystemBlobStore? localBlobs = null,
    Indexer.Adapters.Embedded.SqlitePlanIndex? embeddedIndex = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = Path.Combine(settings.DataDirectory, "inbox");
        var processed = Path.Combine(inbox, "processed");
        var failed = Path.Combine(inbox, "failed");
        Directory.CreateDirectory(processed);
        Directory.CreateDirectory(failed);
        await RepairAsync(stoppingToken);
        await IngestSamplesOnceAsync(stoppingToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (watchedBlobs is not null)
                foreach (var blob in await watchedBlobs.ListAsync(Indexer.Storage.BlobContainers.Plans, "", stoppingToken))
                    if (seen.Add(blob))
                    {
                        try { log.LogInformation("blob {Blob}: {Status}", blob, (await ingestion.IngestAsync(blob, stoppingToken)).Status); }
                        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                        {
                            log.LogError(e, "blob {Blob} could not be ingested", blob);
                        }
                    }
            foreach (var file in Directory.GetFiles(inbox).OrderBy(f => f))
            {
                try
                {
                    var result = await ingestion.UploadAsync(Indexer.Pipeline.BlobNames.ForInbox(Path.GetFileName(file)), await ReadDropped(file, stoppingToken), stoppingToken);
                    log.LogInformation("inbox {File}: {Status} {Reason}", Path.GetFileName(file), result.Status, result.Reason);
                    File.Move(file, Path.Combine(processed, Path.GetFileName(file)), overwrite: true);
                }
                catch (IOException e) when (File.Exists(file) && IsLocked(file))
                {
                    log.LogWarning("inbox {File} not ready: {Message}", Path.GetFileName(file), e.Message);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "inbox {File} failed; moved to inbox/failed", Path.GetFileName(file));
                    MoveToFailed(file, failed, e);
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
        }
    }

    /// <summary>After a crash: stray temporary blobs go, originals not indexed are ingested, missing records written.</summary>
    private async Task RepairAsync(CancellationToken ct)
    {
        var (groups, workspaces, blobs) = Indexer.Adapters.Embedded.StartupCleanup.Run(localBlobs, session);
        log.LogInformation("start: {Groups} orphaned tool process groups killed, {Workspaces} temporary workspaces and {Blobs} temporary blobs removed",
            groups, workspaces, blobs);
        try
        {
            var repaired = await ingestion.RepairAsync(ct);
            foreach (var result in repaired)
                log.LogInformation("start: repaired {Blob}: {Status} {Reason}", result.Blob, result.Status, result.Reason);
            // Says when the start's writes are over: until then a record's temporary file may be in the folder.
            log.LogInformation("start: repair done, {Count} plans needed work", repaired.Count);
            CompactSegments();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "start: the repair stopped; the service goes on");
        }
    }

    /// <summary>
    /// Reclaims what replaced and deleted plans left in the embedded index's segment files: files retired by an
    /// earlier process go (no reader of this one saw them) when no other process uses the folder, then mostly dead
    /// segments are retired, their files left to the next start (this process's readers may hold them).
    /// </summary>
    private void CompactSegments()
    {
        if (embeddedIndex is null) return;
        var (done, removed) = embeddedIndex.Compact(session);
        log.LogInformation("start: {Removed} retired segment files removed; {Segments} segments compacted ({Plans} plans moved, {Freed} dead bytes to free at the next start)",
            removed, done.Segments, done.Plans, done.FreedBytes);
    }

    /// <summary>
    /// The bytes of a file dropped in the inbox. A symbolic link is refused (the inbox takes files: a link to
    /// /etc/passwd must not be read and stored), and an entry of length 0 is taken as empty without opening it:
    /// opening a named pipe blocks until someone writes to it, and one pipe dropped in the inbox stopped the watcher.
    /// </summary>
    private static async Task<byte[]> ReadDropped(string file, CancellationToken ct)
    {
        var info = new FileInfo(file);
        if (info.LinkTarget is not null) throw new InvalidDataException("a symbolic link: the inbox takes files, not links to them");
        return info.Length == 0 ? [] : await File.ReadAllBytesAsync(file, ct);
    }

    /// <summary>True while another process still holds the file open for writing (a copy in progress).</summary>
    private static bool IsLocked(string file)
    {
        try
        {
            using var _ = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException) { return true; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private void MoveToFailed(string file, string failed, Exception error)
    {
        try
        {
            var target = Path.Combine(failed, Path.GetFileName(file));
            File.Move(file, target, overwrite: true);
            File.WriteAllText(target + ".error.txt", $"{DateTimeOffset.UtcNow:O} {error.GetType().Name}: {error.Message}\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogError(e, "inbox {File} could not be moved to inbox/failed", Path.GetFileName(file));
        }
    }

    private async Task IngestSamplesOnceAsync(CancellationToken ct)
    {
        var marker = Path.Combine(settings.DataDirectory, "samples-ingested");
        if (samples is null || !Directory.Exists(samples) || File.Exists(marker)) return;
        foreach (var file in Directory.GetFiles(samples).OrderBy(f => f))
        {
            var result = await ingestion.UploadAsync("samples/" + Path.GetFileName(file), await File.ReadAllBytesAsync(file, ct), ct);
            log.LogInformation("sample {File}: {Status}", Path.GetFileName(file), result.Status);
        }
        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O"), ct);
    }
}
