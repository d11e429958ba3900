namespace Ingest.Indexer.Indexing;

/// <summary>Reads back what was indexed about one plan.</summary>
public interface IPlanCatalog
{
    /// <summary>The stored plan, or null.</summary>
    Task<StoredPlan?> GetAsync(string planId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored plan as the index last committed it, without waiting for writes in progress: a plan written a
    /// moment ago may be missing or older. For the ingestion's own duplicate check, which the writer repeats inside
    /// its write, so the check never forces a commit that a group of uploads would otherwise share.
    /// </summary>
    Task<StoredPlan?> GetCommittedAsync(string planId, CancellationToken cancellationToken = default) => GetAsync(planId, cancellationToken);
}
