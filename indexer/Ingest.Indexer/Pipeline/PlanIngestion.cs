using System.Text;
using System.Text.Json;
using Ingest.Indexer.Extraction;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Serialization;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Pipeline;

/// <summary>
/// The IngestPlan entry point, shared by the Functions trigger, the local service and the CLI: read the blob
/// from plans/, extract its text, parse, index, and write the record to records/. A file that cannot be read
/// leaves its original untouched and gets a failed/ report with the reason; the call then succeeds (retrying
/// would not help). Infrastructure failures propagate so the platform retries. Idempotent: the same content
/// delivered twice is indexed once, and when it comes again under the same name it is not even extracted
/// (blob triggers may fire more than once, and OCR of a scan costs seconds a page). Thread-safe.
/// </summary>
public sealed class PlanIngestion(IBlobStore blobs, ITextExtractor extractor, PlanPreparer preparer, ISearchIndex index, IPlanCatalog catalog)
{
    /// <summary>Ingests plans/<paramref name="blobName"/>.</summary>
    public async Task<IngestResult> IngestAsync(string blobName, CancellationToken cancellationToken = default)
    {
        BlobContainers.ValidName(blobName);
        var content = await blobs.GetAsync(BlobContainers.Plans, blobName, cancellationToken);
        if (content is null) return new IngestResult(blobName, IngestStatus.Missing, null, "no such blob in plans/");
        return await IngestAsync(blobName, content, cancellationToken);
    }

    /// <summary>
    /// Ingests plans/<paramref name="blobName"/> whose bytes the caller already holds (a blob trigger binds
    /// them), so the blob is not downloaded a second time. Same contract as <see cref="IngestAsync(string, CancellationToken)"/>.
    /// </summary>
    public async Task<IngestResult> IngestAsync(string blobName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        BlobContainers.ValidName(blobName);
        var hash = IndexedPlan.HashOf(content.Span);
        var stored = await catalog.GetAsync(blobName, cancellationToken);
        if (stored?.ContentHash == hash)
            return new IngestResult(blobName, IngestStatus.Unchanged, stored.Record.Number, null) { Citations = stored.Record.Citations.Count };
        ExtractedDocument document;
        try
        {
            document = await extractor.ExtractAsync(content, blobName, cancellationToken);
        }
        catch (ExtractionException e)
        {
            await ReportFailureAsync(blobName, hash, e.Reason, e.Message, e.Page, cancellationToken);
            return new IngestResult(blobName, IngestStatus.Failed, null, e.Message) { Reason = e.Reason };
        }
        var plan = preparer.Prepare(blobName, document.Text, hash, document.PageStarts);
        var outcome = (await index.UpsertAsync([plan], cancellationToken))[0];
        if (outcome != IngestOutcome.Unchanged)
            await blobs.PutAsync(BlobContainers.Records, blobName + ".json", Encoding.UTF8.GetBytes(RecordJson.Serialize(plan.Record)),
                new Dictionary<string, string> { ["contentHash"] = hash }, cancellationToken);
        var status = outcome switch { IngestOutcome.Added => IngestStatus.Added, IngestOutcome.Replaced => IngestStatus.Replaced, _ => IngestStatus.Unchanged };
        return new IngestResult(blobName, status, plan.Record.Number, null) { Warnings = document.Warnings, Citations = plan.Record.Citations.Count };
    }

    /// <summary>Stores an upload in plans/ and ingests it: what the HTTP upload and the local inbox do.</summary>
    public async Task<IngestResult> UploadAsync(string blobName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        await blobs.PutAsync(BlobContainers.Plans, BlobContainers.ValidName(blobName), content, cancellationToken: cancellationToken);
        return await IngestAsync(blobName, cancellationToken);
    }

    private Task ReportFailureAsync(string blobName, string hash, string reason, string message, int? page, CancellationToken ct)
    {
        var report = JsonSerializer.SerializeToUtf8Bytes(new
        {
            blob = BlobContainers.Plans + "/" + blobName,
            contentHash = hash,
            reason,
            message,
            page,
            failedAt = DateTimeOffset.UtcNow,
        }, RecordJson.Options);
        return blobs.PutAsync(BlobContainers.Failed, blobName + ".json", report, cancellationToken: ct);
    }
}
