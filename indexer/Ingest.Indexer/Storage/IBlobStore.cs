namespace Ingest.Indexer.Storage;

/// <summary>
/// Where uploads, records and failure reports live: containers of named blobs. Implementations:
/// <c>FileSystemBlobStore</c> (a local folder, the embedded default) and <c>AzureBlobStore</c> (Azure.Storage.Blobs).
/// </summary>
public interface IBlobStore
{
    /// <summary>The blob's bytes, or null when there is none.</summary>
    Task<byte[]?> GetAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Writes (or overwrites) a blob with optional metadata.</summary>
    Task PutAsync(string container, string name, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="PutAsync"/> for a caller that has hashed the bytes already: <paramref name="sha256"/> is the
    /// lower-case hex SHA-256 of exactly <paramref name="content"/> (<c>IndexedPlan.HashOf</c>). A store that
    /// hashes what it writes may use it instead of hashing again; it must stay correct if the hash is wrong.
    /// By default the hash is not needed and the bytes are put as they are.
    /// </summary>
    Task PutHashedAsync(string container, string name, ReadOnlyMemory<byte> content, string sha256, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        PutAsync(container, name, content, metadata, cancellationToken);

    /// <summary>Deletes a blob; false when there was none. The system never deletes originals in plans/.</summary>
    Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Names of the blobs in a container whose names start with <paramref name="prefix"/>.</summary>
    Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default);
}
