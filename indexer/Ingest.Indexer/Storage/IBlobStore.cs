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

    /// <summary>Deletes a blob; false when there was none. The system never deletes originals in plans/.</summary>
    Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Names of the blobs in a container whose names start with <paramref name="prefix"/>.</summary>
    Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default);
}
