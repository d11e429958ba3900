using System.Text.Json;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Model;
using Ingest.Indexer.Serialization;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Pipeline;

/// <summary>
/// The IngestPlan entry point, shared by the Functions trigger, the local service and the CLI: read the blob
/// from plans/, extract its text, parse, index, and write the record to records/. A file that cannot be read
/// gets a failed/ report with the reason; the call then succeeds (retrying would not help). Infrastructure
/// failures propagate so the platform retries. Idempotent: the same content delivered twice is indexed once,
/// and when it comes again under the same name it is not even extracted (blob triggers may fire more than
/// once, and OCR of a scan costs seconds a page), though a missing record is written again.
/// Nothing is lost: every upload is first kept by content under plans/versions/; a file that cannot be read
/// never displaces the plan already under its name; a replacement says where the previous original stays.
/// Work on one name is serialised (one writer per name), so the original, the index and the record agree
/// after any interleaving; different names proceed in parallel. Within the process by a lock in memory; across
/// processes and hosts sharing the store by <paramref name="hosts"/> (an OS file lock on a data folder, a blob
/// lease on a storage account), taken after the one in memory so a process waits on it once per name.
/// Thread-safe.
/// Give it a <see cref="BatchingSearchIndex"/> so concurrent calls are written in groups. With
/// recordsToBlobs false the record is not copied to records/: `plans ingest` does so, since its catalog
/// (index.db) already holds the record and a file per plan doubled the bytes written to disk; and so does the service
/// on Azure AI Search, whose index writes the record to records/ itself.
/// </summary>
public sealed class PlanIngestion(IBlobStore blobs, ITextExtractor extractor, PlanPreparer preparer, ISearchIndex index, IPlanCatalog catalog,
    bool recordsToBlobs = true, INameLock? hosts = null)
{
    private readonly KeyedLock _names = new();

    /// <summary>Ingests plans/<paramref name="blobName"/>.</summary>
    public async Task<IngestResult> IngestAsync(string blobName, CancellationToken cancellationToken = default)
    {
        BlobContainers.ValidName(blobName);
        if (BlobNames.IsVersion(blobName)) return KeptVersion(blobName);
        await using var held = await HoldAsync(blobName, cancellationToken);
        cancellationToken = held.Token;
        var content = await blobs.GetAsync(BlobContainers.Plans, blobName, cancellationToken);
        if (content is null) return new IngestResult(blobName, IngestStatus.Missing, null, "no such blob in plans/");
        return await IngestHeldAsync(blobName, content, IndexedPlan.HashOf(content), cancellationToken);
    }

    /// <summary>
    /// Ingests plans/<paramref name="blobName"/> whose bytes the caller already holds (a blob trigger binds
    /// them), so the blob is not downloaded a second time. Same contract as <see cref="IngestAsync(string, CancellationToken)"/>.
    /// </summary>
    public async Task<IngestResult> IngestAsync(string blobName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        BlobContainers.ValidName(blobName);
        if (BlobNames.IsVersion(blobName)) return KeptVersion(blobName);
        await using var held = await HoldAsync(blobName, cancellationToken);
        cancellationToken = held.Token;
        return await IngestHeldAsync(blobName, content, IndexedPlan.HashOf(content.Span), cancellationToken);
    }

    /// <summary>
    /// Stores an upload and ingests it: what the HTTP upload, the local inbox and the CLI do. The bytes are kept
    /// first under plans/versions/{hash}/; they take the name in plans/ only once their text was extracted, so
    /// an unreadable file never displaces a good plan (it is reported in failed/ and stays in versions/). A
    /// different plan under a taken name answers Replaced with <see cref="IngestResult.PreviousVersion"/>.
    /// </summary>
    public async Task<IngestResult> UploadAsync(string blobName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        BlobContainers.ValidName(blobName);
        if (BlobNames.IsVersion(blobName)) throw new ArgumentException($"'{blobName}' is reserved for kept versions", nameof(blobName));
        await using var held = await HoldAsync(blobName, cancellationToken);
        cancellationToken = held.Token;
        var hash = IndexedPlan.HashOf(content.Span);
        var kept = BlobNames.Version(blobName, hash);
        var meta = new Dictionary<string, string> { ["contentHash"] = hash };
        await blobs.PutHashedAsync(BlobContainers.Plans, kept, content, hash, meta, cancellationToken);
        var current = await blobs.GetAsync(BlobContainers.Plans, blobName, cancellationToken);
        var currentHash = current is null ? null : IndexedPlan.HashOf(current);
        if (currentHash == hash)
            return await IngestHeldAsync(blobName, content, hash, cancellationToken) with { Kept = BlobContainers.Plans + "/" + kept };

        var document = await TryExtractAsync(blobName, content, hash, kept, cancellationToken);
        if (document.Failure is { } failure) return failure with { Kept = BlobContainers.Plans + "/" + kept };

        string? previous = null;
        if (current is not null)
        {
            // The previous original is kept by content before its name is given to the new one.
            previous = BlobNames.Version(blobName, currentHash!);
            if (await blobs.GetAsync(BlobContainers.Plans, previous, cancellationToken) is null)
                await blobs.PutHashedAsync(BlobContainers.Plans, previous, current, currentHash!, new Dictionary<string, string> { ["contentHash"] = currentHash! }, cancellationToken);
        }
        await blobs.PutHashedAsync(BlobContainers.Plans, blobName, content, hash, meta, cancellationToken);
        var result = await IndexAsync(blobName, document.Document!, hash, cancellationToken);
        return result with
        {
            Status = previous is null || result.Status == IngestStatus.Failed ? result.Status : IngestStatus.Replaced,
            Kept = BlobContainers.Plans + "/" + kept,
            PreviousVersion = previous is null ? null : BlobContainers.Plans + "/" + previous,
        };
    }

    /// <summary>
    /// Reconciles plans/ with the index and records/ (at start, after a crash): every original not indexed under
    /// its content is ingested, every indexed plan without its record gets it. Kept versions are skipped.
    /// Returns the results of the plans that needed work; a plan that could not be repaired is among them as
    /// Failed (reason repair-failed, the exception in its error) and does not stop the others.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> RepairAsync(CancellationToken cancellationToken = default)
    {
        var repaired = new System.Collections.Concurrent.ConcurrentBag<IngestResult>();
        var names = (await blobs.ListAsync(BlobContainers.Plans, "", cancellationToken)).Where(n => !BlobNames.IsVersion(n));
        // Several at once, so that the plans a crash left unindexed meet in one batched write.
        var options = new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(names, options, async (name, ct) =>
        {
            // One plan that cannot be repaired must not cancel the others: a cancelled write would leave its
            // temporary file, and the plans after it unrepaired. It is reported and tried again at the next start.
            try
            {
                var hadRecord = !await HasNoRecordAsync(name, ct);
                var result = await IngestAsync(name, ct);
                if (result.Status != IngestStatus.Unchanged || !hadRecord) repaired.Add(result);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                repaired.Add(new IngestResult(name, IngestStatus.Failed, null, $"{e.GetType().Name}: {e.Message}") { Reason = "repair-failed" });
            }
        });
        return repaired.OrderBy(r => r.Blob, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Holds <paramref name="blobName"/> in this process, then across hosts. The hold's token is cancelled with
    /// the caller's and when the cross-host hold is lost, so work under a lost lease stops and is retried.
    /// </summary>
    private async Task<NameWork> HoldAsync(string blobName, CancellationToken cancellationToken)
    {
        var local = await _names.AcquireAsync(blobName, cancellationToken);
        try
        {
            var shared = hosts is null ? null : await hosts.AcquireAsync(blobName, cancellationToken);
            return new NameWork(local, shared, cancellationToken);
        }
        catch
        {
            local.Dispose();
            throw;
        }
    }

    /// <summary>The ingestion proper; the caller holds the name's lock.</summary>
    private async Task<IngestResult> IngestHeldAsync(string blobName, ReadOnlyMemory<byte> content, string hash, CancellationToken cancellationToken)
    {
        var stored = await catalog.GetCommittedAsync(blobName, cancellationToken);
        if (stored?.ContentHash == hash)
        {
            // Indexed already; a crash between the index and the record may have left the record out.
            if (await HasNoRecordAsync(blobName, cancellationToken))
                await WriteRecordAsync(blobName, stored.Record, hash, cancellationToken);
            return new IngestResult(blobName, IngestStatus.Unchanged, stored.Record.Number, null) { Citations = stored.Record.Citations.Count };
        }
        var document = await TryExtractAsync(blobName, content, hash, null, cancellationToken);
        return document.Failure ?? await IndexAsync(blobName, document.Document!, hash, cancellationToken);
    }

    private async Task<(ExtractedDocument? Document, IngestResult? Failure)> TryExtractAsync(string blobName, ReadOnlyMemory<byte> content, string hash, string? kept, CancellationToken cancellationToken)
    {
        try
        {
            return (await extractor.ExtractAsync(content, blobName, cancellationToken), null);
        }
        catch (ExtractionException e)
        {
            await ReportFailureAsync(blobName, kept ?? blobName, hash, e.Reason, e.Message, e.Page, cancellationToken);
            return (null, new IngestResult(blobName, IngestStatus.Failed, null, e.Message) { Reason = e.Reason });
        }
    }

    private async Task<IngestResult> IndexAsync(string blobName, ExtractedDocument document, string hash, CancellationToken cancellationToken)
    {
        IndexedPlan plan;
        try
        {
            plan = preparer.Prepare(blobName, document.Text, hash, document.PageStarts);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of the parser on one text (a bug, a regular expression timed out on a loaded machine) fails
            // that plan, reported, its original kept; the others of a batch or a folder go on. The next start's
            // repair tries it again, as for any original the index lacks.
            await ReportFailureAsync(blobName, blobName, hash, "parse-failed", $"{e.GetType().Name}: {e.Message}", null, cancellationToken);
            return new IngestResult(blobName, IngestStatus.Failed, null, e.Message) { Reason = "parse-failed" };
        }
        // The record goes before the index: a crash between the two leaves the index behind the original, which
        // the repair sees and redoes, record included. The other order could leave a replaced plan's previous
        // record beside the new index entry, which no check of "is there a record" would find.
        if (recordsToBlobs) await WriteRecordAsync(blobName, plan.Record, hash, cancellationToken);
        var outcome = (await index.UpsertAsync([plan], cancellationToken))[0];
        var status = outcome switch { IngestOutcome.Added => IngestStatus.Added, IngestOutcome.Replaced => IngestStatus.Replaced, _ => IngestStatus.Unchanged };
        return new IngestResult(blobName, status, plan.Record.Number, null) { Warnings = document.Warnings, Citations = plan.Record.Citations.Count };
    }

    /// <summary>True when records/ should hold the plan's record and does not (never when records are not copied there).</summary>
    private async Task<bool> HasNoRecordAsync(string blobName, CancellationToken ct) =>
        recordsToBlobs && await blobs.GetAsync(BlobContainers.Records, blobName + ".json", ct) is null;

    private Task WriteRecordAsync(string blobName, PlanRecord record, string hash, CancellationToken ct) =>
        blobs.PutAsync(BlobContainers.Records, blobName + ".json", RecordJson.SerializeCompact(record),
            new Dictionary<string, string> { ["contentHash"] = hash }, ct);

    private static IngestResult KeptVersion(string blobName) =>
        new(blobName, IngestStatus.Unchanged, null, null) { Kept = BlobContainers.Plans + "/" + blobName };

    private Task ReportFailureAsync(string blobName, string stored, string hash, string reason, string message, int? page, CancellationToken ct)
    {
        var report = JsonSerializer.SerializeToUtf8Bytes(new
        {
            blob = BlobContainers.Plans + "/" + stored,
            name = blobName,
            contentHash = hash,
            reason,
            message,
            page,
            failedAt = DateTimeOffset.UtcNow,
        }, RecordJson.Options);
        return blobs.PutAsync(BlobContainers.Failed, blobName + ".json", report, cancellationToken: ct);
    }
}
