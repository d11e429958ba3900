namespace Ingest.Indexer.Graph;

/// <summary>The documents an index knows of, for suggestions as a user types a document's name.</summary>
public interface IDocumentDirectory
{
    /// <summary>Every known document (cited or indexed) with how many plans cite it. Read-only; may be large.</summary>
    Task<IReadOnlyList<KnownDocument>> KnownDocumentsAsync(CancellationToken cancellationToken = default);
}
