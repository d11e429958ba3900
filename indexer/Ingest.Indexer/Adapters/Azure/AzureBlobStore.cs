using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Adapters.Azure;

/// <summary>
/// <see cref="IBlobStore"/> on Azure Blob Storage (or Azurite) through Azure.Storage.Blobs. The SDK signs
/// requests (account key from a connection string, or a Microsoft Entra token) and retries transient
/// failures with the policy set in its client options (<see cref="AzureServices"/>). Metadata values must
/// be ASCII: they are percent-encoded on write. Thread-safe.
/// </summary>
public sealed class AzureBlobStore(BlobServiceClient service) : IBlobStore
{
    /// <summary>Creates the containers if they do not exist.</summary>
    public async Task EnsureContainersAsync(IEnumerable<string> containers, CancellationToken cancellationToken = default)
    {
        foreach (var container in containers)
            await service.GetBlobContainerClient(BlobContainers.ValidName(container)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    public async Task<byte[]?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await Blob(container, name).DownloadContentAsync(cancellationToken);
            return response.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404) { return null; }
    }

    public async Task PutAsync(string container, string name, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var options = new BlobUploadOptions
        {
            Metadata = metadata?.ToDictionary(m => m.Key, m => AsciiMetadata(m.Value)),
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" },
        };
        await Blob(container, name).UploadAsync(new BinaryData(content), options, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default) =>
        (await Blob(container, name).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;

    public async Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        try
        {
            var client = service.GetBlobContainerClient(BlobContainers.ValidName(container));
            await foreach (var item in client.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix.Length > 0 ? prefix : null, cancellationToken))
                names.Add(item.Name);
        }
        catch (RequestFailedException e) when (e.Status == 404) { return []; }
        return names;
    }

    /// <summary>Percent-encodes what is not printable ASCII ("Huyện" → "Huy%E1%BB%87n"); ASCII stays as it is.</summary>
    public static string AsciiMetadata(string value) =>
        value.All(c => c is >= ' ' and <= '~' && c != '%') ? value : Uri.EscapeDataString(value);

    private BlobClient Blob(string container, string name) =>
        service.GetBlobContainerClient(BlobContainers.ValidName(container)).GetBlobClient(BlobContainers.ValidName(name));
}
