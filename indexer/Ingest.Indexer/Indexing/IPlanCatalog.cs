namespace Ingest.Indexer.Indexing;

/// <summary>Reads back what was indexed about one plan.</summary>
public interface IPlanCatalog
{
    /// <summary>The stored plan, or null.</summary>
    Task<StoredPlan?> GetAsync(string planId, CancellationToken cancellationToken = default);
}
