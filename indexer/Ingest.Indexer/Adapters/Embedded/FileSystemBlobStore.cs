using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Ingest.Indexer.Indexing;
using Ingest.Indexer.Storage;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// Blobs as files under a root folder (root/container/name), their metadata in a journal (<see cref="BlobMetadataJournal"/>,
/// root/.metadata/; folders written before kept it in a ".meta.json" file beside each blob, still read). Writes go to a temporary file first and are moved into place, so a reader never sees half a blob.
/// The same bytes put again under another name (an upload kept under plans/versions/, then given its name in
/// plans/) become a hard link to the copy just written, so an original costs its bytes on disk once. That is safe
/// because no blob is ever written in place: a later put replaces the name (a new file moved over it), never the
/// shared bytes, and a delete removes one name. A bulk load puts two names per original, so each put costs as few
/// system calls as it can: folders known to exist are not created again, the temporary file is created new
/// (nothing to truncate) and written at offset 0, and a legacy ".meta.json" is not looked for (the journal's line,
/// read first, supersedes it). Thread-safe.
/// </summary>
public sealed class FileSystemBlobStore(string root) : IBlobStore
{
    private const string MetaSuffix = ".meta.json";

    public string Root { get; } = Path.GetFullPath(root);

    private readonly BlobMetadataJournal _metadata = new(Path.GetFullPath(root));

    public async Task<byte[]?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task PutAsync(string container, string name, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        PutHashedAsync(container, name, content, IndexedPlan.HashOf(content.Span), metadata, cancellationToken);

    /// <summary>
    /// A put whose hash the caller computed (an upload is put twice, kept and named: without it every file was
    /// hashed three times). The hash only chooses which earlier file to link; the link is used only once its bytes
    /// were compared with <paramref name="content"/>, so a wrong hash costs a write, never a wrong blob.
    /// </summary>
    public async Task PutHashedAsync(string container, string name, ReadOnlyMemory<byte> content, string sha256, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        EnsureFolder(Path.GetDirectoryName(path)!);
        if (!(_recent.TryGetValue(sha256, out var earlier) && earlier != path && await TryLinkAsync(earlier, path, content, cancellationToken)))
        {
            await WriteAsync(path, content, cancellationToken);
            Remember(sha256, path);
        }
        _metadata.Record(container, name, metadata is { Count: > 0 } ? metadata : null);
    }

    /// <summary>The metadata last put with a blob; null when the blob does not exist or was put without any.</summary>
    public IReadOnlyDictionary<string, string>? MetadataOf(string container, string name)
    {
        var path = PathOf(container, name);
        if (!File.Exists(path)) return null;
        var (found, metadata) = _metadata.Read(container, name);
        if (found || !File.Exists(path + MetaSuffix)) return metadata;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path + MetaSuffix));
    }

    // Content hash → the path last written with those bytes. Bounded: an upload is given its name right after it
    // was kept, so only recent writes matter.
    private readonly ConcurrentDictionary<string, string> _recent = new(StringComparer.Ordinal);
    private const int RecentLimit = 8_192;

    private void Remember(string hash, string path)
    {
        if (_recent.Count >= RecentLimit) _recent.Clear();
        _recent[hash] = path;
    }

    // Folders this store made or found: a put into one of them skips mkdir. A folder removed behind the store's
    // back (a test, an operator) is made again by the write that misses it.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private void EnsureFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    private async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temp = TempName(path);
        try { await WriteNewAsync(temp, content, cancellationToken); }
        catch (DirectoryNotFoundException)
        {
            _folders.TryRemove(Path.GetDirectoryName(path)!, out _);
            EnsureFolder(Path.GetDirectoryName(path)!);
            await WriteNewAsync(temp, content, cancellationToken);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static async Task WriteNewAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        await RandomAccess.WriteAsync(handle, content, 0, cancellationToken);
    }

    // Links a temporary name to the earlier file, then checks the linked bytes (the earlier name may have been
    // replaced meanwhile) before moving the link into place; false, with nothing left behind, when they differ.
    private static async Task<bool> TryLinkAsync(string earlier, string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temp = TempName(path);
        if (!HardLink.TryCreate(earlier, temp)) return false;
        var moved = false;
        try
        {
            if (!await HoldsAsync(temp, content, cancellationToken)) return false;
            File.Move(temp, path, overwrite: true);
            return moved = true;
        }
        finally { if (!moved) File.Delete(temp); }
    }

    // Whether the file holds exactly these bytes, read a piece at a time into a pooled buffer: a bulk load checks
    // every original it links, and reading each into an array of its own was 2.6% of what `plans ingest` allocated.
    private static async Task<bool> HoldsAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path);
        if (RandomAccess.GetLength(handle) != content.Length) return false;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(content.Length, 1, 1 << 16));
        try
        {
            for (var offset = 0; offset < content.Length;)
            {
                var read = await RandomAccess.ReadAsync(handle, buffer.AsMemory(0, Math.Min(buffer.Length, content.Length - offset)), offset, cancellationToken);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Span.Slice(offset, read))) return false;
                offset += read;
            }
            return true;
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    private static string TempName(string path) => path + "." + Guid.NewGuid().ToString("N") + ".tmp";

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(container, name);
        if (!File.Exists(path)) return Task.FromResult(false);
        File.Delete(path);
        File.Delete(path + MetaSuffix);
        _metadata.Record(container, name, null);
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
    /// Deletes the temporary files a crash left between writing and moving into place (none is ever read), those
    /// last written before <paramref name="writtenBefore"/> when it is given; call at start, before any write.
    /// Returns how many were removed.
    /// </summary>
    public int RemoveTemporaryFiles(DateTime? writtenBefore = null)
    {
        if (!Directory.Exists(Root)) return 0;
        var stale = Directory.EnumerateFiles(Root, "*.tmp", SearchOption.AllDirectories)
            .Where(f => writtenBefore is not { } cut || File.GetLastWriteTimeUtc(f) < cut).ToList();
        foreach (var file in stale) File.Delete(file);
        return stale.Count;
    }

    private string PathOf(string container, string name) =>
        Path.Combine(Root, BlobContainers.ValidName(container), BlobContainers.ValidName(name).Replace('/', Path.DirectorySeparatorChar));
}
