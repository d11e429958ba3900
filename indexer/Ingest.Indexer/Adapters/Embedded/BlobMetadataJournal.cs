using System.Text.Json;

namespace Ingest.Indexer.Adapters.Embedded;

/// <summary>
/// The folder store's blob metadata: one journal file per store instance (ROOT/.metadata/{start}-{pid}-{id}.jsonl),
/// a line for every put and delete. A ".meta.json" file beside each blob cost a whole 4 KiB page on disk for about
/// 80 bytes (0.68 bytes written per input byte of a bulk load); a line costs its bytes. Lines are handed to the
/// operating system at once, like the blob itself (neither is fsynced). The newest line for a name wins; a line
/// a crash cut short is skipped. Thread-safe.
/// </summary>
internal sealed class BlobMetadataJournal(string root)
{
    /// <summary>The folder of journals, under the store's root but outside every container.</summary>
    public string Folder { get; } = Path.Combine(root, ".metadata");

    private readonly Lock _gate = new();
    private FileStream? _journal;

    /// <summary>Records a blob's metadata (null: none, after a put without metadata or a delete).</summary>
    public void Record(string container, string name, IReadOnlyDictionary<string, string>? metadata)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Entry(DateTime.UtcNow.Ticks, container, name, metadata));
        // The line and its newline in one buffer: one write call, so a line is never split by another's.
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        lock (_gate)
        {
            _journal ??= Create();
            _journal.Write(line);
        }
    }

    private FileStream Create()
    {
        Directory.CreateDirectory(Folder);
        var file = $"{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl";
        return new FileStream(Path.Combine(Folder, file), FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
    }

    /// <summary>
    /// The metadata last recorded for a blob; null when none was, or the newest line says none. Reads every
    /// journal: for tests and rare lookups, nothing on the ingestion path reads metadata back.
    /// </summary>
    public (bool Found, IReadOnlyDictionary<string, string>? Metadata) Read(string container, string name)
    {
        if (!Directory.Exists(Folder)) return (false, null);
        Entry? newest = null;
        lock (_gate) _journal?.Flush();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal))
            foreach (var entry in Entries(file))
                if (entry.Container == container && entry.Name == name && (newest is null || entry.At >= newest.At))
                    newest = entry;
        return (newest is not null, newest?.Metadata);
    }

    private static IEnumerable<Entry> Entries(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            Entry? entry;
            try { entry = JsonSerializer.Deserialize<Entry>(line); }
            catch (JsonException) { continue; }
            if (entry is not null) yield return entry;
        }
    }

    private sealed record Entry(long At, string Container, string Name, IReadOnlyDictionary<string, string>? Metadata);
}
