using Ingest.Functions.Hosting;
using Microsoft.Extensions.Hosting;
using Ingest.Indexer.Pipeline;

namespace Ingest.Functions.Local;

/// <summary>
/// Local mode only: on first start ingests the sample plans, then watches DATA/inbox and feeds every new file
/// through the same IngestPlan code path (upload to plans/, ingest). A file is moved to inbox/processed once
/// its copy is safe in plans/, so nothing is lost and nothing is read twice. Not a Functions host: the cloud
/// path stays the real host with its Event Grid trigger.
/// </summary>
/// <remarks>With <c>--watch-blobs</c> and a blob endpoint (Azurite), it also polls the plans container for new
/// blobs, standing in for the Event Grid subscription that Azurite does not have.</remarks>
public sealed class LocalInbox(PlanIngestion ingestion, IngestSettings settings, ILogger<LocalInbox> log, string? samples,
    Indexer.Storage.IBlobStore? watchedBlobs = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = Path.Combine(settings.DataDirectory, "inbox");
        var processed = Path.Combine(inbox, "processed");
        Directory.CreateDirectory(processed);
        await IngestSamplesOnceAsync(stoppingToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (watchedBlobs is not null)
                foreach (var blob in await watchedBlobs.ListAsync(Indexer.Storage.BlobContainers.Plans, "", stoppingToken))
                    if (seen.Add(blob))
                        log.LogInformation("blob {Blob}: {Status}", blob, (await ingestion.IngestAsync(blob, stoppingToken)).Status);
            foreach (var file in Directory.GetFiles(inbox).OrderBy(f => f))
            {
                try
                {
                    var result = await ingestion.UploadAsync(Indexer.Pipeline.BlobNames.ForInbox(Path.GetFileName(file)), await File.ReadAllBytesAsync(file, stoppingToken), stoppingToken);
                    log.LogInformation("inbox {File}: {Status} {Reason}", Path.GetFileName(file), result.Status, result.Reason);
                    File.Move(file, Path.Combine(processed, Path.GetFileName(file)), overwrite: true);
                }
                catch (IOException e) { log.LogWarning("inbox {File} not ready: {Message}", Path.GetFileName(file), e.Message); }
            }
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
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
