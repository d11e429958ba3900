using System.Text.Json;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Blobs as files under a root folder (root/container/name), metadata beside them in a ".meta.json" file.
/// Writes go to a temporary file first and are moved into place, so a reader never sees half a blob.
/// Thread-safe.
/// </summary>
public sealed class FileSystemBlobStore(string root) : IBlobStore
{
    private const string MetaSuffix = ".meta.json";

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<byte[]?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public async Task PutAsync(string container, string name, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, content.ToArray(), cancellationToken);
        File.Move(temp, path, overwrite: true);
        if (metadata is { Count: > 0 }) await File.WriteAllTextAsync(path + MetaSuffix, JsonSerializer.Serialize(metadata), cancellationToken);
    }

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        if (!File.Exists(path)) return Task.FromResult(false);
        File.Delete(path);
        File.Delete(path + MetaSuffix);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default)
    {
        var dir = Path.Combine(Root, BlobContainers.ValidName(container));
        if (!Directory.Exists(dir)) return Task.FromResult<IReadOnlyList<string>>([]);
        IReadOnlyList<string> names = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(MetaSuffix, StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(dir, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal).ToList();
        return Task.FromResult(names);
    }

    /// <summary>
    /// Deletes the temporary files a crash left between writing and moving into place (none is ever read);
    /// call at start, before any write. Returns how many were removed.
    /// </summary>
    public int RemoveTemporaryFiles()
    {
        if (!Directory.Exists(Root)) return 0;
        var stale = Directory.EnumerateFiles(Root, "*.tmp", SearchOption.AllDirectories).ToList();
        foreach (var file in stale) File.Delete(file);
        return stale.Count;
    }

    private string PathOf(string container, string name) =>
        Path.Combine(Root, BlobContainers.ValidName(container), BlobContainers.ValidName(name).Replace('/', Path.DirectorySeparatorChar));
}
