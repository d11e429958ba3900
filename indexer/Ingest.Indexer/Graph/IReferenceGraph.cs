namespace Ingest.Indexer.Graph;

/// <summary>The cross-references between plans and the documents they cite.</summary>
public interface IReferenceGraph
{
    /// <summary>Plans that cite the document, in any spelling the user typed.</summary>
    Task<CitesResult> CitesAsync(string document, CancellationToken cancellationToken = default);

    /// <summary>The hierarchy up or down from a plan id or a document, to <paramref name="depth"/> levels.</summary>
    Task<TraceNode?> TraceAsync(string planOrDocument, TraceDirection direction, int depth = 5, CancellationToken cancellationToken = default);

    /// <summary>Deadlines between two dates (inclusive), optionally of one issuer (matched ignoring marks).</summary>
    Task<IReadOnlyList<DeadlineHit>> DeadlinesAsync(DateOnly from, DateOnly to, string? issuer = null, CancellationToken cancellationToken = default);
}
