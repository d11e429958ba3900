using Ingest.Indexer.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Api;

/// <summary>
/// IngestPlan: a blob in plans/ was created. Event Grid-sourced (how Flex Consumption delivers blob triggers:
/// the host takes BlobCreated events at /runtime/webhooks/blobs and binds the blob). Events come at least
/// once: ingestion is idempotent by content hash and answers a known blob before extraction. A file that
/// cannot be read is recorded in failed/ and the call succeeds (retrying would not help); an infrastructure
/// failure throws, so the platform retries and finally dead-letters.
/// </summary>
public sealed class IngestPlanFunction(PlanIngestion ingestion, ILogger<IngestPlanFunction> log)
{
    /// <summary>The function's name, as the host and the Event Grid webhook's functionName know it.</summary>
    public const string Name = "IngestPlan";

    [Function(Name)]
    public async Task<IngestResult> Run([BlobTrigger("plans/{name}", Source = BlobTriggerSource.EventGrid)] byte[] content,
        string name, CancellationToken cancellationToken)
    {
        var result = await ingestion.IngestAsync(name, content, cancellationToken);
        log.LogInformation("IngestPlan {Blob}: {Status} {Reason}", name, result.Status, result.Reason);
        return result;
    }
}
